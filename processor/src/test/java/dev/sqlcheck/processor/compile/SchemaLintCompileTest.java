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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQLCHECK-005, 006 and 007 under javac and ecj, from Flyway folders and a Liquibase changelog: one
 * warning naming the migration's file and line (and the earlier definition), nothing for the
 * harmless forms, and nothing once switched off with {@code -Asqlcheck.disable}. The PostgreSQL
 * facts behind each are asserted at the end (and in {@code SchemaLintsTest} statement by
 * statement).
 */
class SchemaLintCompileTest {
  @TempDir Path dir;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Users {
        @Query("SELECT name FROM users WHERE id = :id")
        List<String> names(long id);
      }
      """;

  static final String V1 =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, name text);
      CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
      CREATE INDEX email_idx ON accounts (email);
      """;
  static final String V2_TABLE_AGAIN =
      "CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, email text);\n";
  static final String V2_INDEX_AGAIN = "CREATE INDEX IF NOT EXISTS email_idx ON users (name);\n";
  static final String V2_CONSTRAINT_AGAIN =
      """
      ALTER TABLE accounts ADD COLUMN user_id bigint CONSTRAINT fk_user REFERENCES users;
      ALTER TABLE users ADD COLUMN account_id bigint;
      ALTER TABLE users ADD CONSTRAINT fk_user FOREIGN KEY (account_id) REFERENCES accounts;
      """;

  private Path write(String path, String text) throws IOException {
    return CompileHarness.write(dir, path, text);
  }

  private static Result compile(Tool tool, Path schema, String... options) {
    return CompileHarness.compile(tool, "com.example.Users", REPO, schema, options);
  }

  private static List<Diag> warnings(Result r, String code) {
    return r.warnings().stream().filter(d -> d.message().contains("[" + code + "]")).toList();
  }

