package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.sources.SchemaSources;
import dev.sqlcheck.sources.SourceSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquibase changes applied to the catalog. The type mappings are the ones migration-notes.md §2
 * records from Liquibase 4.33 on PostgreSQL 15 ({@code information_schema.columns}).
 */
class LiquibaseLoadTest {
  @TempDir Path dir;

  private SchemaLoadResult load(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    SourceSet set = SchemaSources.read(List.of(file));
    assertEquals(List.of(), set.problems());
    return new SchemaLoader(Dialects.postgresql(), new AnalyzerViewColumns())
        .loadSteps(set.steps());
  }

  private static Relation relation(Catalog c, String name) {
    return c.find(null, name).orElseThrow(() -> new AssertionError("no relation " + name));
  }

  private static String describe(Column c) {
    return c.name()
        + " "
        + c.type()
        + (c.notNull() ? " not null" : "")
        + (c.hasDefault() ? " default" : "");
  }

  /**
   * A createTable column of a NOT NULL domain is NOT NULL until {@code ALTER DOMAIN … DROP NOT
   * NULL}; one with its own {@code nullable="false"} stays NOT NULL (PostgreSQL's verdicts are in
   * {@code DomainNotNullMatchesPostgresTest}).
   */
  @Test
  void createTableColumnsOfADomain_followAlterDomain() throws IOException {
    SchemaLoadResult r =
        load(
            "log.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="a">
                <sql>CREATE DOMAIN posint AS int NOT NULL</sql>
                <createTable tableName="counts">
                  <column name="id" type="bigint"/>
                  <column name="n" type="posint"/>
                  <column name="m" type="posint"><constraints nullable="false"/></column>
                </createTable>
              </changeSet>
              <changeSet id="2" author="a">
                <sql>ALTER DOMAIN posint DROP NOT NULL</sql>
              </changeSet>
            </databaseChangeLog>
            """);
    Relation counts = relation(r.catalog(), "counts");
    assertEquals("n integer", describe(counts.column("n").orElseThrow()));
    assertEquals("m integer not null", describe(counts.column("m").orElseThrow()));
  }

  /** A function made by createProcedure is the schema's, with its declared result. */
  @Test
  void createProcedure_definesAFunction() throws IOException {
    SchemaLoadResult r =
        load(
            "log.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="a">
                <createProcedure>
                  CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql
                    AS $$ SELECT lower(t); $$;
                </createProcedure>
              </changeSet>
            </databaseChangeLog>
            """);
    assertEquals(List.of(), r.diagnostics());
    assertTrue(r.catalog().routines().functionResult("slug").isPresent());
  }

  /** A sequence may be read as a table, so its creation, renaming and dropping are followed. */
  @Test
  void sequences_areCreatedRenamedAndDropped() throws IOException {
    SchemaLoadResult r =
        load(
            "log.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="a">
                <createSequence sequenceName="invoice_numbers"/>
                <createSequence sequenceName="old_numbers" startValue="100"/>
                <renameSequence oldSequenceName="old_numbers" newSequenceName="new_numbers"/>
                <dropSequence sequenceName="invoice_numbers"/>
              </changeSet>
            </databaseChangeLog>
            """);
    assertEquals(List.of(), r.diagnostics());
    assertEquals(
        List.of(
            "last_value bigint not null", "log_cnt bigint not null", "is_called boolean not null"),
        relation(r.catalog(), "new_numbers").columns().stream()
            .map(LiquibaseLoadTest::describe)
            .toList());
    assertFalse(r.catalog().find(null, "old_numbers").isPresent());
    assertFalse(r.catalog().find(null, "invoice_numbers").isPresent());
  }

  /**
   * An autoIncrement or serial column owns the sequence PostgreSQL names {@code table_column_seq},
   * which a query may name in {@code nextval}; it goes when its table goes.
   */
  @Test
  void autoIncrementColumns_ownTheirSequences() throws IOException {
    SchemaLoadResult r =
        load(
            "log.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="a">
                <createTable tableName="orders">
                  <column name="id" type="BIGINT" autoIncrement="true"/>
                  <column name="n" type="SERIAL"/>
                </createTable>
                <createTable tableName="plain">
                  <column name="id" type="INT"/>
                </createTable>
                <addAutoIncrement tableName="plain" columnName="id" columnDataType="INT"/>
                <addColumn tableName="plain">
                  <column name="extra" type="BIGSERIAL"/>
                </addColumn>
                <createTable tableName="gone">
                  <column name="id" type="BIGINT" autoIncrement="true"/>
                </createTable>
                <dropTable tableName="gone"/>
              </changeSet>
            </databaseChangeLog>
            """);
    assertEquals(List.of(), r.diagnostics());
    for (String kept :
        List.of("orders_id_seq", "orders_n_seq", "plain_id_seq", "plain_extra_seq")) {
      assertTrue(r.catalog().find(null, kept).isPresent(), kept);
    }
    assertFalse(r.catalog().find(null, "gone_id_seq").isPresent());
  }

