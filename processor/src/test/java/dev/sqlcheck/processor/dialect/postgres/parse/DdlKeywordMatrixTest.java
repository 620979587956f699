package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every key word of PostgreSQL 15 and realistic names in every name position of the DDL that shapes
 * a schema (table, column, constraint, type, index, sequence, function, parameter, schema, role and
 * setting names), judged by the local PostgreSQL 15: each statement runs in a transaction that is
 * rolled back, against a scratch database where a table and a column exist for each word, so that
 * mostly only syntax can fail. Our parser with {@code PgGrammar.of(15)} must give a syntax error
 * exactly when PostgreSQL answers SQLSTATE 42601 (from its grammar or from the checks after it);
 * the default 14–18 grammar must accept everything 15 accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DdlKeywordMatrixTest {
  /** The positions, with {@code @@} standing for the word. */
  static final List<String> TEMPLATES =
      List.of(
          "CREATE TABLE @@ (a int)",
          "CREATE TABLE public.@@ (a int)",
          "CREATE TABLE IF NOT EXISTS @@ (a int)",
          "CREATE TABLE n (@@ int)",
          "CREATE TABLE n (a int, @@ text NOT NULL, b int)",
          "CREATE TABLE n (a @@)",
          "CREATE TABLE n (a @@[] NOT NULL)",
          "CREATE TABLE n (a int CONSTRAINT @@ NOT NULL)",
          "CREATE TABLE n (a int, CONSTRAINT @@ PRIMARY KEY (a))",
          "CREATE TABLE n (a int, CONSTRAINT @@ CHECK (a > 0))",
          "CREATE TABLE n (a int, UNIQUE (@@))",
          "CREATE TABLE n (a int REFERENCES @@ (x) ON DELETE CASCADE)",
          "CREATE TABLE n (a int, FOREIGN KEY (a) REFERENCES kw (@@))",
          "CREATE TABLE n (a int COLLATE @@)",
          "CREATE TABLE n (a int) INHERITS (@@)",
          "CREATE TABLE n (LIKE @@ INCLUDING ALL)",
          "CREATE TABLE n (a int) PARTITION BY LIST (@@)",
          "CREATE TABLE n PARTITION OF @@ FOR VALUES IN (1)",
          "CREATE TABLE n (a int) TABLESPACE @@",
          "ALTER TABLE @@ ADD COLUMN z int",
          "ALTER TABLE ONLY @@ ADD CONSTRAINT z UNIQUE (x)",
          "ALTER TABLE kw ADD COLUMN @@ int",
          "ALTER TABLE kw ADD @@ int",
          "ALTER TABLE kw ADD COLUMN z @@",
          "ALTER TABLE kw DROP COLUMN @@",
          "ALTER TABLE kw DROP @@ CASCADE",
          "ALTER TABLE kw ALTER COLUMN @@ TYPE bigint",
          "ALTER TABLE kw ALTER @@ SET NOT NULL",
          "ALTER TABLE kw ALTER @@ SET DEFAULT 1",
          "ALTER TABLE kw ALTER COLUMN a TYPE @@ USING a::@@",
          "ALTER TABLE kw RENAME @@ TO z",
          "ALTER TABLE kw RENAME COLUMN a TO @@",
          "ALTER TABLE kw ADD CONSTRAINT @@ UNIQUE (a)",
          "ALTER TABLE kw DROP CONSTRAINT IF EXISTS @@",
          "ALTER TABLE kw RENAME TO @@",
          "ALTER TABLE kw SET SCHEMA @@",
          "ALTER TABLE kw OWNER TO @@",
          "ALTER TABLE kw CLUSTER ON @@",
          "CREATE INDEX @@ ON kw (a)",
          "CREATE INDEX ON kw (@@)",
          "CREATE INDEX ON kw USING @@ (a)",
          "CREATE UNIQUE INDEX ON kw (a, lower(@@)) WHERE @@ > 0",
          "CREATE SEQUENCE @@ START WITH 1",
          "CREATE TYPE @@ AS ENUM ('a')",
          "CREATE TYPE n AS (@@ int)",
          "CREATE DOMAIN @@ AS int CHECK (VALUE > 0)",
          "CREATE DOMAIN n AS @@",
          "DROP TABLE IF EXISTS @@",
          "DROP TYPE IF EXISTS @@",
          "DROP INDEX IF EXISTS @@",
          "COMMENT ON TABLE @@ IS 'c'",
          "COMMENT ON COLUMN kw.@@ IS 'c'",
          "CREATE FUNCTION @@(a int) RETURNS int LANGUAGE sql AS 'SELECT 1'",
          "CREATE FUNCTION n(@@ int) RETURNS int LANGUAGE sql AS 'SELECT 1'",
          "CREATE FUNCTION n(a @@) RETURNS int LANGUAGE sql AS 'SELECT 1'",
          "CREATE FUNCTION n() RETURNS @@ LANGUAGE sql AS 'SELECT 1'",
          "CREATE FUNCTION n() RETURNS TABLE (@@ int) LANGUAGE sql AS 'SELECT 1'",
          "CREATE SCHEMA @@",
          "CREATE VIEW @@ AS SELECT 1",
          "CREATE TRIGGER @@ BEFORE INSERT ON kw FOR EACH ROW EXECUTE FUNCTION f()",
          "CREATE POLICY @@ ON kw USING (true)",
          "GRANT SELECT ON @@ TO PUBLIC",
          "GRANT SELECT ON kw TO @@",
          "GRANT @@ ON kw TO PUBLIC",
          "REVOKE @@ (a) ON kw FROM PUBLIC",
          "SET @@ = 1",
          "SET @@ TO DEFAULT",
          "RESET @@",
          "ALTER SEQUENCE @@ OWNED BY kw.a",
          "ALTER TYPE @@ ADD VALUE 'z'");

  private PgOracle oracle;
  private final List<String> words = new ArrayList<>();
  private final Agreement exact = new Agreement();
  private final List<String> defaultRejects = new ArrayList<>();

  @BeforeAll
  void createSchema() throws SQLException, java.io.IOException {
    oracle = new PgOracle("ddlmatrix");
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
            "status",
            "order_status",
            "placed_at",
            "settings",
            "script",
            "value",
            "name",
            "type",
            "comment",
            "json",
            "enum",
            "permissive",
            "restrictive",
            "modulus",
            "remainder",
            "range",
            "hash",
            "list",
            "heap",
            "btree",
            "gist"));
    words.addAll(all);
    StringBuilder cols = new StringBuilder("CREATE TABLE kw (a int");
    for (String w : words) {
      cols.append(", \"").append(w).append("\" int");
    }
    oracle.execute(cols.append(")").toString());
    StringBuilder tables =
        new StringBuilder(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE "
                + "plpgsql AS 'BEGIN RETURN NEW; END';");
    for (String w : words) {
      tables.append("CREATE TABLE \"").append(w).append("\" (x int);");
    }
    oracle.execute(tables.toString());
  }

  @Test
  void everyKeywordInEveryDdlPosition_agreesWithPostgres15() {
    PgGrammar v15 = PgGrammar.of(15);
    for (String w : words) {
      for (String template : TEMPLATES) {
        String sql = template.replace("@@", w);
        PgOracle.Verdict pg = oracle.judgeDdl(sql);
        exact.record(sql, pg, PgParser.parse(sql, v15));
        PgParseResult def = PgParser.parse(sql, PgGrammar.defaultRange());
        if (!pg.syntaxError() && !def.ok() && def.error().isSyntaxError()) {
          defaultRejects.add(sql + " -> " + def.error());
        }
      }
    }
    System.out.println(
        exact.summary("DDL keyword matrix, PostgreSQL 15 vs PgGrammar.of(15)")
            + "; words "
            + words.size()
            + ", templates "
            + TEMPLATES.size());
    exact.disagreements.forEach(d -> System.out.println("  " + d));
    exact.positionMismatches.stream().limit(100).forEach(d -> System.out.println("  " + d));
    System.out.println(
        "DDL keyword matrix, default 14-18 grammar rejects what 15 accepts: "
            + defaultRejects.size());
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
