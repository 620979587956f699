package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.ProblemCode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three of PostgreSQL's typing rules that the differential oracle found sqlcheck missing. An
 * untyped CASE subject (a literal, {@code NULL}, a parameter) is made {@code text} before it is
 * compared, so {@code CASE NULL WHEN -5} is {@code text = integer} and refused. {@code x IS
 * DISTINCT FROM NULL} (either way round) is {@code x IS NOT NULL}, which needs no equality
 * operator, so it holds for a {@code json} column. A function-style cast {@code typename(x)}, and
 * {@code x.typename} on a function's value, finds the type by its name alone, so only on the search
 * path: an enum of another schema is no cast there. PostgreSQL judges each case.
 */
class TypingRulesAgreeWithPostgresTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE SCHEMA s2;
        CREATE TYPE s2.level AS ENUM ('low', 'high');
        CREATE TYPE mood AS ENUM ('sad', 'happy');
        CREATE TABLE t (id int PRIMARY KEY, name text, lvl s2.level, data json);
        """;
  }

  private static final List<String> VALID =
      List.of(
          "SELECT CASE 'x' WHEN 'y' THEN 1 END AS k",
          "SELECT CASE :p WHEN 'y' THEN 1 END AS k",
          "SELECT CASE name WHEN 'a' THEN 1 END AS k FROM t",
          "SELECT CASE id WHEN :p THEN 1 END AS k FROM t",
          "SELECT mood('sad'::text) AS m, x.mood AS n FROM jsonb_array_elements_text('[1]') x",
          "SELECT data IS DISTINCT FROM NULL AS a, NULL IS NOT DISTINCT FROM data AS b FROM t");

  private static final Map<String, ProblemCode> INVALID =
      Map.of(
          "SELECT CASE NULL WHEN -5 THEN 1 END AS k", ProblemCode.TYPE_MISMATCH,
          "SELECT CASE :p WHEN 1 THEN 'a' END AS k", ProblemCode.TYPE_MISMATCH,
          "SELECT CASE NULL WHEN '12'::smallint THEN 1 END AS k", ProblemCode.TYPE_MISMATCH,
          "SELECT x.level FROM jsonb_array_elements_text('[1]') x", ProblemCode.UNKNOWN_COLUMN,
          "SELECT data IS DISTINCT FROM data AS a FROM t", ProblemCode.TYPE_MISMATCH);

  @Test
  void validQueries_areCheckedWithPostgresTypes() throws SQLException {
    assertEquals("", String.join("\n", PostgresDescribes.differences(catalog, connection, VALID)));
  }

  @Test
  void refusedQueries_areErrorsHereToo() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
  }
}
