package dev.sqlcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquibase changelogs: formats, include order, sqlFile, dbms, properties and the lines that
 * history messages will name.
 */
class ChangelogsTest {
  @TempDir Path dir;

  private Path write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static String describe(SchemaStep step) {
    return step instanceof ChangeNode c
        ? c.type() + "@" + c.file() + ":" + c.line()
        : "sql@" + step.file() + ":" + step.line();
  }

  @Test
  void xmlChangelog_followsIncludesInOrder_withLinesOfTheChanges() throws IOException {
    Path master =
        write(
            "resources/db/changelog/master.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <include file="db/changelog/changes/001-users.xml"/>
              <include file="changes/002.yaml" relativeToChangelogFile="true"/>
              <includeAll path="more/" relativeToChangelogFile="true"/>
            </databaseChangeLog>
            """);
    write(
        "resources/db/changelog/changes/001-users.xml",
        """
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="1" author="a">
            <comment>users</comment>
            <createTable
                tableName="users">
              <column name="id" type="BIGINT">
                <constraints primaryKey="true"/>
              </column>
            </createTable>
            <rollback><dropTable tableName="users"/></rollback>
          </changeSet>
        </databaseChangeLog>
        """);
    write(
        "resources/db/changelog/changes/002.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: 2
              author: a
              changes:
                - renameColumn:
                    tableName: users
                    oldColumnName: id
                    newColumnName: user_id
        """);
    write("resources/db/changelog/more/b.json", "{\"databaseChangeLog\": []}");
    write("resources/db/changelog/more/10-x.sql", "CREATE TABLE ten (id int);");
    write("resources/db/changelog/more/2-x.sql", "CREATE TABLE two (id int);");
    write("resources/db/changelog/more/notes.txt", "no");
    SourceSet set = SchemaSources.read(List.of(master));
    assertEquals(
        List.of(
            "createTable@changes/001-users.xml:4",
            "renameColumn@changes/002.yaml:6",
            "sql@more/10-x.sql:1",
            "sql@more/2-x.sql:1"),
        set.steps().stream().map(ChangelogsTest::describe).toList());
    ChangeNode create = (ChangeNode) set.steps().get(0);
    ChangeNode id = create.children("column").get(0);
    assertEquals(6, id.line());
    assertTrue(id.child("constraints").orElseThrow().isTrue("primaryKey"));
    assertEquals(6, set.files().size(), set.files().toString());
    assertEquals(1, set.problems().size(), set.problems().toString()); // notes.txt skipped
    assertEquals(SourceProblem.Kind.SKIPPED, set.problems().get(0).kind());
  }

  @Test
  void sqlAndSqlFile_becomeScriptsInTheirOwnFileAndLine() throws IOException {
    Path master =
        write(
            "log.xml",
            """
            <databaseChangeLog>
              <property name="schema" value="app"/>
              <changeSet id="1" author="a">
                <sql splitStatements="false">
                  CREATE TABLE ${schema}.t (id int);
                </sql>
                <sqlFile path="sql/v.sql" relativeToChangelogFile="true" endDelimiter="GO"/>
              </changeSet>
            </databaseChangeLog>
            """);
    write("sql/v.sql", "CREATE VIEW v AS SELECT 1 GO");
    SourceSet set = SchemaSources.read(List.of(master));
    SqlScript sql = (SqlScript) set.steps().get(0);
    assertEquals(4, sql.line());
    assertTrue(sql.text().contains("CREATE TABLE app.t"), sql.text());
    assertEquals(false, sql.split());
    SqlScript file = (SqlScript) set.steps().get(1);
    assertEquals("sql/v.sql", file.file());
    assertEquals("GO", file.delimiter());
  }

