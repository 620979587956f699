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
        """;
  }

  @Override
  String databaseOnly() {
    return "INSERT INTO docs VALUES (1, '{\"n\": 1, \"a\": {\"b\": 2}}', '{\"k\": 1}', 'x'),"
        + " (2, '{}', '{}', 'y');";
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
              + " (SELECT generate_series(1, 0)) AS f");

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
