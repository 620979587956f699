package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.testing.TestDatabases;
import dev.sqlcheck.sources.SchemaSources;
import dev.sqlcheck.sources.SourceSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle for the Liquibase reader: Liquibase 4.33 itself applies a changelog (XML master, a
 * YAML include, a formatted-SQL include and an sqlFile) to a fresh PostgreSQL database, and the
 * catalog sqlcheck builds from the same files must equal {@code pg_attribute}: relations, column
 * names and order, types, NOT NULL and defaults.
 */
class LiquibaseMatchesPostgresTest {
  @TempDir Path dir;

  static final String XML_HEADER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <databaseChangeLog
          xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
              http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
      """;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Applies {@code dir/master.xml} to the database at {@code url} with Liquibase itself. */
  static void update(Path dir, String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      Database database =
          DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      try (Liquibase liquibase =
          new Liquibase("master.xml", new DirectoryResourceAccessor(dir), database)) {
        liquibase.update("");
      }
    }
  }

  @Test
  void changelogAppliedByLiquibase_matchesPgCatalog() throws Exception {
    write(
        "master.xml",
        XML_HEADER
            + """
              <changeSet id="1" author="t">
                <createTable tableName="things">
                  <column name="id" type="BIGINT" autoIncrement="true">
                    <constraints primaryKey="true"/>
                  </column>
                  <column name="n" type="SERIAL"/>
                  <column name="small" type="SMALLSERIAL"/>
                  <column name="count" type="INT(11)"/>
                  <column name="tiny" type="TINYINT"/>
                  <column name="at" type="DATETIME"/>
                  <column name="at_tz" type="TIMESTAMP WITH TIME ZONE"/>
                  <column name="day" type="DATE"/>
                  <column name="doc" type="BLOB"/>
                  <column name="bytes" type="LONGBLOB"/>
                  <column name="body" type="CLOB"/>
                  <column name="name" type="java.sql.Types.VARCHAR(40)">
                    <constraints nullable="false"/>
                  </column>
                  <column name="label" type="NVARCHAR(20)" defaultValue="x"/>
                  <column name="code" type="NCHAR(3)"/>
                  <column name="price" type="NUMBER(5)"/>
                  <column name="amount" type="DECIMAL(10,2)" defaultValueNumeric="0"/>
                  <column name="cash" type="CURRENCY"/>
                  <column name="ratio" type="FLOAT(24)"/>
                  <column name="score" type="DOUBLE"/>
                  <column name="flag" type="BOOLEAN" defaultValueBoolean="false"/>
                  <column name="bits" type="BIT"/>
                  <column name="tags" type="text[]"/>
                  <column name="data" type="JSONB"/>
                  <column name="token" type="UUID"/>
                  <column name="Mixed" type="TEXT"/>
                  <column name="created" type="TIMESTAMP" defaultValueComputed="now()"/>
                </createTable>
                <createTable tableName="users">
                  <column name="id" type="BIGINT"/>
                  <column name="full_name" type="VARCHAR(100)"/>
                  <column name="legacy" type="INT"/>
                  <column name="email" type="VARCHAR(200)" defaultValue="none"/>
                </createTable>
              </changeSet>
              <include file="changes/002.yaml" relativeToChangelogFile="true"/>
              <include file="changes/003.sql" relativeToChangelogFile="true"/>
              <changeSet id="4" author="t">
                <sqlFile path="changes/004.sql" relativeToChangelogFile="true"/>
                <createView viewName="member_names">SELECT id, display_name FROM members</createView>
              </changeSet>
            </databaseChangeLog>
            """);
    write(
        "changes/002.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: 2
              author: t
              changes:
                - renameColumn:
                    tableName: users
                    oldColumnName: full_name
                    newColumnName: display_name
                    columnDataType: VARCHAR(100)
                - dropColumn: {tableName: users, columnName: legacy}
                - addColumn:
                    tableName: users
                    columns:
                      - column: {name: age, type: SMALLINT}
                      - column: {name: joined, type: DATETIME, defaultValueComputed: now()}
                - modifyDataType: {tableName: users, columnName: age, newDataType: INT}
                - addNotNullConstraint: {tableName: users, columnName: display_name}
                - dropDefaultValue: {tableName: users, columnName: email}
                - addDefaultValue: {tableName: users, columnName: age, defaultValueNumeric: 18}
                - addPrimaryKey: {tableName: users, columnNames: id}
                - renameTable: {oldTableName: users, newTableName: members}
          - changeSet:
              id: 2b
              author: t
              dbms: mysql
              changes:
                - dropTable: {tableName: things}
        """);
    write(
        "changes/003.sql",
        """
        --liquibase formatted sql

        --changeset t:3
        CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY, note text NOT NULL);
        --rollback DROP TABLE audit;

        --changeset t:3b
        ALTER TABLE audit ADD COLUMN at timestamptz DEFAULT now();
        """);
    write(
        "changes/004.sql",
        "CREATE TYPE mood AS ENUM ('happy', 'sad');\nALTER TABLE members ADD COLUMN mood mood;\n");

    String url = TestDatabases.freshPostgresDatabase("liquibase_oracle");
    Map<String, List<String>> expected;
    try {
      update(dir, url);
      expected = SchemaMatchesPostgresTest.describe(url);
    } finally {
      SchemaMatchesPostgresTest.dropDatabase(url);
    }
    expected.remove("public.databasechangelog");
    expected.remove("public.databasechangeloglock");
    assertEquals(
        List.of(
            "public.audit",
            "public.audit_id_seq",
            "public.member_names",
            "public.members",
            "public.things",
            "public.things_id_seq",
            "public.things_n_seq",
            "public.things_small_seq"),
        List.copyOf(expected.keySet()));
    assertEquals(26, expected.get("public.things").size());

    SourceSet set = SchemaSources.read(List.of(dir.resolve("master.xml")));
    assertEquals(List.of(), set.problems());
    SchemaLoadResult loaded =
        new SchemaLoader(Dialects.postgresql(), new AnalyzerViewColumns()).loadSteps(set.steps());
    assertEquals(List.of(), loaded.diagnostics());
    assertEquals(expected, SchemaMatchesPostgresTest.describe(loaded.catalog()));
  }
}
