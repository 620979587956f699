package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementClassifierTest {
  private static DdlKind kind(String sql) {
    return StatementClassifier.classify(sql);
  }

  @Test
  void statementsTooShortToDecide_areSkipped() {
    assertEquals(DdlKind.SKIP, kind("CREATE"));
    assertEquals(DdlKind.SKIP, kind("CREATE TYPE"));
    assertEquals(DdlKind.SKIP, kind("ALTER TABLE"));
    assertEquals(DdlKind.SKIP, kind("DROP TABLE"));
    assertEquals(DdlKind.SKIP, kind("SET"));
    assertEquals(DdlKind.SKIP, kind("(SELECT 1)"));
  }

  @Test
  void createModifiers_areReadPastTheFirstWords() {
    assertEquals(DdlKind.CREATE_VIEW, kind("CREATE OR REPLACE TEMP VIEW v AS SELECT 1"));
    assertEquals(DdlKind.CREATE_VIEW, kind("create or replace recursive view v (n) as select 1"));
    assertEquals(DdlKind.CREATE_TABLE, kind("CREATE GLOBAL TEMPORARY TABLE t (a int)"));
    assertEquals(
        DdlKind.CREATE_FUNCTION, kind("CREATE OR REPLACE FUNCTION f() RETURNS int AS 'x'"));
    assertEquals(DdlKind.CREATE_SEQUENCE, kind("CREATE UNLOGGED SEQUENCE s"));
    assertEquals(DdlKind.CREATE_ENUM, kind("CREATE TYPE public.mood AS ENUM ('sad', 'ok')"));
    assertEquals(DdlKind.SKIP, kind("CREATE \"TABLE\" t (a int)"));
  }

  @Test
  void alterViewAndType_lookForTheirVerbFurtherOn() {
    assertEquals(DdlKind.ALTER_VIEW, kind("ALTER MATERIALIZED VIEW m RENAME TO n"));
    assertEquals(DdlKind.ALTER_VIEW, kind("ALTER VIEW IF EXISTS v SET SCHEMA other"));
    assertEquals(DdlKind.SKIP, kind("ALTER MATERIALIZED VIEW m OWNER TO x"));
    assertEquals(DdlKind.SKIP, kind("ALTER MATERIALIZED INDEX m RENAME TO n"));
    assertEquals(DdlKind.ALTER_TYPE, kind("ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad'"));
    assertEquals(DdlKind.SKIP, kind("ALTER TYPE mood OWNER TO x"));
    assertEquals(DdlKind.SKIP, kind("ALTER SEQUENCE s OWNED BY t.id"));
  }

  @Test
  void searchPath_isRecognisedInBothForms() {
    assertEquals(DdlKind.SET_SEARCH_PATH, kind("SET LOCAL search_path TO app"));
    assertEquals(
        DdlKind.SET_SEARCH_PATH, kind("SELECT pg_catalog.set_config('search_path', '', false)"));
    assertEquals(DdlKind.SKIP, kind("SET SESSION statement_timeout = 0"));
  }

  @Test
  void alterTable_handsOnTheActionsItRead() {
    StatementClassifier.Classification c =
        StatementClassifier.classification(
            "ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('s'::regclass)");
    assertEquals(DdlKind.ALTER_TABLE, c.kind());
    assertEquals(List.of("public", "t"), c.alterTable().nameParts());
    assertEquals(
        List.of(AlterTableActions.ActionKind.SET_DEFAULT),
        c.alterTable().actions().stream().map(AlterTableActions.Action::kind).toList());
    assertNull(StatementClassifier.classification("CREATE TABLE t (a int)").alterTable());
    assertNull(StatementClassifier.classification("ALTER TABLE t OWNER TO x").alterTable());
  }
}
