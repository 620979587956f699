package dev.sqlcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations of a source set: Flyway versioned files and Liquibase changesets, each a range of
 * steps, so the newest one can be told apart from the schema before it.
 */
class MigrationsTest {
  @TempDir Path dir;

  private Path write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void flywayFolder_eachVersionedFileIsOneMigration_repeatablesAreNone() throws IOException {
    write("V1__init.sql", "CREATE TABLE t (id int);");
    write("sub/V2__more.sql", "ALTER TABLE t ADD COLUMN x int;");
    write("R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT id FROM t;");
    SourceSet set = SchemaSources.read(List.of(dir));
    assertEquals(
        List.of(new Migration("V1__init.sql", 0, 1), new Migration("sub/V2__more.sql", 1, 2)),
        set.migrations());
    assertEquals(3, set.steps().size());
  }

  @Test
  void xmlChangelog_eachChangeSetIsOneMigration_emptyOnesLeftOut() throws IOException {
    Path master =
        write(
            "master.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="ann">
                <createTable tableName="t"><column name="id" type="int"/></createTable>
                <addColumn tableName="t"><column name="x" type="int"/></addColumn>
              </changeSet>
              <changeSet id="skip" author="ann" dbms="oracle">
                <dropTable tableName="t"/>
              </changeSet>
              <changeSet id="2" author="bob">
                <renameColumn tableName="t" oldColumnName="x" newColumnName="y"/>
              </changeSet>
            </databaseChangeLog>
            """);
    SourceSet set = SchemaSources.read(List.of(master));
    assertEquals(
        List.of(
            new Migration("master.xml::1::ann", 0, 2), new Migration("master.xml::2::bob", 2, 3)),
        set.migrations());
  }

  @Test
  void yamlAndFormattedSql_changeSetsAreMigrations() throws IOException {
    write(
        "changes.sql",
        """
        --liquibase formatted sql
        --changeset ann:10
        CREATE TABLE t (id int);
        --changeset bob:11
        ALTER TABLE t RENAME COLUMN id TO t_id;
        """);
    Path master =
        write(
            "master.yaml",
            """
            databaseChangeLog:
              - changeSet:
                  id: a
                  author: cy
                  changes:
                    - createTable:
                        tableName: u
                        columns:
                          - column: {name: id, type: int}
              - include:
                  file: changes.sql
                  relativeToChangelogFile: true
            """);
    SourceSet set = SchemaSources.read(List.of(master));
    assertEquals(
        List.of(
            new Migration("master.yaml::a::cy", 0, 1),
            new Migration("changes.sql::10::ann", 1, 2),
            new Migration("changes.sql::11::bob", 2, 3)),
        set.migrations());
  }

  @Test
  void plainSqlFile_hasNoMigrations() throws IOException {
    SourceSet set = SchemaSources.read(List.of(write("schema.sql", "CREATE TABLE t (id int);")));
    assertEquals(List.of(), set.migrations());
  }
}
