package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where sqlcheck says a result column may be NULL, PostgreSQL returns NULL in it on rows made for
 * that, and where it says NOT NULL, PostgreSQL does not. A column wrongly NOT NULL lets a primitive
 * read a NULL (a silent pass); one wrongly nullable makes a {@code long} mapping an error (a false
 * error).
 */
class NullabilityAgreesWithPostgresTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE TABLE docs (id integer PRIMARY KEY, data jsonb NOT NULL, j json NOT NULL,
          name text NOT NULL);
        CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, qty integer NOT NULL,
          note text);
        CREATE TABLE no_sales (id integer PRIMARY KEY, region text NOT NULL,
          qty integer NOT NULL);
        CREATE TABLE marks (id integer PRIMARY KEY, x integer, y text, z integer[], b boolean);
        """;
  }

  @Override
  String databaseOnly() {
    return "INSERT INTO docs VALUES (1, '{\"n\": 1, \"a\": {\"b\": 2}}', '{\"k\": 1}', 'x'),"
        + " (2, '{}', '{}', 'y');"
        // region n: two rows, no note; region s: one row with a note
        + " INSERT INTO sales VALUES (1, 'n', 1, NULL), (2, 'n', 2, NULL), (3, 's', 3, 'x');"
        // every column NULL in some row, and (NULL, 'b'), (2, NULL) for row comparisons
        + " INSERT INTO marks VALUES (1, NULL, NULL, NULL, NULL), (2, 1, 'a', '{1}', true),"
        + " (3, 2, NULL, '{2}', false), (4, NULL, 'b', '{}', NULL);";
  }

  static final List<String> QUERIES =
      List.of(
          "SELECT data->>'n' AS a, (data->>'n')::int AS b, data->'n' AS c, data#>>'{a,b}' AS d,"
              + " j->>'k' AS e, data @@ '$.n' AS f, data - 'n' AS g,"
              // one function in PostgreSQL 14-17, another (with a default) in 18: not ambiguous
              + " jsonb_strip_nulls(data) AS h, json_strip_nulls(j) AS i FROM docs",
          "SELECT jsonb_array_element(data, 5) AS a, pg_get_serial_sequence('docs', 'name') AS b,"
              + " obj_description('docs'::regclass, 'pg_class') AS c, name AS d FROM docs",
          "SELECT (SELECT count(*) FROM docs WHERE false) AS a,"
              + " (SELECT coalesce(sum(id), 0) FROM docs WHERE false) AS b, (SELECT 1) AS c,"
              + " (SELECT count(*) FROM docs d WHERE d.id = docs.id) AS d,"
              + " (SELECT exists (SELECT 1 FROM docs)) AS e FROM docs",
          "SELECT (SELECT count(*) FROM docs HAVING count(*) > 100) AS a,"
              + " (SELECT 1 WHERE false) AS b, (SELECT count(*) FROM docs LIMIT 0) AS c,"
              + " (SELECT max(id) FROM docs WHERE false) AS d,"
              + " (SELECT count(*) FROM docs GROUP BY name HAVING false) AS e,"
              + " (SELECT generate_series(1, 0)) AS f",
          // A group of a GROUP BY has a row: aggregates of NOT NULL values are NOT NULL, and the
          // collecting ones always are; stddev of one row, a FILTER or all-NULL values are NULL.
          "SELECT region, sum(qty) AS a, max(qty) AS b, avg(qty) AS c, array_agg(note) AS d,"
              + " bool_and(qty > 0) AS e, string_agg(region, ',') AS f, string_agg(note, ',') AS g,"
              + " stddev(qty) AS h, sum(qty) FILTER (WHERE qty > 100) AS i, jsonb_agg(note) AS j,"
              + " min(note) AS k, bit_xor(qty) AS l, var_pop(qty) AS m, every(qty > 1) AS n,"
              + " json_object_agg(id, note) AS o, range_agg(int4range(qty, qty + 1)) AS p,"
              + " count(note) AS q FROM sales GROUP BY region",
          // ROLLUP and () make a group even over no rows; an outer join brings NULL values in
          "SELECT region, sum(qty) AS a, array_agg(qty) AS b FROM no_sales GROUP BY ROLLUP (region)",
          "SELECT sum(qty) AS a FROM no_sales GROUP BY ()",
          "SELECT s.region, sum(o.qty) AS a, max(s.qty) AS b FROM sales s"
              + " LEFT JOIN no_sales o ON o.id = s.id GROUP BY s.region",
          // An inner join's merged column holds equal values, so no NULL, unless an outer join
          // around the inner one extends it with NULLs; a LEFT join's is its left column
          "SELECT note AS a FROM sales s1 JOIN sales s2 USING (note)",
          "SELECT d.id, note AS a FROM docs d"
              + " LEFT JOIN (sales s1 JOIN sales s2 USING (note)) ON d.id = s1.id",
          "SELECT note AS a FROM sales s1 LEFT JOIN sales s2 USING (note)",
          // An inner join's ON keeps no row where a column it compares is NULL, unless an outer
          // join around the inner one extends it with NULLs again; an outer join's ON keeps the
          // preserved side's NULLs, and the other side is NULL where no row matched
          "SELECT s1.note AS a, s2.note AS b FROM sales s1 JOIN sales s2 ON s1.note = s2.note",
          "SELECT d.id, s1.note AS a FROM docs d"
              + " LEFT JOIN (sales s1 JOIN sales s2 ON s1.note = s2.note) ON d.id = s1.id",
          "SELECT s.id, o.note AS a FROM sales s LEFT JOIN sales o ON o.id = s.id + 1"
              + " JOIN sales t ON t.note = o.note",
          "SELECT s1.note AS a FROM sales s0"
              + " RIGHT JOIN (sales s1 JOIN sales s2 ON s1.note = s2.note) ON s0.id = s1.id",
          "SELECT s.note AS a, o.note AS b FROM sales s LEFT JOIN sales o ON s.note = o.note",
          "SELECT o.note AS a FROM sales s JOIN sales o ON s.id = o.id AND o.note IS NOT NULL",
          "SELECT s.note AS a FROM sales s JOIN sales o ON s.note = o.note OR s.id = o.id",
          // A WHERE that cannot be true where a column is NULL proves it NOT NULL: operators,
          // ANY and IN (SELECT), row equality, casts, IS TRUE|FALSE, ORs whose every branch
          // proves it, and NOT of what cannot be false for NULL; ALL (true over no values), row
          // inequality, NOT IN (SELECT) and NOT of an AND of IS NULL do not
          "SELECT x AS a, y AS b FROM marks WHERE (x, y) = (1, 'a')",
          "SELECT x AS a FROM marks WHERE x = ANY('{1,2}'::int[])",
          "SELECT x AS a FROM marks WHERE x IN (SELECT qty FROM sales)",
          "SELECT x AS a FROM marks WHERE x > ALL('{}'::int[])",
          "SELECT x AS a FROM marks WHERE x IS DISTINCT FROM NULL",
          "SELECT x AS a FROM marks WHERE NOT (x IS NULL)",
          "SELECT y AS a FROM marks WHERE y ~ 'a'",
          "SELECT z AS a FROM marks WHERE z @> ARRAY[1]",
          "SELECT z AS a FROM marks WHERE 2 = ANY(z)",
          "SELECT b AS a FROM marks WHERE b IS FALSE",
          "SELECT b AS a FROM marks WHERE NOT b",
          "SELECT b AS a FROM marks WHERE b IS NOT TRUE",
          "SELECT x AS a FROM marks WHERE x::text = '1'",
          "SELECT x AS a FROM marks WHERE x = 1 OR x = 2",
          "SELECT x AS a, y AS b FROM marks WHERE (x, y) <> (1, 'a')",
          "SELECT x AS a FROM marks WHERE x NOT IN (SELECT x FROM marks WHERE false)",
          "SELECT x AS a, y AS b FROM marks WHERE NOT (x IS NULL AND y IS NULL)",
          "SELECT x AS a, y AS b FROM marks WHERE (x = 1 AND y = 'a') OR (x = 2 AND y IS NULL)",
          "SELECT x AS a FROM marks WHERE ROW(x, y) IS NOT NULL",
          "SELECT x AS a, y AS b FROM marks WHERE NOT (ROW(x, y) IS NULL)",
          "SELECT x AS a FROM marks WHERE NOT (x = ANY('{}'::int[]))",
          // A frame that holds the current row has a row; one that may not, has none
          "SELECT id, sum(qty) OVER (ORDER BY id) AS a, max(qty) OVER () AS b,"
              + " first_value(qty) OVER (ORDER BY id) AS c, last_value(note) OVER (ORDER BY id) AS d,"
              + " sum(qty) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) AS e,"
              + " sum(qty) OVER (ORDER BY id ROWS CURRENT ROW EXCLUDE CURRENT ROW) AS f,"
              + " lag(qty, 1, 0) OVER (ORDER BY id) AS g, lag(qty) OVER (ORDER BY id) AS h,"
              + " sum(qty) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING"
              + " EXCLUDE TIES) AS i, sum(qty) FILTER (WHERE qty > 100) OVER () AS j,"
              + " last_value(qty) OVER (ORDER BY id RANGE BETWEEN CURRENT ROW"
              + " AND UNBOUNDED FOLLOWING) AS k FROM sales",
          "SELECT id, sum(qty) OVER w AS a,"
              + " max(qty) OVER (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS b,"
              + " sum(sum(qty)) OVER () AS c FROM sales GROUP BY id WINDOW w AS (ORDER BY id)");

  @Test
  void nullableColumns_areThoseWherePostgresReturnsNull() throws SQLException {
    List<String> failures = new ArrayList<>();
    for (String sql : QUERIES) {
      QueryAnalysis analysis = new QueryAnalyzer(catalog).analyze(sql);
      if (!analysis.problems().isEmpty()) {
        failures.add(sql + " -> " + analysis.problems());
        continue;
      }
      List<String> ours = new ArrayList<>();
      analysis.resultColumns().forEach(c -> ours.add(c.label() + (c.nullable() ? " null" : "")));
      List<String> theirs = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        int n = rs.getMetaData().getColumnCount();
        boolean[] sawNull = new boolean[n];
        while (rs.next()) {
          for (int i = 0; i < n; i++) {
            rs.getObject(i + 1);
            sawNull[i] |= rs.wasNull();
          }
        }
        for (int i = 0; i < n; i++) {
          theirs.add(rs.getMetaData().getColumnLabel(i + 1) + (sawNull[i] ? " null" : ""));
        }
      }
      if (!ours.equals(theirs)) {
        failures.add(sql + "\n   ours:   " + ours + "\n   theirs: " + theirs);
      }
    }
    assertEquals(List.of(), failures);
  }
}
