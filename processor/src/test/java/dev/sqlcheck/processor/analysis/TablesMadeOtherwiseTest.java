package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tables a schema makes without CREATE TABLE: {@code SELECT … INTO} (PostgreSQL's CREATE TABLE AS),
 * and the elements of {@code CREATE SCHEMA name CREATE TABLE … CREATE VIEW …}. Both were skipped,
 * so every query on such a table was a false "table does not exist". In PL/pgSQL, {@code SELECT …
 * INTO} assigns to a variable and makes no table.
 */
class TablesMadeOtherwiseTest extends PostgresSchemaFixture {
  static final String DDL =
      """
      CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL, note text);
      SELECT id, total INTO archive FROM orders;
      SELECT * INTO UNLOGGED TABLE archive2 FROM orders WHERE total > 0;
      WITH big AS (SELECT id FROM orders WHERE total > 100) SELECT id INTO big_ids FROM big;
      CREATE SCHEMA hollywood
        CREATE TABLE films (title text NOT NULL, year int)
        CREATE VIEW winners AS SELECT title FROM films WHERE year > 2000;
      DO $$ DECLARE n int; BEGIN SELECT count(*) INTO n FROM orders; END $$;
      CREATE TABLE order_log (id int NOT NULL, at timestamptz NOT NULL DEFAULT now());
      WITH src AS (SELECT id FROM orders) INSERT INTO order_log (id) SELECT id FROM src;
      """;

  @Override
  String ddl() {
    return DDL;
  }

  @Override
  SchemaLoader loader() {
    return new SchemaLoader(new AnalyzerViewColumns());
  }

  static final List<String> VALID =
      List.of(
          "SELECT id, total FROM archive",
          "SELECT id, total, note FROM archive2",
          "SELECT id FROM big_ids",
          "SELECT title, year FROM hollywood.films",
          "SELECT title FROM hollywood.winners",
          // WITH … INSERT INTO writes to a table and makes none: order_log keeps its columns
          "SELECT id, at FROM order_log");

  static final Map<String, ProblemCode> INVALID =
      Map.of(
          "SELECT note FROM archive", ProblemCode.UNKNOWN_COLUMN,
          "SELECT n FROM n", ProblemCode.UNKNOWN_TABLE,
          "SELECT title FROM films", ProblemCode.UNKNOWN_TABLE);

  @Test
  void tablesMadeBySelectIntoAndSchemaElements_haveTheirColumns() throws SQLException {
    assertEquals(List.of(), PostgresDescribes.differences(catalog, connection, VALID));
  }

  @Test
  void namesTheyDoNotMake_areStillErrors() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
  }

  /** As CREATE TABLE AS: no column of a table made by SELECT INTO is NOT NULL. */
  @Test
  void aSelectIntoTablesColumns_mayBeNull() {
    assertEquals(
        List.of(false, false),
        catalog.find(null, "archive").orElseThrow().columns().stream()
            .map(c -> c.notNull())
            .toList());
  }

  /**
   * {@code IMPORT FOREIGN SCHEMA} brings tables the schema files do not describe: a query on any
   * table of the local schema (or of the LIMIT TO list) warns that it could not be modelled, and is
   * never told the table does not exist; tables elsewhere are still checked.
   */
  @Test
  void importForeignSchema_makesItsTablesPossible_notErrors() {
    SchemaLoadResult r =
        new SchemaLoader()
            .load(
                List.of(
                    new SchemaSource(
                        "s.sql",
                        """
                        CREATE TABLE local_table (id int);
                        CREATE SCHEMA remote;
                        IMPORT FOREIGN SCHEMA public FROM SERVER other INTO remote;
                        IMPORT FOREIGN SCHEMA public LIMIT TO (rates, "Fees") FROM SERVER other
                          INTO public;
                        """)));
    assertEquals(List.of(), r.diagnostics());
    for (String sql :
        List.of(
            "SELECT amount FROM remote.payments",
            "SELECT r FROM rates",
            "SELECT f FROM \"Fees\"")) {
      List<Problem> problems = new QueryAnalyzer(r.catalog()).analyze(sql).problems();
      assertEquals(1, problems.size(), sql + ": " + problems);
      assertEquals(ProblemCode.UNKNOWN_RELATION_USED, problems.get(0).code(), sql);
    }
    assertEquals(
        ProblemCode.UNKNOWN_TABLE,
        new QueryAnalyzer(r.catalog()).analyze("SELECT x FROM payments").problems().get(0).code());
  }
}