  private Path flyway(String v2) throws IOException {
    write("db/V1__init.sql", V1);
    write("db/V2__more.sql", v2);
    return dir.resolve("db");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void tableCreatedAgainWithOtherColumns_sqlcheck005(Tool tool) throws IOException {
    Result r = compile(tool, flyway(V2_TABLE_AGAIN));
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> w = warnings(r, "SQLCHECK-005");
    assertWithMessage("%s", r).that(w).hasSize(1);
    assertThat(w.get(0).message())
        .contains(
            "V2__more.sql:1: CREATE TABLE IF NOT EXISTS \"users\" does nothing: table \"users\""
                + " already exists (defined at V1__init.sql:1) with columns (id bigint, name text),"
                + " not (id bigint, email text)");
    assertWithMessage("%s", r).that(r.warnings()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void sameTableAgain_noWarning(Tool tool) throws IOException {
    Result r =
        compile(
            tool,
            flyway(
                V1.lines().findFirst().orElseThrow().replace("TABLE", "TABLE" + " IF NOT EXISTS")));
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void liquibaseKeyToMissingTable_sqlcheck006WithChangelogLine(Tool tool) throws IOException {
    Path changelog =
        write(
            "changelog.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="ann">
                <createTable tableName="users">
                  <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                  <column name="name" type="text"/>
                  <column name="team_id" type="bigint"/>
                </createTable>
                <addForeignKeyConstraint constraintName="fk_user_team" baseTableName="users"
                    baseColumnNames="team_id" referencedTableName="teams"
                    referencedColumnNames="id"/>
              </changeSet>
            </databaseChangeLog>
            """);
    Result r = compile(tool, changelog);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> w = warnings(r, "SQLCHECK-006");
    assertWithMessage("%s", r).that(w).hasSize(1);
    assertThat(w.get(0).message())
        .contains(
            "changelog.xml:8: foreign key \"fk_user_team\" of table \"users\" references table"
                + " \"teams\", which does not exist in the final schema");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void keyToExistingTable_noWarning(Tool tool) throws IOException {
    Result r =
        compile(
            tool,
            flyway(
                "ALTER TABLE users ADD COLUMN account_id bigint REFERENCES accounts;\n"
                    + "ALTER TABLE users RENAME COLUMN account_id TO account;\n"
                    + "ALTER TABLE accounts RENAME TO logins;\n"));
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void indexNameTakenByAnotherIndex_sqlcheck007(Tool tool) throws IOException {
    Result r = compile(tool, flyway(V2_INDEX_AGAIN));
    List<Diag> w = warnings(r, "SQLCHECK-007");
    assertWithMessage("%s", r).that(w).hasSize(1);
    assertThat(w.get(0).message())
        .contains(
            "V2__more.sql:1: CREATE INDEX IF NOT EXISTS \"email_idx\" on \"users\" does nothing:"
                + " index \"email_idx\" on table \"accounts\" already exists in schema \"public\""
                + " (defined at V1__init.sql:3)");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void constraintNameOfAnotherTable_sqlcheck007(Tool tool) throws IOException {
    Result r = compile(tool, flyway(V2_CONSTRAINT_AGAIN));
    List<Diag> w = warnings(r, "SQLCHECK-007");
    assertWithMessage("%s", r).that(w).hasSize(1);
    assertThat(w.get(0).message())
        .contains(
            "V2__more.sql:3: constraint \"fk_user\" of table \"users\" has the name of a constraint"
                + " of table \"accounts\" in schema \"public\" (declared at V2__more.sql:1)");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void sameIndexAgainOrOtherName_noWarning(Tool tool) throws IOException {
    Result r =
        compile(
            tool,
            flyway(
                "CREATE INDEX IF NOT EXISTS email_idx ON accounts (email);\n"
                    + "CREATE INDEX IF NOT EXISTS users_name_idx ON users (name);\n"));
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void switchedOff_noWarning(Tool tool) throws IOException {
    write("db/V1__init.sql", V1);
    write("db/V2__more.sql", V2_TABLE_AGAIN);
    write("db/V3__more.sql", V2_INDEX_AGAIN + V2_CONSTRAINT_AGAIN);
    write("db/V4__more.sql", "ALTER TABLE users ADD COLUMN team_id int REFERENCES teams;\n");
    Path db = dir.resolve("db");
    Result on = compile(tool, db);
    assertWithMessage("%s", on).that(on.warnings()).hasSize(4);
    Result off = compile(tool, db, "-Asqlcheck.disable=SQLCHECK-005,SQLCHECK-006,SQLCHECK-007");
    assertWithMessage("%s", off).that(off.problems()).isEmpty();
    Result shortForm = compile(tool, db, "-Asqlcheck.disable=005,006,007");
    assertWithMessage("%s", shortForm).that(shortForm.problems()).isEmpty();
  }

  /** The facts behind the warnings, on PostgreSQL 15, migrations run in order. */
  @Test
  void postgres_acceptsEachInSilence() throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("schema_lint_compile");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(V1);
      s.execute(V2_TABLE_AGAIN); // a NOTICE, no error
      assertThat(s.getWarnings().getMessage()).contains("relation \"users\" already exists");
      assertThat(
              one(
                  s,
                  "SELECT count(*) FROM pg_attribute WHERE attname = 'email'"
                      + " AND attrelid = 'users'::regclass"))
          .isEqualTo("0");
      s.execute(V2_INDEX_AGAIN);
      assertThat(one(s, "SELECT tablename FROM pg_indexes WHERE indexname = 'email_idx'"))
          .isEqualTo("accounts");
      s.execute(V2_CONSTRAINT_AGAIN);
      assertThat(one(s, "SELECT count(*) FROM pg_constraint WHERE conname = 'fk_user'"))
          .isEqualTo("2");
      SQLException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              SQLException.class,
              () -> s.execute("ALTER TABLE users ADD COLUMN team_id int REFERENCES teams"));
      assertThat(e.getMessage()).contains("relation \"teams\" does not exist");
    }
  }

  private static String one(Statement s, String query) throws SQLException {
    try (ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
