package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema sources you can trust, under javac and ecj: Flyway trees and Liquibase changelogs are read
 * whole, with history naming the right file and line; broken or misconfigured sources are errors,
 * never a partial or empty schema.
 */
class SchemaSourcesCompileTest {
  @TempDir Path dir;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface UserRepository {
        @Query("SELECT full_name FROM users WHERE id = :id")
        List<String> names(long id);

        @Query("SELECT id FROM users")
        List<Long> ids();
      }
      """;

  private Path write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static Result compile(Tool tool, Path schema, String... options) {
    CompileHarness h =
        new CompileHarness()
            .source("com.example.UserRepository", REPO)
            .option("-Asqlcheck.schema=" + schema);
    for (String o : options) {
      h.option(o);
    }
    return h.compile(tool);
  }

  /** The single 201 on full_name, whose note says where it was renamed. */
  private static void assertRenamedAt(Result r, String where) {
    List<Diag> errors = r.errors();
    assertWithMessage("%s", r).that(errors).hasSize(1);
    Diag e = errors.get(0);
    assertThat(e.message()).contains("[SQLCHECK-201]");
    assertThat(e.file()).isEqualTo("UserRepository.java");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.message()).contains("renamed to \"display_name\" at " + where);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void flywayMigrationInASubfolder_isApplied(Tool tool) throws IOException {
    write("db/migration/V1__init.sql", "CREATE TABLE users (id bigint, full_name text);\n");
    write(
        "db/migration/release2/V2__rename.sql",
        "-- rename\nALTER TABLE users RENAME COLUMN full_name TO display_name;\n");
    assertRenamedAt(compile(tool, dir.resolve("db/migration")), "release2/V2__rename.sql:2");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void flywayPlaceholders_takeTheValuesFlywayIsGiven(Tool tool) throws IOException {
    write(
        "db/migration/V1__init.sql",
        "CREATE TABLE ${schema}.users (id bigint, full_name text);\n"
            + "GRANT SELECT ON ${schema}.users TO ${reader};\n");
    write(
        "db/migration/V2__rename.sql",
        "-- rename\nALTER TABLE ${flyway:defaultSchema}.users RENAME full_name TO display_name;\n");
    assertRenamedAt(
        compile(
            tool, dir.resolve("db/migration"), "-Asqlcheck.placeholders=schema=public,reader=r"),
        "V2__rename.sql:2");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aFlywayPlaceholderWithoutValue_isAWarningThatSaysHowToGiveIt(Tool tool) throws IOException {
    write(
        "db/migration/V1__init.sql", "CREATE TABLE ${schema}.users (id bigint, full_name text);\n");
    Result r = compile(tool, dir.resolve("db/migration"));
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    Diag first = r.warnings().get(0);
    assertThat(first.message()).contains("[SQLCHECK-010]");
    assertThat(first.message())
        .contains("V1__init.sql:1: Flyway placeholder ${schema} has no value here");
    assertThat(first.message()).contains("-Asqlcheck.placeholders=schema=...");
    assertThat(first.file()).isEqualTo("UserRepository.java");
    assertThat(first.line()).isEqualTo(5);
    // the table is not modelled: both queries warn, neither passes in silence
    assertThat(r.warnings().stream().filter(w -> w.message().contains("[SQLCHECK-207]")).count())
        .isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void flywayDuplicateVersion_isAnError(Tool tool) throws IOException {
    write("db/migration/V1__init.sql", "CREATE TABLE users (id bigint, full_name text);\n");
    write("db/migration/sub/V1_0__again.sql", "CREATE TABLE other (id int);\n");
    Result r = compile(tool, dir.resolve("db/migration"));
    Diag e = RepositoryShapeTest.only(r.errors(), r);
    assertThat(e.message()).contains("[SQLCHECK-009]");
    assertThat(e.message()).contains("V1__init.sql, sub/V1_0__again.sql");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void liquibaseXmlMaster_includesYamlRename_historyNamesTheYamlLine(Tool tool) throws IOException {
    Path master =
        write(
            "db/changelog/db.changelog-master.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog
                xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                    http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
              <changeSet id="1" author="payments">
                <createTable tableName="users">
                  <column name="id" type="BIGINT"><constraints primaryKey="true"/></column>
                  <column name="full_name" type="VARCHAR(100)"/>
                </createTable>
              </changeSet>
              <include file="changes/002-rename.yaml" relativeToChangelogFile="true"/>
            </databaseChangeLog>
            """);
    write(
        "db/changelog/changes/002-rename.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: 2
              author: payments
              changes:
                - renameColumn:
                    tableName: users
                    oldColumnName: full_name
                    newColumnName: display_name
        """);
    assertRenamedAt(compile(tool, master), "changes/002-rename.yaml:6");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void liquibaseJsonMaster_includesXmlRename_historyNamesTheXmlLine(Tool tool) throws IOException {
    Path master =
        write(
            "db/changelog/master.json",
            """
            {"databaseChangeLog": [
              {"changeSet": {"id": "1", "author": "payments", "changes": [
                {"createTable": {"tableName": "users", "columns": [
                  {"column": {"name": "id", "type": "BIGINT"}},
                  {"column": {"name": "full_name", "type": "TEXT"}}]}}]}},
              {"include": {"file": "changes/002.xml", "relativeToChangelogFile": true}}
            ]}
            """);
    write(
        "db/changelog/changes/002.xml",
        """
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="2" author="payments">
            <comment>display names</comment>
            <renameColumn tableName="users"
                oldColumnName="full_name" newColumnName="display_name"/>
          </changeSet>
        </databaseChangeLog>
        """);
    assertRenamedAt(compile(tool, master), "changes/002.xml:4"); // where the tag starts
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void liquibaseYamlWithSqlFiles_isApplied(Tool tool) throws IOException {
    Path master =
        write(
            "changelog.yaml",
            """
            databaseChangeLog:
              - changeSet:
                  id: ddl
                  author: payments
                  changes:
                    - sqlFile:
                        path: sql/001-users.sql
                        relativeToChangelogFile: true
                    - sqlFile:
                        path: sql/002-rename.sql
                        relativeToChangelogFile: true
            """);
    write("sql/001-users.sql", "CREATE TABLE users (id bigint, full_name text);\n");
    write(
        "sql/002-rename.sql",
        "GRANT SELECT ON users TO reporting;\n"
            + "ALTER TABLE users RENAME COLUMN full_name TO display_name;\n");
    assertRenamedAt(compile(tool, master), "sql/002-rename.sql:2");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void liquibaseFormattedSql_renameNamesItsLine(Tool tool) throws IOException {
    Path log =
        write(
            "changelog.sql",
            """
            --liquibase formatted sql

            --changeset payments:1
            CREATE TABLE users (id bigint, full_name text);
            --rollback DROP TABLE users;

            --changeset payments:2
            ALTER TABLE users RENAME COLUMN full_name TO display_name;
            """);
    assertRenamedAt(compile(tool, log), "changelog.sql:8");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void unreadableChangelog_isAnError_notAnEmptySchema(Tool tool) throws IOException {
    Path master =
        write(
            "master.xml",
            """
            <databaseChangeLog>
              <include file="changes/missing.xml" relativeToChangelogFile="true"/>
            </databaseChangeLog>
            """);
    Result r = compile(tool, master);
    Diag e = RepositoryShapeTest.only(r.errors(), r);
    assertThat(e.message()).contains("[SQLCHECK-001]");
    assertThat(e.message()).contains("master.xml:2");
    assertThat(e.message()).contains("changes/missing.xml");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void folderOfChangelogs_isAnErrorAskingForTheMaster(Tool tool) throws IOException {
    write("changelog/001.xml", "<databaseChangeLog/>");
    write("changelog/002.xml", "<databaseChangeLog/>");
    Result r = compile(tool, dir.resolve("changelog"));
    Diag e = RepositoryShapeTest.only(r.errors(), r);
    assertThat(e.message()).contains("[SQLCHECK-009]");
    assertThat(e.message()).contains("master changelog");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void schemaWithoutRelations_isOneErrorNotOnePerQuery(Tool tool) throws IOException {
    Path empty = write("empty.sql", "-- nothing yet\nCREATE EXTENSION IF NOT EXISTS pgcrypto;\n");
    Result r = compile(tool, empty);
    Diag e = RepositoryShapeTest.only(r.errors(), r);
    assertThat(e.message()).contains("[SQLCHECK-001]");
    assertThat(e.message()).contains("defines no table or view");
    assertThat(e.message()).contains(empty.toString());
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void misspeltOption_isAnErrorWithTheRightName(Tool tool) throws IOException {
    Path schema = write("schema.sql", "CREATE TABLE users (id bigint, full_name text);\n");
    Result r = compile(tool, schema, "-Asqlcheck.shema=" + schema);
    Diag e = RepositoryShapeTest.only(r.errors(), r);
    assertThat(e.message()).contains("[SQLCHECK-003]");
    assertThat(e.message()).contains("-Asqlcheck.shema");
    assertThat(e.message()).contains("did you mean -Asqlcheck.schema?");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void successfulBuild_printsOneSummaryNote(Tool tool) throws IOException {
    Path schema = write("schema.sql", "CREATE TABLE users (id bigint, full_name text);\n");
    Result r = compile(tool, schema);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> notes =
        r.diagnostics().stream().filter(d -> d.message().startsWith("sqlcheck: ")).toList();
    assertWithMessage("%s", r).that(notes).hasSize(1);
    assertThat(notes.get(0).kind()).isEqualTo(javax.tools.Diagnostic.Kind.NOTE);
    assertThat(notes.get(0).message())
        .isEqualTo(
            "sqlcheck: 2 queries checked against " + schema + " (1 relation); 0 not fully checked");
  }
}
