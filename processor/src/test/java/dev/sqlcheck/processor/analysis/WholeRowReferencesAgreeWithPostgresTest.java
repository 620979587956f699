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
 * attribute notation {@code u.f}), the function calls written as {@code u.f}, and values of
 * composite types, put to PostgreSQL and to sqlcheck. A table's whole row is a value of its row
 * type, a derived table's a {@code record}; record functions and comparisons take them, other
 * functions and operators do not; {@code (u).c} is the column {@code u.c}; a {@code ROW(…)} cast to
 * a composite type converts each field. In a grouped query the whole row is ungrouped unless the
 * query groups by it or by its table's primary key (a join's row is its columns; a scalar
 * function's row is its one column). Before, a whole row was a value of any type: its refusals
 * passed in silence, and {@code u.full_name} was refused although PostgreSQL calls the schema's
 * function {@code full_name(users)}. PostgreSQL decides each case when the test runs: an accepted
 * query must have no error (and the types sqlcheck knows must be PostgreSQL's); a refused one must
 * get the same message as an error.
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
        CREATE TYPE address AS (street text, city text, zip int);
        CREATE TABLE people (id bigint PRIMARY KEY, home address, work address, name text);
        CREATE FUNCTION fmt(address) RETURNS text LANGUAGE sql AS $$ SELECT $1.city $$;
        CREATE TABLE narrow (id int, name text);
        CREATE TABLE wide (id bigint PRIMARY KEY, name text, kind text);
        CREATE TABLE same (id bigint, name text);
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
          // an outer query's t.* in a subquery's select list stands for each of its columns
          "SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id GROUP BY o.id"
              + " HAVING EXISTS (SELECT u.* FROM users v)",
          "SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id GROUP BY o.id, u.id"
              + " HAVING EXISTS (SELECT u.* FROM users v)",
          "SELECT n.x FROM nopk n GROUP BY n.x HAVING EXISTS (SELECT n.* FROM a)",
          "SELECT n.x FROM nopk n GROUP BY n.x, n.y HAVING EXISTS (SELECT n.* FROM a)",
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
          "SELECT x.int8 FROM unnest('{1}'::int[]) AS x",
          // a function's row is its value where it returns one (one OUT parameter too), else a
          // record (a column definition list, several OUT parameters)
          "SELECT t1.name FROM jsonb_to_recordset('[{\"a\": 1}]'::jsonb) AS t1(v text)",
          "SELECT t1 FROM jsonb_to_recordset('[{\"a\": 1}]'::jsonb) AS t1(v text)",
          "SELECT lower(t), t.name FROM jsonb_array_elements_text('[1]') t",
          "SELECT t FROM jsonb_array_elements_text('[1]') t GROUP BY t.value",
          "SELECT lower(t) FROM jsonb_each_text('{}') t",
          "SELECT t, t.numeric FROM generate_series(1, 3) t GROUP BY 1",
          // t.f is a call on the row: grouped as itself, or by the row; its argument is no key
          "SELECT lower(u.b) AS k FROM jsonb_array_elements_text('[1]') u(b)"
              + " GROUP BY k, ROLLUP (u.time) ORDER BY u.b",
          "SELECT u.time FROM jsonb_array_elements_text('[1]') u(b) GROUP BY u.time",
          "SELECT u FROM jsonb_array_elements_text('[1]') u(b) GROUP BY u.time",
          "SELECT u.b, u.time FROM jsonb_array_elements_text('[1]') u(b) GROUP BY u",
          "SELECT x.to_jsonb FROM users x GROUP BY x",
          "SELECT x.email FROM users x GROUP BY x.to_jsonb",
          "SELECT x.count, x.email FROM users x GROUP BY x.email",
          // a merged column is a side's column where that side needs no conversion to its type
          // (either side of an inner join, the outer side of a LEFT or RIGHT join)
          "SELECT id, kind FROM narrow NATURAL JOIN wide GROUP BY id",
          "SELECT id, kind FROM same NATURAL JOIN wide GROUP BY id",
          "SELECT id, kind FROM narrow NATURAL RIGHT JOIN wide GROUP BY id",
          "SELECT id, kind FROM wide NATURAL LEFT JOIN same GROUP BY id",
          "SELECT id, kind FROM narrow NATURAL LEFT JOIN wide GROUP BY id",
          "SELECT id, kind FROM wide NATURAL FULL JOIN same GROUP BY id",
          "SELECT wide.kind FROM narrow JOIN wide USING (id) GROUP BY id",
          "SELECT j FROM (narrow JOIN wide USING (id)) j GROUP BY j.id, j.name",
          // a table's whole row is a value of its row type; a derived table's is a record
          "SELECT lower(u) FROM users u",
          "SELECT u + 1 FROM users u",
          "SELECT full_name(u) FROM users u",
          "SELECT full_name(o) FROM orders o",
          "SELECT u::text, u = u, u < u, u IS DISTINCT FROM NULL FROM users u",
          "SELECT to_jsonb(u) - 'id', row_to_json(u), count(u) FROM users u",
          "SELECT coalesce(u, u) FROM users u",
          "SELECT array_agg(u), (array_agg(u))[1], ((array_agg(u))[1]).email FROM users u",
          "SELECT jsonb_populate_record(NULL::users, '{}') FROM users u",
          "SELECT (jsonb_populate_record(NULL::users, '{}')).nope FROM users u",
          "SELECT u FROM users u ORDER BY u",
          "SELECT DISTINCT u FROM users u",
          "SELECT u FROM users u UNION SELECT u FROM users u",
          "SELECT u.id FROM users u WHERE u IN (SELECT u2 FROM users u2)",
          "SELECT u = o FROM users u, orders o",
          "SELECT lower(x) FROM (SELECT id FROM users) x",
          "SELECT row_to_json(x), json_agg(x) FROM (SELECT id FROM users) x GROUP BY x",
          // a field of a whole row is that column
          "SELECT (u).first, (u.*).last FROM users u",
          "SELECT (u).nope FROM users u",
          "SELECT (u).first FROM users u GROUP BY u.email",
          "SELECT (u).first FROM users u GROUP BY u.first",
          "SELECT (u).full_name FROM users u",
          "SELECT (x).id FROM (SELECT id FROM users) x",
          "SELECT (x).nope FROM (SELECT id FROM users) x",
          "SELECT (o).total FROM users u JOIN orders o ON o.user_id = u.id GROUP BY u.id",
          // columns of composite types
          "SELECT row_to_json(home), to_jsonb(work) FROM people",
          "SELECT home = work, home < work, home IS NULL FROM people",
          "SELECT lower(home) FROM people",
          "SELECT home + 1 FROM people",
          "SELECT coalesce(home, work), fmt(home) FROM people",
          "SELECT fmt(name) FROM people",
          "SELECT id FROM people ORDER BY home",
          "SELECT home FROM people GROUP BY home",
          "SELECT home IN (SELECT work FROM people) FROM people",
          "SELECT jsonb_populate_record(NULL::address, '{}') FROM people",
          "SELECT (jsonb_populate_record(NULL::address, '{}')).city FROM people",
          // a row cast to a composite type: each field converts, the count must match
          "SELECT ROW('a')::address FROM people",
          "SELECT ROW('a', 'b', 1, 2)::address FROM people",
          "SELECT ROW('a', 'b', now())::address FROM people",
          "SELECT ROW('a', 'b', '1')::address, ROW('a', 'b', 1.5)::address FROM people",
          "SELECT (1, 'x', 'y', 'z')::users, (1, 'x')::users FROM people",
          "SELECT id FROM people WHERE home = ROW('s', 'c', 1)::address");

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
