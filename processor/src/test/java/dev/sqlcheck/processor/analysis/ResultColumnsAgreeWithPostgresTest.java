package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Result column labels and types as the analyser infers them, compared with what PostgreSQL's JDBC
 * metadata reports for the same prepared query.
 */
class ResultColumnsAgreeWithPostgresTest {
  private static final Map<String, String> PG_NAMES =
      Map.ofEntries(
          Map.entry("integer", "int4"),
          Map.entry("bigint", "int8"),
          Map.entry("smallint", "int2"),
          Map.entry("boolean", "bool"),
          Map.entry("character varying", "varchar"),
          Map.entry("character", "bpchar"),
          Map.entry("real", "float4"),
          Map.entry("double precision", "float8"),
          Map.entry("timestamp with time zone", "timestamptz"),
          Map.entry("timestamp without time zone", "timestamp"),
          Map.entry("time with time zone", "timetz"),
          Map.entry("time without time zone", "time"));

  static final List<String> QUERIES =
      List.of(
          "SELECT id, email, display_name, settings, year, created_at FROM users",
          "SELECT * FROM books",
          "SELECT b.*, a.name FROM books b JOIN authors a ON a.id = b.author_id",
          "SELECT * FROM users JOIN loans USING (id)",
          "SELECT * FROM books NATURAL JOIN authors",
          "SELECT id AS book_id, title AS t FROM books",
          "SELECT count(*), sum(published_year), sum(books.id), avg(published_year), max(title),"
              + " min(loaned_at) FROM books, loans",
          "SELECT coalesce(display_name, email), nullif(year, 0) FROM users",
          "SELECT id::text, CAST(id AS int), 1::int8, title::varchar(5), 'x'::text FROM books",
          "SELECT 1, 1.5, 'x', true, null::integer",
          "SELECT EXISTS (SELECT 1 FROM loans), id > 1, email || '!' FROM users",
          "SELECT id + 1, published_year * 2, published_year + 1.5 FROM books",
          "SELECT CASE WHEN id > 1 THEN 'a' ELSE 'b' END FROM users",
          "SELECT (SELECT max(title) FROM books) AS newest",
          "SELECT id, title FROM books UNION SELECT id, email FROM users",
          "WITH c AS (SELECT id FROM users) SELECT x.n FROM (SELECT id FROM c) x(n)",
          "SELECT status, tags, tags[1] FROM books",
          "SELECT row_number() OVER (ORDER BY id), rank() OVER (ORDER BY id) FROM users",
          "SELECT lower(email), upper(email), length(email), now(), current_date FROM users",
          "SELECT settings -> 'a', settings ->> 'a' FROM users",
          "SELECT t.n, t.s FROM (VALUES (1, 'a')) AS t(n, s)",
          "SELECT string_agg(title, ','), array_agg(id), bool_and(true) FROM books",
          "SELECT loaned_at + interval '1 day', extract(year FROM loaned_at) FROM loans",
          "SELECT trim(title), concat(title, 'x') FROM books",
          "SELECT uid, u.mail FROM users AS u(uid, mail)",
          "SELECT g.n FROM generate_series(1, 3) AS g(n)",
          "SELECT (id), -id, NOT true, id::text::int, count(*) AS c FROM users GROUP BY id",
          "SELECT DATE '2020-01-01', CURRENT_TIMESTAMP, ARRAY[1, 2], ROW(1, 2), greatest(1, 2)",
          "SELECT x.* FROM (SELECT 1 AS a, 'b' AS b) x",
          "SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id",
          "SELECT EXISTS (SELECT 1), 1 IN (1, 2), 'a' LIKE 'b', 2 BETWEEN 1 AND 3",
          "INSERT INTO users (email) VALUES ('x') RETURNING id, email AS mail, *",
          "UPDATE books SET title = 'x' RETURNING id, title || '!'",
          "DELETE FROM loans RETURNING loaned_at, returned_at");

  @Test
  void labelsAndTypes_matchPostgresMetadata() throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("analysis_results");
    Catalog catalog =
        new SchemaLoader(new AnalyzerViewColumns())
            .load(List.of(new SchemaSource("schema.sql", AnalyzerAgreesWithPostgresTest.DDL)))
            .catalog();
    List<String> failures = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement s = c.createStatement()) {
        s.execute(AnalyzerAgreesWithPostgresTest.DDL);
      }
      for (String sql : QUERIES) {
        QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
        assertTrue(a.problems().isEmpty(), sql + " -> " + a.problems());
        assertTrue(a.resultColumnsKnown(), sql);
        List<String> ours = new ArrayList<>();
        a.resultColumns().forEach(r -> ours.add(r.label() + ":" + pgName(r.type())));
        List<String> theirs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ResultSetMetaData md = ps.getMetaData();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            // pgjdbc reports the serial pseudo-types for serial columns.
            String type =
                md.getColumnTypeName(i)
                    .replace("\"", "")
                    .replace("bigserial", "int8")
                    .replace("serial", "int4");
            theirs.add(
                md.getColumnLabel(i)
                    + ":"
                    + (ours.size() >= i && ours.get(i - 1).endsWith(":?") ? "?" : type));
          }
        }
        if (!ours.equals(theirs)) {
          failures.add(sql + "\n   ours:   " + ours + "\n   theirs: " + theirs);
        }
      }
    }
    assertEquals("", String.join("\n", failures));
  }

  /** PostgreSQL's internal type name; {@code ?} for unknown, which matches anything. */
  static String pgName(SqlType type) {
    if (type.isUnknown()) {
      return "?";
    }
    String base = PG_NAMES.getOrDefault(type.name(), type.name());
    return type.array() ? "_" + base : base;
  }
}
