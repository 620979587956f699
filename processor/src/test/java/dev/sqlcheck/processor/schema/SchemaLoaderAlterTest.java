package dev.sqlcheck.processor.schema;

import static dev.sqlcheck.processor.schema.SchemaLoaderTest.column;
import static dev.sqlcheck.processor.schema.SchemaLoaderTest.load;
import static dev.sqlcheck.processor.schema.SchemaLoaderTest.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ALTER TABLE, ALTER VIEW, DROP and views: how later statements change the catalog. */
class SchemaLoaderAlterTest {
  private static List<String> names(Relation r) {
    return r.columns().stream().map(Column::name).toList();
  }

  @Test
  void addAndDropColumns_inOneStatement() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE t (a int, b int, c int);
            ALTER TABLE IF EXISTS ONLY public.t
              ADD COLUMN IF NOT EXISTS d text NOT NULL DEFAULT '',
              ADD e int,
              ADD COLUMN IF NOT EXISTS a int,
              DROP COLUMN IF EXISTS b,
              DROP c;
            """);
    assertEquals(List.of("a", "d", "e"), names(table(r, "t")));
    assertTrue(column(r, "t", "d").notNull());
    assertTrue(column(r, "t", "d").hasDefault());
    HistoryEvent dropped = r.catalog().columnHistory(table(r, "t"), "b").orElseThrow();
    assertEquals(HistoryEvent.Type.DROPPED, dropped.type());
    assertEquals(new SourceLocation("schema.sql", 2), dropped.at());
  }

  @Test
  void renameColumn_recordsHistory() {
    SchemaLoadResult r =
        load(
            "CREATE TABLE users (full_name text);\n\n"
                + "ALTER TABLE users RENAME COLUMN full_name TO display_name;\n"
                + "ALTER TABLE users RENAME display_name TO shown;");
    assertEquals(List.of("shown"), names(table(r, "users")));
    HistoryEvent e = r.catalog().columnHistory(table(r, "users"), "full_name").orElseThrow();
    assertEquals(
        new HistoryEvent(
            HistoryEvent.Type.RENAMED,
            "full_name",
            "display_name",
            new SourceLocation("schema.sql", 3)),
        e);
  }

  @Test
  void renameTableAfterColumnRename_keepsColumnHistory() {
    SchemaLoadResult r =
        load(
            "CREATE TABLE person (full_name text);\n"
                + "ALTER TABLE person RENAME COLUMN full_name TO name;\n"
                + "ALTER TABLE person RENAME TO people;");
    HistoryEvent e = r.catalog().columnHistory(table(r, "people"), "full_name").orElseThrow();
    assertEquals("name", e.newName());
  }

  @Test
  void keywordNamedColumns_surviveAlterActions() {
    SchemaLoadResult r =
        load(
            "CREATE TABLE t (settings jsonb);\n"
                + "ALTER TABLE t RENAME COLUMN settings TO script;\n"
                + "ALTER TABLE t ADD COLUMN year int, ALTER COLUMN script SET NOT NULL;");
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    assertEquals(List.of("script", "year"), names(table(r, "t")));
    assertTrue(column(r, "t", "script").notNull());
  }

  @Test
  void renameTable_recordsHistoryAndMovesColumns() {
    SchemaLoadResult r =
        load("CREATE TABLE person (id int);\nALTER TABLE person RENAME TO people;");
    assertTrue(r.catalog().find(null, "person").isEmpty());
    assertEquals(List.of("id"), names(table(r, "people")));
    HistoryEvent e = r.catalog().relationHistory(null, "person").orElseThrow();
    assertEquals(HistoryEvent.Type.RENAMED, e.type());
    assertEquals("people", e.newName());
  }

  @Test
  void alterColumn_typeNotNullAndDefault() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE t (a int, b int NOT NULL DEFAULT 1, c varchar(3), d int);
            ALTER TABLE t ALTER COLUMN a TYPE bigint, ALTER COLUMN a SET NOT NULL;
            ALTER TABLE t ALTER b DROP NOT NULL, ALTER COLUMN b DROP DEFAULT;
            ALTER TABLE t ALTER COLUMN c SET DATA TYPE text USING c::text;
            ALTER TABLE ONLY t ALTER COLUMN d SET DEFAULT nextval('t_d_seq'::regclass);
            ALTER TABLE t ALTER COLUMN d SET STATISTICS 100, ALTER COLUMN d SET STORAGE PLAIN;
            """);
    assertEquals(SqlType.of("bigint"), column(r, "t", "a").type());
    assertTrue(column(r, "t", "a").notNull());
    assertFalse(column(r, "t", "b").notNull());
    assertFalse(column(r, "t", "b").hasDefault());
    assertEquals(SqlType.of("text"), column(r, "t", "c").type());
    assertTrue(column(r, "t", "d").hasDefault());
    assertEquals(SqlType.of("integer"), column(r, "t", "d").type());
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    assertEquals(1, r.stats().skipped());
  }

  @Test
  void addPrimaryKeyAndIdentity_makeColumnsNotNull() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE t (id int, other int, k int);
            ALTER TABLE ONLY t ADD CONSTRAINT t_pkey PRIMARY KEY (id, k);
            ALTER TABLE t ALTER COLUMN other ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME s);
            """);
    assertTrue(column(r, "t", "id").notNull());
    assertTrue(column(r, "t", "k").notNull());
    assertTrue(column(r, "t", "other").notNull());
    assertTrue(column(r, "t", "other").hasDefault());
  }

  @Test
  void constraintOwnerAndTriggerForms_areSkipped() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE t (id int, o int);
            ALTER TABLE t OWNER TO postgres;
            ALTER TABLE ONLY t ADD CONSTRAINT fk FOREIGN KEY (o) REFERENCES t(id);
            ALTER TABLE t ENABLE TRIGGER ALL;
            ALTER TABLE t DROP CONSTRAINT fk, VALIDATE CONSTRAINT x;
            ALTER TABLE t RENAME CONSTRAINT a TO b;
            ALTER TABLE ONLY t REPLICA IDENTITY FULL;
            ALTER TABLE p ATTACH PARTITION t FOR VALUES IN (1);
            """);
    assertEquals(7, r.stats().skipped());
    assertEquals(List.of("id", "o"), names(table(r, "t")));
  }

  @Test
  void setSchema_movesTheTable() {
    SchemaLoadResult r =
        load("CREATE SCHEMA archive;\nCREATE TABLE t (x int);\nALTER TABLE t SET SCHEMA archive;");
    assertTrue(r.catalog().find("public", "t").isEmpty());
    assertTrue(r.catalog().find("archive", "t").isPresent());
  }

  @Test
  void alterUnknownTable_warnsWithoutFailing() {
    SchemaLoadResult r =
        load("ALTER TABLE ghost ADD COLUMN x int;\nALTER TABLE IF EXISTS ghost2 ADD COLUMN x int;");
    assertEquals(1, r.diagnostics().size());
    assertEquals(ProblemCode.SCHEMA_STATEMENT_INVALID, r.diagnostics().get(0).code());
    assertTrue(r.diagnostics().get(0).message().contains("\"ghost\""));
  }

  @Test
  void alterPostgresRefuses_changesNothing_andMakesColumnsUnknown() {
    SchemaLoadResult r =
        load(
            "CREATE TABLE t (a int);\n"
                + "ALTER TABLE t ADD COLUMN b int, ADD COLUMN c int ))) broken;");
    Relation t = table(r, "t");
    assertFalse(t.columnsKnown());
    assertTrue(t.column("b").isEmpty()); // PostgreSQL applies none of the actions
    assertEquals(ProblemCode.SCHEMA_STATEMENT_NOT_PARSED, r.diagnostics().get(0).code());
    assertEquals(new SourceLocation("schema.sql", 2), r.diagnostics().get(0).location());
  }

  @Test
  void dropTablesAndViews_recordHistory() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE a (x int);
            CREATE TABLE b (x int);
            CREATE VIEW v AS SELECT x FROM a;
            CREATE MATERIALIZED VIEW m AS SELECT x FROM b;
            DROP TABLE IF EXISTS a, public.b CASCADE;
            DROP VIEW v;
            DROP MATERIALIZED VIEW IF EXISTS m, nope;
            """);
    assertTrue(r.catalog().relations().isEmpty());
    assertEquals(
        HistoryEvent.Type.DROPPED, r.catalog().relationHistory(null, "a").orElseThrow().type());
    assertEquals(
        HistoryEvent.Type.DROPPED, r.catalog().relationHistory(null, "m").orElseThrow().type());
    assertTrue(r.diagnostics().isEmpty());
  }

  @Test
  void views_useResolverAndAliases() {
    ViewColumnResolver resolver =
        (soFar, select, at) -> {
          assertTrue(soFar.find(null, "a").isPresent(), "resolver sees the catalog so far");
          assertEquals("SELECT x, y FROM a", select);
          return Optional.of(
              List.of(
                  new Column("x", SqlType.of("integer"), false, false, at),
                  new Column("y", SqlType.of("text"), false, false, at)));
        };
    SchemaLoadResult r =
        new SchemaLoader(resolver)
            .load(
                List.of(
                    new SchemaSource(
                        "s.sql",
                        "CREATE TABLE a (x int, y text);\n"
                            + "CREATE OR REPLACE VIEW v (k, label) AS SELECT x, y FROM a;\n"
                            + "CREATE MATERIALIZED VIEW mv AS SELECT x, y FROM a WITH NO DATA;")));
    Relation v = table(r, "v");
    assertEquals(Relation.Kind.VIEW, v.kind());
    assertTrue(v.columnsKnown());
    assertEquals(List.of("k", "label"), names(v));
    assertEquals(SqlType.of("text"), v.column("label").orElseThrow().type());
    assertEquals(Relation.Kind.MATERIALIZED_VIEW, table(r, "mv").kind());
    assertEquals(List.of("x", "y"), names(table(r, "mv")));
  }

  @Test
  void viewsWithoutResolver_haveUnknownColumnsButAliasNames() {
    SchemaLoadResult r =
        load(
            "CREATE TABLE a (x int);\n"
                + "CREATE VIEW v (k) AS SELECT x FROM a;\n"
                + "CREATE VIEW w AS SELECT x FROM a;");
    assertFalse(table(r, "v").columnsKnown());
    assertEquals(List.of("k"), names(table(r, "v")));
    assertEquals(SqlType.UNKNOWN, column(r, "v", "k").type());
    assertFalse(table(r, "w").columnsKnown());
  }

  @Test
  void unparsableView_warnsAndMarksViewUnknown() {
    SchemaLoadResult r =
        load(
            "CREATE TABLE a (x int);\n"
                + "CREATE MATERIALIZED VIEW IF NOT EXISTS app.mv AS SELECT ))) FROM a;");
    assertEquals(1, r.diagnostics().size());
    SchemaLoadResult.Diagnostic d = r.diagnostics().get(0);
    assertEquals(ProblemCode.SCHEMA_STATEMENT_NOT_PARSED, d.code());
    assertEquals(new SourceLocation("schema.sql", 2), d.location());
    assertTrue(d.message().startsWith("CREATE MATERIALIZED VIEW \"app.mv\""), d.message());
    assertTrue(r.catalog().mayExist("app", "mv"));
    assertFalse(r.catalog().mayExist("public", "mv"));
  }

  @Test
  void createTableAsSelect_usesResolver() {
    ViewColumnResolver resolver =
        (soFar, select, at) ->
            Optional.of(List.of(new Column("n", SqlType.of("bigint"), false, false, at)));
    SchemaLoadResult r =
        new SchemaLoader(resolver)
            .load(
                List.of(
                    new SchemaSource(
                        "s.sql",
                        "CREATE TABLE a (x int);\n"
                            + "CREATE TABLE c AS SELECT count(*) AS n FROM a;")));
    assertEquals(List.of("n"), names(table(r, "c")));
    assertFalse(
        load("CREATE TABLE c AS SELECT 1 AS n;")
            .catalog()
            .find(null, "c")
            .orElseThrow()
            .columnsKnown());
  }

  @Test
  void alterView_renamesViewAndColumn() {
    ViewColumnResolver resolver =
        (soFar, select, at) ->
            Optional.of(List.of(new Column("x", SqlType.of("integer"), false, false, at)));
    SchemaLoadResult r =
        new SchemaLoader(resolver)
            .load(
                List.of(
                    new SchemaSource(
                        "s.sql",
                        "CREATE TABLE a (x int);\nCREATE VIEW v AS SELECT x FROM a;\n"
                            + "ALTER VIEW v RENAME COLUMN x TO y;\nALTER VIEW v RENAME TO w;")));
    assertTrue(r.catalog().find(null, "v").isEmpty());
    assertEquals(List.of("y"), names(table(r, "w")));
    assertEquals("w", r.catalog().relationHistory(null, "v").orElseThrow().newName());
  }
}
