package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sequences the schema creates, renames, moves and drops, read as PostgreSQL reads them: a query
 * may select from one as from a one-row table. Before sequences were modelled, one whose name did
 * not end in {@code _seq} was "table does not exist" here although PostgreSQL prepares the query.
 */
class SequencesTest extends PostgresSchemaFixture {
  static final String DDL =
      """
      CREATE SEQUENCE invoice_numbers;
      CREATE SEQUENCE IF NOT EXISTS invoice_numbers;
      CREATE SEQUENCE old_numbers START 100;
      ALTER SEQUENCE old_numbers RENAME TO new_numbers;
      CREATE SCHEMA billing;
      CREATE SEQUENCE billing.receipts;
      CREATE SEQUENCE moved;
      ALTER SEQUENCE moved SET SCHEMA billing;
      CREATE SEQUENCE temp_numbers;
      DROP SEQUENCE temp_numbers;
      CREATE SCHEMA scratch;
      CREATE SEQUENCE scratch.tickets;
      DROP SCHEMA scratch CASCADE;
      """;

  @Override
  String ddl() {
    return DDL;
  }

  static final List<String> VALID =
      List.of(
          "SELECT last_value, log_cnt, is_called FROM invoice_numbers",
          "SELECT s.last_value + 1 AS next FROM new_numbers s",
          "SELECT * FROM billing.receipts",
          "SELECT is_called FROM billing.moved");

  static final Map<String, ProblemCode> INVALID =
      Map.of(
          "SELECT last_value FROM old_numbers", ProblemCode.UNKNOWN_TABLE,
          "SELECT last_value FROM temp_numbers", ProblemCode.UNKNOWN_TABLE,
          "SELECT last_value FROM moved", ProblemCode.UNKNOWN_TABLE,
          "SELECT last_value FROM scratch.tickets", ProblemCode.UNKNOWN_SCHEMA,
          "SELECT lastvalue FROM invoice_numbers", ProblemCode.UNKNOWN_COLUMN);

  @Test
  void aSequence_readsAsPostgresDescribesIt() throws SQLException {
    assertEquals(List.of(), PostgresDescribes.differences(catalog, connection, VALID));
  }

  @Test
  void droppedRenamedAndMovedSequences_areErrorsOnTheOldName() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
  }

  /** NOT NULL as PostgreSQL's catalog has it, so a primitive read compiles only where it may. */
  @Test
  void aSequencesColumns_areNotNull_asInPgAttribute() throws SQLException {
    List<String> theirs = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute"
                    + " WHERE attrelid = 'invoice_numbers'::regclass AND attnum > 0"
                    + " ORDER BY attnum")) {
      while (rs.next()) {
        theirs.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
      }
    }
    Relation r = catalog.find(null, "invoice_numbers").orElseThrow();
    List<String> ours = new ArrayList<>();
    for (Column c : r.columns()) {
      ours.add(c.name() + " " + c.type().name() + " " + c.notNull());
    }
    assertEquals(theirs, ours);
  }
}
