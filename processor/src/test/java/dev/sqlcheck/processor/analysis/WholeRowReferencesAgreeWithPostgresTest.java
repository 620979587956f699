package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A FROM item's whole row ({@code u}, {@code u.*} in an expression, and the argument of the
 * attribute notation {@code u.f}) and the function calls written as {@code u.f}, put to PostgreSQL
 * and to sqlcheck. In a grouped query the whole row is ungrouped unless the query groups by it or
 * by its table's primary key (a join's row is its columns; a scalar function's row is its one
 * column). Before, a whole row was never judged as grouped or not, so PostgreSQL's refusals passed
 * in silence, and {@code u.full_name} was refused although PostgreSQL calls the schema's function
 * {@code full_name(users)}. PostgreSQL decides each case when the test runs: an accepted query must
 * have no error (and the types sqlcheck knows must be PostgreSQL's); a refused one must get the
 * same message as an error.
 */
class WholeRowReferencesAgreeWithPostgresTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE TABLE users (id bigint PRIMARY KEY, first text NOT NULL, last text, email text);
        CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users, total numeric);
        CREATE TABLE a (id int PRIMARY KEY, x int);
        CREATE TABLE b (id int PRIMARY KEY, y int);
        CREATE TABLE nopk (x int, y int);
        CREATE FUNCTION full_name(users) RETURNS text LANGUAGE sql STABLE
          AS $$ SELECT $1.first || ' ' || $1.last $$;
        CREATE FUNCTION initials(u users, sep text DEFAULT '') RETURNS text LANGUAGE sql
          AS $$ SELECT left(u.first, 1) || sep $$;
        CREATE FUNCTION tags(users) RETURNS SETOF text LANGUAGE sql AS $$ SELECT 'a' $$;
        CREATE FUNCTION anyrow(anyelement) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
        """;
  }

  /** PostgreSQL accepts or refuses each; sqlcheck must agree. */
  private static final List<String> CASES =
      List.of(
          // grouped queries: a whole row is grouped by itself or by its table's primary key
          "SELECT u FROM users u GROUP BY u.email",
          "SELECT u FROM users u GROUP BY u.id",
          "SELECT row_to_json(u) FROM users u GROUP BY u.id",
          "SELECT row_to_json(u) FROM users u GROUP BY u.email",
          "SELECT row_to_json(u.*) FROM users u GROUP BY u.email",
          "SELECT count(*) FROM users u GROUP BY u.email HAVING u IS NULL",
          "SELECT count(*) FROM users u GROUP BY u.id HAVING u IS NULL",
          "SELECT max(a.x) FROM a HAVING a IS NULL",
          "SELECT a FROM a GROUP BY a",
          "SELECT a.x FROM a GROUP BY a.x HAVING count(a) > 1",
          "SELECT n FROM nopk n GROUP BY n.x, n.y",
          "SELECT n FROM nopk n GROUP BY n",
          "SELECT u.email, json_agg(o) FROM users u JOIN orders o ON o.user_id = u.id"
              + " GROUP BY u.email",
          "SELECT u.id, json_agg(o ORDER BY o.id) FILTER (WHERE o IS NOT NULL) FROM users u"
              + " LEFT JOIN orders o ON o.user_id = u.id GROUP BY u.id",
          "SELECT u.id, json_agg(o) FROM users u JOIN orders o ON o.user_id = u.id"
              + " GROUP BY u.id HAVING o IS NULL",
          // a subquery's whole row is grouped only by itself
          "SELECT x FROM (SELECT id, email FROM users) x GROUP BY x.id",
          "SELECT x FROM (SELECT id, email FROM users) x GROUP BY x.id, x.email",
          "SELECT x FROM (SELECT id, email FROM users) x GROUP BY x",
          "SELECT c FROM (VALUES (1)) c GROUP BY c.column1",
          // a join's row is its columns, each grouped or dependent on a grouped key
          "SELECT j FROM (a JOIN b USING (id)) AS j GROUP BY j.id",
          "SELECT j FROM (a JOIN b USING (id)) AS j GROUP BY j.id, j.y",
          // a scalar function's row is its one column
          "SELECT x FROM unnest('{1}'::int[]) AS x(y) GROUP BY y",
          "SELECT x FROM unnest('{1}'::int[]) AS x(y) GROUP BY x",
          "SELECT x FROM unnest('{1}'::int[]) WITH ORDINALITY AS x(y, n) GROUP BY y, n",
          // an outer query's whole row in a subquery, and in an aggregate of the outer query
          "SELECT o.id, (SELECT count(*) FROM users WHERE users = u) FROM orders o"
              + " JOIN users u ON u.id = o.user_id GROUP BY o.id",
          "SELECT o.id, (SELECT count(*) FROM users WHERE users = u) FROM orders o"
              + " JOIN users u ON u.id = o.user_id GROUP BY o.id, u.id",
          "SELECT u.email, count(*) FROM users u GROUP BY u.email HAVING (SELECT u IS NULL)",
          "SELECT (SELECT array_agg(a) FROM a a2) FROM a GROUP BY a.x",
          // the attribute notation t.f: a function of the schema or of pg_catalog, or a cast
          "SELECT u.full_name FROM users u",
          "SELECT u.full_name AS fn FROM users u WHERE u.full_name ILIKE 'a%'",
          "SELECT users.full_name FROM users",
          "SELECT u.initials FROM users u",
          "SELECT o.full_name FROM orders o",
          "SELECT u.fullname FROM users u",
          "SELECT u.full_name FROM users u GROUP BY u.id",
          "SELECT u.full_name FROM users u GROUP BY u.email",
          "SELECT x.to_jsonb FROM users x GROUP BY x.email",
          "SELECT x.to_jsonb FROM users x GROUP BY x.id",
          "SELECT x.count FROM users x",
          "SELECT x.text FROM users x",
          "SELECT x.uuid FROM unnest('{a}'::text[]) AS x",
          "SELECT x.uuid FROM unnest('{a}'::text[]) AS x(y) GROUP BY x.y",
          "SELECT x.int8 FROM unnest('{1}'::int[]) AS x");

  /** PostgreSQL accepts these; sqlcheck says it does not check them, and refuses nothing. */
  private static final List<String> NOT_CHECKED =
      List.of("SELECT u.tags FROM users u", "SELECT u.anyrow FROM users u");

  @Test
  void wholeRowsAndAttributeNotation_agreeWithPostgres() throws SQLException {
    List<String> failures = new ArrayList<>();
    for (String sql : CASES) {
      QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
      List<String> errors =
          a.problems().stream()
              .filter(p -> p.severity() == Severity.ERROR)
              .map(Problem::message)
              .toList();
      String refused = null;
      List<String> theirs = new ArrayList<>();
      try (PreparedStatement ps =
          connection.prepareStatement(PostgresPlaceholders.positional(sql))) {
        ResultSetMetaData md = ps.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          theirs.add(md.getColumnTypeName(i).replace("\"", ""));
        }
      } catch (SQLException e) {
        refused = e.getMessage().split("\n")[0].replaceFirst("^ERROR: ", "");
      }
      if (refused != null) {
        String expected = missingColumn(refused);
        if (errors.stream().noneMatch(m -> m.startsWith(expected))) {
          failures.add(sql + "\n   PostgreSQL: " + refused + "\n   sqlcheck:   " + errors);
        }
        continue;
      }
      List<String> ours = new ArrayList<>();
      for (ResultColumn r : a.resultColumns()) {
        ours.add(r.type().isUnknown() ? "?" : ResultColumnsAgreeWithPostgresTest.pgName(r.type()));
      }
      for (int i = 0; i < ours.size() && i < theirs.size(); i++) {
        if (ours.get(i).equals("?")) {
          ours.set(i, theirs.get(i)); // a whole row's own type is not modelled (no error either)
        }
      }
      if (!errors.isEmpty() || !ours.equals(theirs)) {
        failures.add(sql + "\n   accepted as " + theirs + "\n   sqlcheck: " + ours + " " + errors);
      }
    }
    for (String sql : NOT_CHECKED) {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.getMetaData();
      }
      List<Problem> problems = new QueryAnalyzer(catalog).analyze(sql).problems();
      if (problems.size() != 1 || problems.get(0).code() != ProblemCode.NOT_FULLY_CHECKED) {
        failures.add(sql + "\n   sqlcheck: " + problems);
      }
    }
    assertEquals("", String.join("\n", failures));
  }

  /** PostgreSQL's {@code column t.c does not exist} as sqlcheck starts it: {@code column "c"}. */
  private static String missingColumn(String refused) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("column \\w+\\.(\\w+) does not exist").matcher(refused);
    return m.matches() ? "column \"" + m.group(1) + "\" does not exist" : refused;
  }
}
