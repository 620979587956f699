package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQLCHECK-208 under javac and ecj with the foreign keys of a real schema source (a schema.sql with
 * inline REFERENCES, a Flyway folder that adds the key in a later migration): TRUNCATE of a
 * referenced table is an error; CASCADE, truncating the referencing table in the same statement, or
 * a table no key references is fine. PostgreSQL judges each statement first.
 */
class TruncateCompileTest {
  @TempDir Path dir;

  static final String SCHEMA =
      """
      CREATE TABLE stores (id int PRIMARY KEY, name text NOT NULL);
      CREATE TABLE prices (id int PRIMARY KEY,
        store_id int REFERENCES stores);
      CREATE TABLE sessions (id int PRIMARY KEY);
      """;

  static final String V1 =
      """
      CREATE TABLE stores (id int PRIMARY KEY, name text NOT NULL);
      CREATE TABLE prices (id int PRIMARY KEY, store_id int);
      CREATE TABLE sessions (id int PRIMARY KEY);
      """;

  static final String V2 =
      "ALTER TABLE prices ADD CONSTRAINT prices_store FOREIGN KEY (store_id) REFERENCES stores;\n";

  static final String REFUSED = "TRUNCATE stores";
  static final List<String> ACCEPTED =
      List.of("TRUNCATE stores CASCADE", "TRUNCATE stores, prices", "TRUNCATE sessions");

  private static String repo(String name, List<String> statements) {
    StringBuilder b = new StringBuilder();
    b.append("package com.example;\nimport dev.sqlcheck.*;\n@SqlRepository\npublic interface ")
        .append(name)
        .append(" {\n");
    for (int i = 0; i < statements.size(); i++) {
      b.append("  @Query(\"").append(statements.get(i)).append("\")\n");
      b.append("  void clear").append(i).append("();\n");
    }
    return b.append("}\n").toString();
  }

  private static Result compile(Tool tool, Path schema, String name, List<String> statements) {
    return CompileHarness.compile(tool, "com.example." + name, repo(name, statements), schema);
  }

  private Path write(String path, String text) throws IOException {
    return CompileHarness.write(dir, path, text);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void schemaSql_truncateOfReferencedTable_isError(Tool tool) throws IOException {
    Result r = compile(tool, write("schema.sql", SCHEMA), "Stores", List.of(REFUSED));
    List<Diag> errors = r.errors();
    assertWithMessage("%s", r).that(errors).hasSize(1);
    String m = errors.get(0).message();
    assertThat(m).contains("[SQLCHECK-208] cannot truncate a table referenced in a foreign key");
    assertThat(m).contains("table \"prices\" references \"stores\"");
    assertThat(m).contains("foreign key \"prices_store_id_fkey\" of table \"prices\"");
    assertThat(m).contains("schema.sql:2");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void schemaSql_cascadeSameStatementOrNoKey_compilesClean(Tool tool) throws IOException {
    Result r = compile(tool, write("schema.sql", SCHEMA), "Stores", ACCEPTED);
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void flywayKeyAddedLater_truncateIsError(Tool tool) throws IOException {
    write("db/V1__init.sql", V1);
    write("db/V2__keys.sql", V2);
    Result r = compile(tool, dir.resolve("db"), "Stores", List.of(REFUSED));
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).message())
        .contains("foreign key \"prices_store\" of table \"prices\" is declared at V2__keys.sql:1");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void flyway_cascadeSameStatementOrNoKey_compilesClean(Tool tool) throws IOException {
    write("db/V1__init.sql", V1);
    write("db/V2__keys.sql", V2);
    Result r = compile(tool, dir.resolve("db"), "Stores", ACCEPTED);
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void flywayKeyDroppedAgain_truncateCompilesClean(Tool tool) throws IOException {
    write("db/V1__init.sql", V1);
    write("db/V2__keys.sql", V2);
    write("db/V3__drop.sql", "ALTER TABLE prices DROP CONSTRAINT prices_store;\n");
    Result r = compile(tool, dir.resolve("db"), "Stores", List.of(REFUSED));
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
  }

  /** What the tests claim, on PostgreSQL, each TRUNCATE in a transaction that is rolled back. */
  @Test
  void postgres_refusesOnlyThePlainTruncate() throws SQLException {
    for (String schema : List.of(SCHEMA, V1 + V2)) {
      String url = TestDatabases.freshPostgresDatabase("truncate_compile");
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute(schema);
        c.setAutoCommit(false);
        SQLException e =
            org.junit.jupiter.api.Assertions.assertThrows(
                SQLException.class, () -> s.execute(REFUSED));
        assertThat(e.getMessage())
            .contains("cannot truncate a table referenced in a foreign key constraint");
        c.rollback();
        for (String ok : ACCEPTED) {
          s.execute(ok);
          c.rollback();
        }
        s.execute("ALTER TABLE prices DROP CONSTRAINT IF EXISTS prices_store");
        s.execute("ALTER TABLE prices DROP CONSTRAINT IF EXISTS prices_store_id_fkey");
        s.execute(REFUSED);
        c.rollback();
      }
    }
  }
}
