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
 * SQLCHECK-008 under javac and ecj: the newest migration renames (or drops and re-creates) what the
 * queries use, which breaks the previous build while it still runs during a rolling deploy. One
 * warning per change, naming the migration's file and line, the methods, and the expand/contract
 * way; nothing for a migration that only adds, for an older migration, for a plain schema file, or
 * when the lint is switched off.
 */
class MigrationLintCompileTest {
  @TempDir Path dir;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Users {
        @Query("SELECT display_name FROM users WHERE id = :id")
        List<String> names(long id);

        @Query("UPDATE users SET display_name = :name WHERE id = :id")
        int rename(long id, String name);

        @Query("SELECT id FROM users")
        List<Long> ids();
      }
      """;

  private static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY, full_name text);\n";
  private static final String V2_RENAME =
      "-- users say display name\nALTER TABLE users RENAME COLUMN full_name TO display_name;\n";

  private Path write(String path, String text) throws IOException {
    return CompileHarness.write(dir, path, text);
  }

  private static Result compile(Tool tool, Path schema, String... options) {
    return CompileHarness.compile(tool, "com.example.Users", REPO, schema, options);
  }

  private static List<Diag> lint(Result r) {
    return r.warnings().stream().filter(d -> d.message().contains("[SQLCHECK-008]")).toList();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void newestMigrationRenamesAUsedColumn_oneWarningWithFileMethodsAndRecipe(Tool tool)
      throws IOException {
    write("db/V1__init.sql", V1);
    write("db/V2__rename.sql", V2_RENAME);
    Result r = compile(tool, dir.resolve("db"));
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> lint = lint(r);
    assertWithMessage("%s", r).that(lint).hasSize(1);
    String m = lint.get(0).message();
    assertThat(m).contains("V2__rename.sql:2: the newest migration renames column");
    assertThat(m).contains("\"users\".\"full_name\" to \"display_name\"");
    assertThat(m).contains("2 queries use (Users.names, Users.rename)");
    assertThat(m).contains("still uses \"full_name\"");
    assertThat(m).contains("expand and contract");
    assertThat(m).doesNotContain("Users.ids");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void newestMigrationRenamesAUsedTable_warns(Tool tool) throws IOException {
    write("db/V1__init.sql", "CREATE TABLE people (id bigint PRIMARY KEY, display_name text);\n");
    write("db/V2__rename.sql", "ALTER TABLE people RENAME TO users;\n");
    List<Diag> lint = lint(compile(tool, dir.resolve("db")));
    assertThat(lint).hasSize(1);
    assertThat(lint.get(0).message()).contains("renames table \"people\" to \"users\"");
    assertThat(lint.get(0).message()).contains("3 queries use");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void renameInAnOlderMigration_newestOnlyAdds_noWarning(Tool tool) throws IOException {
    write("db/V1__init.sql", V1);
    write("db/V2__rename.sql", V2_RENAME);
    write("db/V3__add.sql", "ALTER TABLE users ADD COLUMN email text;\n");
    Result r = compile(tool, dir.resolve("db"));
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(lint(r)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void newestMigrationDropsAColumnNoQueryUses_noWarning(Tool tool) throws IOException {
    write("db/V1__init.sql", V1.replace("full_name text", "display_name text, legacy text"));
    write("db/V2__drop.sql", "ALTER TABLE users DROP COLUMN legacy;\n");
    Result r = compile(tool, dir.resolve("db"));
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(lint(r)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void plainSchemaFile_isNoMigration_noWarning(Tool tool) throws IOException {
    Path schema = write("schema.sql", V1 + V2_RENAME);
    Result r = compile(tool, schema);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(lint(r)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void liquibaseLastChangeSetRenames_warnsWithChangelogLine(Tool tool) throws IOException {
    Path master =
        write(
            "changelog.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="ann">
                <createTable tableName="users">
                  <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                  <column name="full_name" type="text"/>
                </createTable>
              </changeSet>
              <changeSet id="2" author="ann">
                <renameColumn tableName="users" oldColumnName="full_name"
                    newColumnName="display_name"/>
              </changeSet>
            </databaseChangeLog>
            """);
    List<Diag> lint = lint(compile(tool, master));
    assertThat(lint).hasSize(1);
    assertThat(lint.get(0).message()).contains("changelog.xml:9: the newest migration renames");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void switchedOff_noWarning(Tool tool) throws IOException {
    write("db/V1__init.sql", V1);
    write("db/V2__rename.sql", V2_RENAME);
    Result r = compile(tool, dir.resolve("db"), "-Asqlcheck.disable=SQLCHECK-008");
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
    Result shortForm = compile(tool, dir.resolve("db"), "-Asqlcheck.disable=008");
    assertWithMessage("%s", shortForm).that(shortForm.problems()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void disablingACodeThatIsNoLint_isSqlcheck003(Tool tool) throws IOException {
    write("db/V1__init.sql", V1.replace("full_name", "display_name"));
    Result r = compile(tool, dir.resolve("db"), "-Asqlcheck.disable=SQLCHECK-201");
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-003]");
    assertThat(r.errors().get(0).message()).contains("SQLCHECK-201");
    assertThat(r.errors().get(0).message())
        .contains("allowed: SQLCHECK-005, SQLCHECK-006, SQLCHECK-007, SQLCHECK-008");
  }

  /** What the warning claims, on PostgreSQL: after the rename the previous build's query fails. */
  @Test
  void postgres_previousBuildsQueryFailsAfterTheRename() throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("migration_lint");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(V1);
      c.prepareStatement("SELECT full_name FROM users WHERE id = ?").getMetaData();
      s.execute(V2_RENAME);
      SQLException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              SQLException.class,
              () -> c.prepareStatement("SELECT full_name FROM users WHERE id = ?").getMetaData());
      assertThat(e.getMessage()).contains("column \"full_name\" does not exist");
      c.prepareStatement("SELECT display_name FROM users WHERE id = ?").getMetaData();
    }
  }
}