  /**
   * {@code createProcedure} sends its text (or its file) to the database as one statement, as
   * Liquibase does: a function definition is read like one in a SQL file, so its calls are checked.
   */
  @Test
  void createProcedure_becomesOneUnsplitScript_inlineInYamlOrFromAFile() throws IOException {
    Path master =
        write(
            "log.yaml",
            """
            databaseChangeLog:
              - changeSet:
                  id: 1
                  author: a
                  changes:
                    - createProcedure:
                        procedureText: |
                          CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1; SELECT 1';
                    - createProcedure:
                        path: sql/two.sql
                        relativeToChangelogFile: true
            """);
    write("sql/two.sql", "CREATE FUNCTION two() RETURNS int LANGUAGE sql AS 'SELECT 2; SELECT 2';");
    SourceSet set = SchemaSources.read(List.of(master));
    assertEquals(List.of(), set.problems());
    SqlScript inline = (SqlScript) set.steps().get(0);
    assertTrue(inline.text().contains("CREATE FUNCTION one()"), inline.text());
    assertEquals(false, inline.split());
    SqlScript file = (SqlScript) set.steps().get(1);
    assertEquals("sql/two.sql", file.file());
    assertEquals(false, file.split());
  }

  @Test
  void dbms_skipsOtherDatabases_andWarnsOnPostgresMisspelt() throws IOException {
    Path master =
        write(
            "log.yaml",
            """
            databaseChangeLog:
              - changeSet:
                  id: 1
                  author: a
                  dbms: mysql
                  changes:
                    - dropTable: {tableName: a}
              - changeSet:
                  id: 2
                  author: a
                  dbms: postgres
                  changes:
                    - dropTable: {tableName: b}
              - changeSet:
                  id: 3
                  author: a
                  dbms: "!mysql, postgresql"
                  changes:
                    - dropTable: {tableName: c}
                    - sql:
                        dbms: h2
                        sql: DROP TABLE d
            """);
    SourceSet set = SchemaSources.read(List.of(master));
    assertEquals(
        List.of("c"),
        set.steps().stream().map(s -> ((ChangeNode) s).attribute("tableName")).toList());
    assertEquals(1, set.problems().size());
    assertTrue(set.problems().get(0).message().contains("\"postgres\""));
    assertEquals(8, set.problems().get(0).line()); // the changeSet
  }

  @Test
  void formattedSql_dropsTextBeforeTheFirstChangeset_andRollbackLines() throws IOException {
    Path log =
        write(
            "log.sql",
            """
            --liquibase formatted sql
            CREATE TABLE never (id int);
            --changeset a:1
            CREATE TABLE users (id int, full_name text);
            --rollback DROP TABLE users;
            --changeset a:2 dbms:mysql
            CREATE TABLE mysql_only (id int);
            --changeset a:3
            --comment: rename
            ALTER TABLE users RENAME COLUMN full_name TO display_name;
            """);
    SourceSet set = SchemaSources.read(List.of(log));
    assertEquals(2, set.steps().size());
    SqlScript first = (SqlScript) set.steps().get(0);
    assertEquals(4, first.line());
    assertTrue(first.text().startsWith("CREATE TABLE users"));
    assertTrue(!first.text().contains("DROP"), first.text());
    SqlScript third = (SqlScript) set.steps().get(1);
    assertEquals(9, third.line());
    assertTrue(third.text().startsWith("\nALTER"), third.text());
  }

  @Test
  void brokenSources_areErrors_neverAnEmptySchema() throws IOException {
    Path bad = write("bad.xml", "<databaseChangeLog><changeSet id='1'>");
    Path missing =
        write("missing.yaml", "databaseChangeLog:\n  - include:\n      file: nowhere.xml\n");
    Path twice =
        write(
            "twice.xml",
            """
            <databaseChangeLog>
              <include file="bad.xml" relativeToChangelogFile="true"/>
              <include file="bad.xml" relativeToChangelogFile="true"/>
            </databaseChangeLog>
            """);
    assertEquals(
        SourceProblem.Kind.INVALID, SchemaSources.read(List.of(bad)).problems().get(0).kind());
    SourceProblem notFound = SchemaSources.read(List.of(missing)).problems().get(0);
    assertEquals(SourceProblem.Kind.MISSING, notFound.kind());
    assertEquals(2, notFound.line()); // the include
    assertTrue(notFound.message().contains("nowhere.xml"));
    assertTrue(
        SchemaSources.read(List.of(twice)).problems().stream()
            .anyMatch(p -> p.message().contains("included twice")));
    assertNull(FormattedSql.isFormatted("CREATE TABLE x (id int);") ? "formatted" : null);
  }
}
