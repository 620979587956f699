package dev.sqlcheck.processor.analysis;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.sqlcheck.processor.analysis.TestCatalogs.col;
import static dev.sqlcheck.processor.analysis.TestCatalogs.line;
import static dev.sqlcheck.processor.analysis.TestCatalogs.table;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.ForeignKey;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TRUNCATE against foreign keys and relation kinds, each case judged by PostgreSQL first:
 * PostgreSQL cannot PREPARE a TRUNCATE, so the test runs it inside a transaction that is rolled
 * back, and the analyser must report an error exactly when PostgreSQL refuses.
 */
class TruncateCheckTest {
  static final String DDL =
      """
      CREATE TABLE stores (id int PRIMARY KEY, name text NOT NULL);
      CREATE TABLE product_prices (id int PRIMARY KEY,
        store_id int CONSTRAINT prices_store_fk REFERENCES stores);
      CREATE TABLE categories (id int PRIMARY KEY, parent_id int REFERENCES categories);
      CREATE SCHEMA audit;
      CREATE TABLE audit.store_events (id int PRIMARY KEY, store_id int REFERENCES stores);
      CREATE TABLE sessions (id int PRIMARY KEY);
      CREATE VIEW store_names AS SELECT id, name FROM stores;
      CREATE MATERIALIZED VIEW store_count AS SELECT count(*) AS n FROM stores;
      """;

  /** The same schema, built by hand (the schema loader's part is tested on its own). */
  static Catalog catalog() {
    return Catalog.builder()
        .putRelation(
            table("public", "stores", 1, col("id", "integer", true), col("name", "text", true)))
        .putRelation(
            table(
                "public",
                "product_prices",
                2,
                col("id", "integer", true),
                col("store_id", "integer", false)))
        .putRelation(
            table(
                "public",
                "categories",
                4,
                col("id", "integer", true),
                col("parent_id", "integer", false)))
        .addSchema("audit")
        .putRelation(
            table(
                "audit",
                "store_events",
                6,
                col("id", "integer", true),
                col("store_id", "integer", false)))
        .putRelation(table("public", "sessions", 7, col("id", "integer", true)))
        .putRelation(
            new Relation(
                "public",
                "store_names",
                Relation.Kind.VIEW,
                List.of(col("id", "integer", false), col("name", "text", false)),
                true,
                line(8)))
        .putRelation(
            new Relation(
                "public",
                "store_count",
                Relation.Kind.MATERIALIZED_VIEW,
                List.of(col("n", "bigint", false)),
                true,
                line(9)))
        .addForeignKey(fk("prices_store_fk", "public", "product_prices", "store_id", "stores", 3))
        .addForeignKey(fk(null, "public", "categories", "parent_id", "categories", 4))
        .addForeignKey(fk(null, "audit", "store_events", "store_id", "stores", 6))
        .build();
  }

  static ForeignKey fk(
      String name, String schema, String table, String column, String ref, int at) {
    return new ForeignKey(
        name, schema, table, List.of(column), "public", ref, List.of("id"), line(at));
  }

  /** A TRUNCATE and the code expected, or null when it must pass. */
  record Case(String sql, ProblemCode code) {}

  static final List<Case> CASES =
      List.of(
          new Case("TRUNCATE sessions", null),
          new Case("TRUNCATE TABLE sessions RESTART IDENTITY", null),
          new Case("TRUNCATE stores", ProblemCode.TRUNCATE_REFERENCED),
          new Case("TRUNCATE stores RESTRICT", ProblemCode.TRUNCATE_REFERENCED),
          new Case("TRUNCATE ONLY stores CONTINUE IDENTITY", ProblemCode.TRUNCATE_REFERENCED),
          new Case("TRUNCATE stores, product_prices", ProblemCode.TRUNCATE_REFERENCED),
          new Case("TRUNCATE stores, product_prices, audit.store_events", null),
          new Case("TRUNCATE product_prices, audit.store_events, stores", null),
          new Case("TRUNCATE stores CASCADE", null),
          new Case("TRUNCATE categories", null),
          new Case("TRUNCATE product_prices", null),
          new Case("TRUNCATE store_names", ProblemCode.NOT_UPDATABLE),
          new Case("TRUNCATE store_count", ProblemCode.NOT_UPDATABLE),
          new Case("TRUNCATE no_such_table", ProblemCode.UNKNOWN_TABLE));

  static String url;

  @BeforeAll
  static void database() throws SQLException {
    url = TestDatabases.freshPostgresDatabase("truncate_check");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(DDL);
    }
  }

  @Test
  void everyCase_postgresAndAnalyserAgree() throws SQLException {
    Catalog catalog = catalog();
    List<String> wrong = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      for (Case k : CASES) {
        String refused = null;
        try (Statement s = c.createStatement()) {
          s.execute(k.sql());
        } catch (SQLException e) {
          refused = e.getMessage();
        } finally {
          c.rollback();
        }
        if ((refused != null) != (k.code() != null)) {
          wrong.add(k.sql() + ": PostgreSQL " + (refused == null ? "accepts it" : refused));
        }
        QueryAnalysis a = Checks.analyze(catalog, k.sql());
        List<Problem> errors =
            a.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        boolean ok =
            k.code() == null
                ? a.problems().isEmpty()
                : errors.size() == 1 && errors.get(0).code() == k.code();
        if (!ok) {
          wrong.add(k.sql() + ": expected " + k.code() + ", got " + a.problems());
        }
      }
    }
    assertWithMessage("cases where expectation, PostgreSQL and analyser differ")
        .that(wrong)
        .isEmpty();
  }

  @Test
  void referencedTable_errorSaysWhoReferencesItAndHowToFix() {
    QueryAnalysis a = Checks.analyze(catalog(), "TRUNCATE sessions, stores");
    assertWithMessage("%s", a.problems()).that(a.problems()).hasSize(1);
    Problem p = a.problems().get(0);
    assertWithMessage("%s", p)
        .that(p.message())
        .isEqualTo(
            "cannot truncate a table referenced in a foreign key constraint: table"
                + " \"product_prices\" references \"stores\"");
    assertWithMessage("%s", p).that(p.hint()).contains("CASCADE");
    assertWithMessage("%s", p).that(p.note()).contains("\"prices_store_fk\"");
    assertWithMessage("%s", p).that(p.note()).contains("schema.sql:3");
    assertWithMessage("caret under the table")
        .that(p.start())
        .isEqualTo("TRUNCATE sessions, ".length());
    assertWithMessage("caret under the table")
        .that(p.end())
        .isEqualTo("TRUNCATE sessions, stores".length());
  }
}