  @Test
  void createTable_mapsTypesAsLiquibaseDoesOnPostgres() throws IOException {
    SchemaLoadResult r =
        load(
            "log.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="a">
                <createTable tableName="Things">
                  <column name="id" type="BIGINT" autoIncrement="true">
                    <constraints primaryKey="true"/>
                  </column>
                  <column name="n" type="SERIAL"/>
                  <column name="count" type="INT(11)"/>
                  <column name="at" type="DATETIME"/>
                  <column name="at_tz" type="TIMESTAMP WITH TIME ZONE"/>
                  <column name="doc" type="BLOB"/>
                  <column name="bytes" type="LONGBLOB"/>
                  <column name="body" type="CLOB"/>
                  <column name="name" type="java.sql.Types.VARCHAR(40)">
                    <constraints nullable="false"/>
                  </column>
                  <column name="code" type="NCHAR(3)" defaultValue="abc"/>
                  <column name="price" type="NUMBER(5)"/>
                  <column name="ratio" type="FLOAT(24)"/>
                  <column name="score" type="DOUBLE"/>
                  <column name="flag" type="BOOLEAN" defaultValueBoolean="false"/>
                  <column name="tags" type="text[]"/>
                  <column name="data" type="JSONB"/>
                  <column name="MixedCase" type="UUID"/>
                </createTable>
              </changeSet>
            </databaseChangeLog>
            """);
    assertEquals(List.of(), r.diagnostics());
    // LEGACY quoting keeps a mixed-case name's case: Liquibase writes "Things".
    assertTrue(r.catalog().find(null, "things").isEmpty());
    Relation t = relation(r.catalog(), "Things");
    assertEquals(
        List.of(
            "id bigint not null default",
            "n integer not null default",
            "count integer",
            "at timestamp without time zone",
            "at_tz timestamp with time zone",
            "doc oid",
            "bytes bytea",
            "body text",
            "name character varying not null",
            "code character default",
            "price numeric",
            "ratio real",
            "score double precision",
            "flag boolean default",
            "tags text[]",
            "data jsonb",
            "MixedCase uuid"),
        t.columns().stream().map(LiquibaseLoadTest::describe).toList());
    assertEquals("log.xml:3", t.definedAt().toString());
    assertEquals("log.xml:14", t.column("name").orElseThrow().definedAt().toString());
  }

  @Test
  void renamesAndDrops_keepHistoryWithFileAndLine() throws IOException {
    Files.createDirectories(dir.resolve("changes"));
    Files.writeString(
        dir.resolve("changes/002.yaml"),
        """
        databaseChangeLog:
          - changeSet:
              id: 2
              author: a
              changes:
                - renameColumn:
                    tableName: users
                    oldColumnName: full_name
                    newColumnName: display_name
                - dropColumn:
                    tableName: users
                    columns:
                      - column:
                          name: legacy
                - renameTable:
                    oldTableName: users
                    newTableName: members
        """);
    SchemaLoadResult r =
        load(
            "master.xml",
            """
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
              <changeSet id="1" author="a">
                <createTable tableName="users">
                  <column name="id" type="bigint"/>
                  <column name="full_name" type="varchar(100)"/>
                  <column name="legacy" type="int"/>
                </createTable>
              </changeSet>
              <include file="changes/002.yaml" relativeToChangelogFile="true"/>
            </databaseChangeLog>
            """);
    Catalog c = r.catalog();
    Relation members = relation(c, "members");
    assertEquals(
        List.of("id", "display_name"), members.columns().stream().map(Column::name).toList());
    assertEquals(
        "changes/002.yaml:6", c.columnHistory(members, "full_name").orElseThrow().at().toString());
    assertEquals(
        "changes/002.yaml:10", c.columnHistory(members, "legacy").orElseThrow().at().toString());
    assertEquals(
        "changes/002.yaml:15", c.relationHistory(null, "users").orElseThrow().at().toString());
  }

  @Test
  void columnChanges_andViewsFromTheirQuery() throws IOException {
    SchemaLoadResult r =
        load(
            "log.yaml",
            """
            databaseChangeLog:
              - changeSet:
                  id: 1
                  author: a
                  changes:
                    - createTable:
                        tableName: books
                        columns:
                          - column: {name: id, type: int}
                          - column: {name: title, type: varchar(20)}
                          - column: {name: year, type: smallint, defaultValueNumeric: 0}
                    - modifyDataType: {tableName: books, columnName: title, newDataType: TEXT}
                    - addNotNullConstraint: {tableName: books, columnName: title}
                    - dropDefaultValue: {tableName: books, columnName: year}
                    - addPrimaryKey: {tableName: books, columnNames: "id"}
                    - addColumn:
                        tableName: books
                        columns:
                          - column:
                              name: isbn
                              type: char(13)
                              constraints: {nullable: false, unique: true}
                    - createView:
                        viewName: titles
                        selectQuery: SELECT id, upper(title) AS title FROM books
                    - createIndex: {tableName: books, columns: [{column: {name: title}}]}
            """);
    assertEquals(List.of(), r.diagnostics());
    Relation books = relation(r.catalog(), "books");
    assertEquals(
        List.of(
            "id integer not null",
            "title text not null",
            "year smallint",
            "isbn character not null"),
        books.columns().stream().map(LiquibaseLoadTest::describe).toList());
    Relation titles = relation(r.catalog(), "titles");
    assertTrue(titles.columnsKnown());
    assertEquals(
        List.of("id integer", "title text"),
        titles.columns().stream().map(c -> c.name() + " " + c.type()).toList());
  }

  @Test
  void sqlChangesAndFormattedSql_areLocatedInTheirFile() throws IOException {
    SchemaLoadResult r =
        load(
            "log.sql",
            """
            --liquibase formatted sql

            --changeset a:1
            CREATE TABLE users (id int, full_name text);

            --changeset a:2
            ALTER TABLE users RENAME COLUMN full_name TO display_name;
            """);
    Relation users = relation(r.catalog(), "users");
    assertEquals("log.sql:4", users.definedAt().toString());
    assertEquals(
        "log.sql:7", r.catalog().columnHistory(users, "full_name").orElseThrow().at().toString());
  }

  @Test
  void unmodelledChangeOnATable_makesItsColumnsUnknownWithAWarning() throws IOException {
    SchemaLoadResult r =
        load(
            "log.xml",
            """
            <databaseChangeLog>
              <changeSet id="1" author="a">
                <createTable tableName="t"><column name="a" type="int"/></createTable>
                <mergeColumns tableName="t" column1Name="a" column2Name="b" finalColumnName="c"
                    finalColumnType="text" joinString=" "/>
                <customChange class="com.example.Fix"/>
              </changeSet>
            </databaseChangeLog>
            """);
    assertFalse(relation(r.catalog(), "t").columnsKnown());
    assertEquals(2, r.diagnostics().size(), r.diagnostics().toString());
    assertTrue(r.diagnostics().get(0).toString().contains("log.xml:4: [SQLCHECK-002]"));
    assertTrue(r.diagnostics().get(1).toString().contains("[SQLCHECK-010]"));
  }
}
