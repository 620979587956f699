package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every key word of PostgreSQL 15 (from {@code pg_get_keywords()}), and realistic column names from
 * the corpus schemas, in every identifier position of a query, judged by the local PostgreSQL 15: a
 * table has a (quoted) column named after each word and a table of each name, so only syntax can
 * fail. Our parser with {@code PgGrammar.of(15)} must give a syntax error exactly when PostgreSQL
 * does; the default 14–18 grammar must accept everything 15 accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeywordMatrixTest {
  /** The positions, with {@code @@} standing for the word. */
  static final List<String> TEMPLATES =
      List.of(
          "SELECT @@ FROM kw",
          "SELECT x.@@ FROM kw x",
          "SELECT 1 FROM kw WHERE @@ = 1",
          "SELECT 1 FROM kw WHERE kw.@@ IS NULL AND @@ > 0",
          "SELECT @@ + 1, -@@ FROM kw",
          "UPDATE kw SET @@ = 1",
          "UPDATE kw x SET @@ = 1 WHERE x.@@ = 2",
          "INSERT INTO kw (@@) VALUES (1)",
          "SELECT 1 FROM kw AS @@",
          "SELECT 1 FROM kw @@",
          "SELECT 1 FROM kw @@ WHERE @@.@@ = 1",
          "SELECT 1 AS @@",
          "SELECT 1 @@",
          "SELECT 1 @@ FROM kw",
          "SELECT @@, 1 @@ FROM kw",
          "SELECT 1 FROM kw ORDER BY @@",
          "SELECT 1 FROM kw ORDER BY @@ DESC",
          "SELECT 1 FROM kw GROUP BY @@",
          "SELECT @@(1)",
          "SELECT pg_catalog.@@(1)",
          "SELECT NULL::@@",
          "SELECT CAST(NULL AS @@)",
          "WITH @@ AS (SELECT 1) SELECT * FROM @@",
          "SELECT 1 FROM @@",
          "SELECT 1 FROM public.@@",
          "DELETE FROM kw @@ WHERE @@.@@ = 1",
          "SELECT x.a FROM kw AS x(@@, a)",
          "SELECT count(*) OVER @@ FROM kw WINDOW @@ AS ()",
          "SELECT @@ FROM kw WHERE @@ IN (SELECT @@ FROM kw)");

  private PgOracle oracle;
  private final List<String> words = new ArrayList<>();
  private final Agreement exact = new Agreement();
  private final List<String> defaultRejects = new ArrayList<>();

  @BeforeAll
  void createSchema() throws SQLException, IOException {
    oracle = new PgOracle("kwmatrix");
    Set<String> all = new LinkedHashSet<>();
    try (Statement s = oracle.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords() ORDER BY word")) {
      while (rs.next()) {
        all.add(rs.getString(1));
      }
    }
    all.addAll(
        List.of(
            "uuid",
            "errors",
            "number",
            "csv",
            "import",
            "unbounded",
            "unknown",
            "xmlserialize",
            "sel",
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "current",
            "bigint",
            "int",
            "integer",
            "numeric",
            "varchar",
            "enum",
            "double",
            "real",
            "settings",
            "script",
            "value",
            "name",
            "type",
            "comment",
            "json",
            "merge",
            "system_user",
            "keys",
            "path",
            "format",
            "source",
            "target",
            "error"));
    all.addAll(corpusColumnNames());
    words.addAll(all);
    StringBuilder cols = new StringBuilder("CREATE TABLE kw (a int");
    for (String w : words) {
      cols.append(", \"").append(w).append("\" int");
    }
    oracle.execute(cols.append(")").toString());
    StringBuilder tables = new StringBuilder();
    for (String w : words) {
      tables.append("CREATE TABLE \"").append(w).append("\" (x int);");
    }
    oracle.execute(tables.toString());
  }

  /** Column names of the corpus schemas that can be written unquoted. */
  private static Set<String> corpusColumnNames() throws IOException {
    Path root = Path.of(System.getProperty("sqlcheck.root", "..")).resolve("src/test/corpus");
    Set<String> names = new LinkedHashSet<>();
    if (!Files.isDirectory(root)) {
      return names;
    }
    java.util.regex.Pattern col =
        java.util.regex.Pattern.compile(
            "(?m)^\\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?\\s+(?:integer|int|bigint|smallint|text|"
                + "character|varchar|numeric|boolean|date|timestamp|serial|bigserial|uuid|jsonb?|"
                + "real|double|bytea|tsvector|mpaa_rating|year|money|public\\.)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    try (var files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        var m = col.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  @Test
  void everyKeywordInEveryPosition_agreesWithPostgres15() {
    PgGrammar v15 = PgGrammar.of(15);
    for (String w : words) {
      for (String template : TEMPLATES) {
        String sql = template.replace("@@", w);
        PgOracle.Verdict pg = oracle.judge(sql);
        exact.record(sql, pg, PgParser.parse(sql, v15));
        PgParseResult def = PgParser.parse(sql, PgGrammar.defaultRange());
        if (!pg.syntaxError() && !def.ok() && def.error().isSyntaxError()) {
          defaultRejects.add(sql + " -> " + def.error());
        }
      }
    }
    System.out.println(
        exact.summary("keyword matrix, PostgreSQL 15 vs PgGrammar.of(15)")
            + "; words "
            + words.size()
            + ", templates "
            + TEMPLATES.size());
    exact.disagreements.forEach(d -> System.out.println("  " + d));
    exact.positionMismatches.forEach(d -> System.out.println("  " + d));
    System.out.println(
        "keyword matrix, default 14-18 grammar rejects what 15 accepts: " + defaultRejects.size());
    defaultRejects.stream().limit(50).forEach(d -> System.out.println("  " + d));
    assertEquals(exact.cases, exact.agreed, "disagreements with PostgreSQL 15");
    assertEquals(List.of(), defaultRejects);
  }

  @AfterAll
  void dropDatabase() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }
}
