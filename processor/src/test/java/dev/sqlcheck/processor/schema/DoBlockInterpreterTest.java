package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DO blocks are replayed statement by statement: a table rebuilt inside a block (also under an IF
 * guard, a nested block with an EXCEPTION handler, or a constant EXECUTE) ends up as PostgreSQL
 * leaves it; DDL that depends on data (loops, several branches, handlers, EXECUTE of built text)
 * makes the relations it names unknown, with a warning at its line.
 */
class DoBlockInterpreterTest {

  private static SchemaLoadResult load(String sql) {
    return new SchemaLoader().load(List.of(new SchemaSource("V2__rebuild.sql", sql)));
  }

  @Test
  void tableRebuiltInsideABlock_matchesPostgres() throws Exception {
    SchemaLoadResult r = load(StrictFixtures.REBUILD);
    assertEquals(List.of(), r.diagnostics());
    Map<String, List<String>> ours = SchemaMatchesPostgresTest.describe(r.catalog());
    String url = TestDatabases.freshPostgresDatabase("do_block");
    try {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute(StrictFixtures.REBUILD);
      }
      assertEquals(SchemaMatchesPostgresTest.describe(url), ours);
    } finally {
      TestDatabases.drop(url);
    }
    assertTrue(r.catalog().find(null, "users_new").isEmpty());
    assertFalse(r.catalog().mayExist("public", "users_new"));
  }

  @Test
  void dynamicExecute_makesTheNamedRelationUnknown_withWarningAtItsLine() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE audit (id bigint, note text);
            CREATE TABLE keep (id bigint);
            DO $$
            DECLARE t text := 'audit';
            BEGIN
              RAISE NOTICE 'widening';
              EXECUTE format('ALTER TABLE %I ADD COLUMN at timestamptz', t);
            END $$;
            """);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    SchemaLoadResult.Diagnostic d = r.diagnostics().get(0);
    assertEquals(ProblemCode.SCHEMA_STATEMENT_NOT_PARSED, d.code());
    assertEquals(new SourceLocation("V2__rebuild.sql", 7), d.location());
    assertTrue(d.message().contains("EXECUTE") && d.message().contains("\"audit\""), d.message());
    Catalog catalog = r.catalog();
    assertTrue(catalog.find(null, "audit").isEmpty());
    assertTrue(catalog.mayExist("public", "audit"));
    assertTrue(catalog.find(null, "keep").isPresent());
  }

  @Test
  void dynamicExecuteNamingATable_makesOnlyThatOneUnknown() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE a (id bigint);
            CREATE TABLE b (id bigint);
            DO $$ BEGIN
              EXECUTE 'ALTER TABLE b ADD COLUMN ' || quote_ident('x') || ' int';
            END $$;
            """);
    assertEquals(1, r.diagnostics().size());
    assertTrue(r.catalog().find(null, "a").isPresent());
    assertTrue(r.catalog().find(null, "b").isEmpty());
  }

  @Test
  void ddlInALoopOrInOneOfSeveralBranches_isUnknown() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE a (id bigint);
            CREATE TABLE b (id bigint);
            CREATE TABLE c (id bigint);
            CREATE TABLE d (id bigint);
            DO $$
            BEGIN
              FOR i IN 1..2 LOOP
                ALTER TABLE a ADD COLUMN IF NOT EXISTS x int;
              END LOOP;
              IF current_setting('server_version_num')::int >= 150000 THEN
                ALTER TABLE b ADD COLUMN y int;
              ELSE
                ALTER TABLE c ADD COLUMN y int;
              END IF;
              ALTER TABLE d ADD COLUMN z int;
            END $$;
            """);
    assertEquals(3, r.diagnostics().size(), r.diagnostics().toString());
    assertEquals(8, r.diagnostics().get(0).location().line());
    assertTrue(r.diagnostics().get(0).message().contains("in a loop"));
    assertEquals(11, r.diagnostics().get(1).location().line());
    assertEquals(13, r.diagnostics().get(2).location().line());
    for (String name : List.of("a", "b", "c")) {
      assertTrue(r.catalog().find(null, name).isEmpty(), name);
      assertTrue(r.catalog().mayExist("public", name), name);
    }
    assertTrue(r.catalog().find(null, "d").orElseThrow().column("z").isPresent());
  }

  @Test
  void conditionalDdlOnAQualifiedName_makesThatRelationUnknown() {
    SchemaLoadResult r =
        load(
            """
            CREATE SCHEMA app;
            CREATE TABLE app.t (id bigint);
            CREATE TABLE t (id bigint);
            DO $$ BEGIN
              IF random() > 0.5 THEN ALTER TABLE app.t ADD COLUMN x int; ELSE NULL; END IF;
            END $$;
            """);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    assertTrue(r.diagnostics().get(0).message().contains("\"app.t\""));
    assertTrue(r.catalog().find("app", "t").isEmpty());
    assertTrue(r.catalog().mayExist("app", "t"));
    assertTrue(r.catalog().find("public", "t").isPresent());
  }

  @Test
  void enumCreatedUnderAGuardWithElse_isStillRead() {
    SchemaLoadResult r =
        load(
            """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
                CREATE TYPE mood AS ENUM ('sad', 'ok');
              ELSE
                RAISE NOTICE 'mood exists';
              END IF;
            END$$;
            CREATE TABLE person (m mood);
            """);
    assertEquals(List.of(), r.diagnostics());
    assertEquals(
        dev.sqlcheck.processor.catalog.SqlType.enumOf("mood"),
        r.catalog().find(null, "person").orElseThrow().column("m").orElseThrow().type());
  }

  @Test
  void dynamicExecuteNamingNothing_makesEveryMissingRelationPossible() {
    SchemaLoadResult r =
        load(
            """
            DO $$ BEGIN
              EXECUTE make_ddl();
            END $$;
            """);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    assertTrue(r.diagnostics().get(0).message().contains("relations sqlcheck cannot name"));
    assertTrue(r.catalog().mayExist("public", "anything"));
  }

  @Test
  void executeOfDataStatements_changesNoRelation() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE a (id bigint);
            DO $$
            DECLARE n bigint;
            BEGIN
              EXECUTE format('UPDATE %I SET id = id + 1', 'a');
              EXECUTE 'SELECT count(*) FROM a' INTO n;
              EXECUTE 'ALTER TABLE a ADD COLUMN ' || 'b text' USING n;
            END $$;
            """);
    assertEquals(List.of(), r.diagnostics());
    assertTrue(r.catalog().find(null, "a").orElseThrow().column("b").isPresent());
  }

  @Test
  void blockWithoutDdl_isSkippedAsBefore() {
    SchemaLoadResult r = load("DO $$ BEGIN RAISE NOTICE 'hello'; END $$;");
    assertEquals(1, r.stats().skipped());
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void unreadableBodyNamingATable_warnsAndMakesItUnknown() {
    SchemaLoadResult r =
        load(
            """
            CREATE TABLE a (id bigint);
            DO $$ BEGIN ALTER TABLE a ADD COLUMN x int $$;
            """);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    assertTrue(r.diagnostics().get(0).message().contains("could not be read"));
    assertTrue(r.catalog().find(null, "a").isEmpty());
  }

  @Test
  void blockReader_followsLabelsNestedBlocksAndCase() throws Exception {
    List<BlockReader.Step> steps =
        BlockReader.read(
            """
            <<outer>>
            DECLARE n int := 0;
            BEGIN
              CASE n WHEN 0 THEN CREATE TABLE z0 (i int); ELSE NULL; END CASE;
              <<inner>> BEGIN CREATE TABLE z1 (i int); END inner;
              WHILE n < 1 LOOP n := n + 1; END LOOP;
              CREATE TABLE z2 (i int CHECK (CASE WHEN i > 0 THEN true END));
            END outer
            """);
    List<String> sql = steps.stream().map(s -> s.role() + " " + s.sql()).toList();
    assertEquals(
        List.of(
            "CONDITIONAL CREATE TABLE z0 (i int)",
            "CONDITIONAL NULL",
            "APPLIED CREATE TABLE z1 (i int)",
            "CONDITIONAL n := n + 1",
            "APPLIED CREATE TABLE z2 (i int CHECK (CASE WHEN i > 0 THEN true END))"),
        sql);
  }
}
