package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.Column;
import java.util.List;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import org.junit.jupiter.api.Test;

class DdlParserTest {
  @Test
  void quoteWordAt_quotesFirstBareWordAtOrAfterOffset() {
    String sql = "CREATE TABLE t (id int, Settings jsonb)";
    assertEquals(
        "CREATE TABLE t (id int, \"settings\" jsonb)",
        DdlParser.quoteWordAt(sql, sql.indexOf("Settings")));
    assertEquals(
        "CREATE TABLE t (id int, \"settings\" jsonb)",
        DdlParser.quoteWordAt(sql, sql.indexOf(", Settings")));
    assertNull(DdlParser.quoteWordAt(sql, -1));
    assertNull(DdlParser.quoteWordAt(sql, sql.length()));
  }

  @Test
  void keywordColumn_parsesAfterRetry() {
    DdlParser.Result r = DdlParser.parse("CREATE TABLE t (id int, settings jsonb)");
    assertTrue(r.ok(), r.error());
    assertEquals(2, ((CreateTable) r.statement()).getColumnDefinitions().size());
  }

  @Test
  void garbage_failsWithParserMessage() {
    DdlParser.Result r = DdlParser.parse("CREATE TABLE ((( oops");
    assertFalse(r.ok());
    assertTrue(r.error() != null && !r.error().isBlank());
  }

  @Test
  void classifier_routesStatementsByLeadingKeywords() {
    assertEquals(
        DdlKind.CREATE_TABLE, StatementClassifier.classify("create unlogged table t (a int)"));
    assertEquals(
        DdlKind.CREATE_TABLE,
        StatementClassifier.classify("CREATE FOREIGN TABLE f (a int) SERVER s"));
    assertEquals(
        DdlKind.CREATE_VIEW, StatementClassifier.classify("CREATE OR REPLACE VIEW v AS SELECT 1"));
    assertEquals(
        DdlKind.CREATE_VIEW,
        StatementClassifier.classify("CREATE MATERIALIZED VIEW v AS SELECT 1"));
    assertEquals(DdlKind.SKIP, StatementClassifier.classify("CREATE UNIQUE INDEX i ON t (a)"));
    assertEquals(DdlKind.SKIP, StatementClassifier.classify("ALTER TABLE t OWNER TO x"));
    assertEquals(
        DdlKind.ALTER_TABLE, StatementClassifier.classify("ALTER TABLE t OWNER TO x, ADD b int"));
    assertEquals(DdlKind.SKIP, StatementClassifier.classify("SET client_encoding = 'UTF8'"));
    assertEquals(DdlKind.SET_SEARCH_PATH, StatementClassifier.classify("SET search_path TO app"));
    assertEquals(
        DdlKind.SKIP, StatementClassifier.classify("SELECT pg_catalog.set_config('x', '', false)"));
    assertEquals(DdlKind.CREATE_ENUM, StatementClassifier.classify("CREATE TYPE m AS ENUM ('a')"));
    // a composite type is the columns of the typed tables made of it
    assertEquals(
        DdlKind.CREATE_COMPOSITE, StatementClassifier.classify("CREATE TYPE c AS (a int)"));
    assertEquals(
        DdlKind.ALTER_COMPOSITE,
        StatementClassifier.classify("ALTER TYPE c ADD ATTRIBUTE b text CASCADE"));
    assertEquals(DdlKind.DROP_RELATIONS, StatementClassifier.classify("DROP MATERIALIZED VIEW m"));
    assertEquals(DdlKind.SKIP, StatementClassifier.classify("DROP INDEX i"));
    assertEquals(DdlKind.SKIP, StatementClassifier.classify("ALTER VIEW v OWNER TO x"));
    assertEquals(DdlKind.ALTER_VIEW, StatementClassifier.classify("ALTER VIEW v RENAME TO w"));
  }

  @Test
  void foreignTable_isModelledAsTable() {
    SchemaLoadResult r =
        SchemaLoaderTest.load(
            "CREATE FOREIGN TABLE remote_users (id int NOT NULL, name text) SERVER other OPTIONS"
                + " (schema_name 'x');");
    assertEquals(
        List.of("id", "name"),
        SchemaLoaderTest.table(r, "remote_users").columns().stream().map(Column::name).toList());
  }
}
