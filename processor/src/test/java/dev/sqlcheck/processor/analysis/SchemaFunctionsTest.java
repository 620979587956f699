package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Functions the schema defines, shaped by their declarations as PostgreSQL shapes them: the columns
 * they give in FROM (RETURNS TABLE, OUT parameters, SETOF a table, one plain value named after the
 * function) and their value in an expression. Every verdict and result type is PostgreSQL's.
 */
class SchemaFunctionsTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return DDL;
  }

  static final String DDL =
      """
      CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);
      CREATE FUNCTION f1(s text) RETURNS text LANGUAGE sql AS $$ SELECT s $$;
      CREATE FUNCTION f2(OUT x int) LANGUAGE sql AS $$ SELECT 1 $$;
      CREATE FUNCTION f3() RETURNS TABLE (a int, b text) LANGUAGE sql AS $$ SELECT 1, 'x' $$;
      CREATE FUNCTION public.f4() RETURNS SETOF t LANGUAGE sql AS $$ SELECT * FROM t $$;
      CREATE FUNCTION f5(OUT x int, OUT y text) RETURNS SETOF record LANGUAGE sql
        AS $$ SELECT 1, 'a' $$;
      CREATE FUNCTION f7() RETURNS TABLE (a bigint) LANGUAGE sql AS $$ SELECT 1::bigint $$;
      CREATE FUNCTION f8(n int) RETURNS SETOF numeric LANGUAGE sql AS $$ SELECT n::numeric $$;
      CREATE FUNCTION poly(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1 $$;
      CREATE FUNCTION ov(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$;
      CREATE FUNCTION ov(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$;
      CREATE FUNCTION rec() RETURNS record LANGUAGE sql AS $$ SELECT 1, 'a' $$;
      CREATE PROCEDURE p(x int) LANGUAGE sql AS $$ SELECT 1 $$;
      CREATE TYPE pair AS (a int, b text);
      """;

  /** Valid, with no problem, and PostgreSQL's result types ({@code ?}: sqlcheck does not know). */
  static final List<String> CHECKED =
      List.of(
          "SELECT * FROM f1('a')",
          "SELECT z FROM f1('a') AS z",
          "SELECT x FROM f2()",
          "SELECT a, b FROM f3() WHERE a > 0",
          "SELECT id, name FROM public.f4() JOIN t USING (id, name)",
          "SELECT f.y, f.x FROM f5() AS f",
          "SELECT * FROM f7(), f8(2)",
          "SELECT f1('a') AS one, f2() AS two, f7() AS seven, f8(1) AS eight",
          "SELECT length(f1(name)) FROM t",
          "SELECT poly(1), ov(1), ov('x')",
          "SELECT * FROM rec() AS r(a int, b text)",
          // a function's whole row: its value where it returns one, else a record
          "SELECT lower(z) AS l FROM f1('a') AS z",
          "SELECT x FROM f2() x GROUP BY x.x",
          "SELECT r FROM f3() r");

  /** Invalid in PostgreSQL, and an error here now that the function's result is known. */
  static final Map<String, ProblemCode> INVALID =
      Map.of(
          "SELECT nope FROM f3()", ProblemCode.UNKNOWN_COLUMN,
          "SELECT f1('x') + 1", ProblemCode.TYPE_MISMATCH,
          "SELECT x.y FROM f2() AS x", ProblemCode.UNKNOWN_COLUMN,
          // Without extensions in the schema, a missing operator is an error.
          "SELECT name % 'x' FROM t", ProblemCode.TYPE_MISMATCH,
          "SELECT lower(r) FROM f3() r", ProblemCode.TYPE_MISMATCH,
          "SELECT r FROM f3() r GROUP BY r.a", ProblemCode.UNGROUPED_COLUMN);

  @Test
  void declaredResults_giveColumnsAndTypes_asPostgresDoes() throws SQLException {
    List<String> failures = PostgresDescribes.differences(catalog, connection, CHECKED);
    assertEquals("", String.join("\n", failures));
  }

  @Test
  void mistakesOnTheDeclaredResult_areErrorsHereAndThere() {
    List<String> failures = PostgresDescribes.invalidDisagreements(catalog, connection, INVALID);
    assertEquals(List.of(), failures);
  }

  @Test
  void aCompositeTypeOfTheSchema_isChecked() {
    String sql = "SELECT (ROW(1, 'x')::pair).b";
    assertEquals(null, PostgresDescribes.prepareError(connection, sql));
    QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
    assertEquals(List.of(), a.problems());
    assertEquals("text", a.resultColumns().get(0).type().name());
    String tooFew = "SELECT (ROW(1)::pair).b";
    assertTrue(PostgresDescribes.prepareError(connection, tooFew).contains("cannot cast"));
    List<Problem> problems = new QueryAnalyzer(catalog).analyze(tooFew).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(ProblemCode.TYPE_MISMATCH, problems.get(0).code());
    assertEquals("cannot cast type record to pair", problems.get(0).message());
  }
}
