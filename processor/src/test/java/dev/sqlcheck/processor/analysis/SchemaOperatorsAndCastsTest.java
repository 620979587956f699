package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operators and casts the schema itself declares ({@code CREATE OPERATOR}, {@code CREATE CAST}).
 * Neither is modelled; PostgreSQL accepts each query below that uses one, so sqlcheck must never
 * call it an error, and says where it could not check. What they cannot touch is still an error.
 */
public class SchemaOperatorsAndCastsTest extends PostgresSchemaFixture {
  /**
   * The schema, confirmed here on PostgreSQL; {@code SchemaOperatorsAndCastsCompileTest} uses it
   * too.
   */
  public static final String DDL =
      """
      CREATE TABLE orders (id bigint PRIMARY KEY, qty int NOT NULL, code text NOT NULL,
        total numeric NOT NULL);
      CREATE FUNCTION qty_matches(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE
        AS 'SELECT $1::text = $2';
      CREATE OPERATOR === (LEFTARG = int, RIGHTARG = text, FUNCTION = qty_matches);
      CREATE FUNCTION code_number(text) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT length($1)';
      CREATE CAST (text AS int) WITH FUNCTION code_number(text) AS IMPLICIT;
      """;

  @Override
  String ddl() {
    return DDL;
  }

  /** Valid on PostgreSQL only through the schema's operator or cast. */
  static final List<String> WARNED =
      List.of(
          "SELECT id FROM orders WHERE qty === code",
          "SELECT id FROM orders WHERE qty === :code",
          "SELECT id FROM orders WHERE qty = code",
          "SELECT id FROM orders WHERE qty + code > 0");

  /** Neither the operator nor the cast has any bearing on these. */
  static final Map<String, ProblemCode> INVALID =
      Map.of(
          "SELECT id FROM orders WHERE total = true", ProblemCode.TYPE_MISMATCH,
          "SELECT id FROM orders WHERE total ==== 1.5", ProblemCode.TYPE_MISMATCH,
          "SELECT id FROM orders WHERE qyt === code", ProblemCode.UNKNOWN_COLUMN);

  @Test
  void queriesValidThroughTheSchemasOperatorOrCast_warn_neverErr() {
    assertEquals(
        List.of(),
        PostgresDescribes.warnedDisagreements(
            catalog,
            connection,
            WARNED,
            true,
            "operator === that the schema defines",
            "the cast the schema declares"));
  }

  @Test
  void whatTheyCannotTouch_isStillAnError() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
  }
}
