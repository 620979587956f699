package dev.sqlcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway's placeholder replacement, as migration-notes.md §1 records it for Flyway 13: {@code
 * ${name}} replaced everywhere, names case-insensitive, built-ins under {@code flyway:}, not right
 * after a {@code $}, and a missing value named.
 */
class FlywayPlaceholdersTest {
  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String text(SourceSet set, int step) {
    return ((SqlScript) set.steps().get(step)).text();
  }

  @Test
  void placeholders_areReplacedEverywhere_namesInAnyCase() throws IOException {
    write(
        "V1__init.sql",
        "-- owner ${Owner}\n"
            + "CREATE TABLE ${schema}.users (id int, note text DEFAULT '${owner}');\n"
            + "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT '${SCHEMA}' $$;\n");
    SourceSet set = SchemaSources.read(List.of(dir), Map.of("SCHEMA", "app", "owner", "app_user"));
    assertEquals(List.of(), set.problems());
    assertEquals(
        "-- owner app_user\n"
            + "CREATE TABLE app.users (id int, note text DEFAULT 'app_user');\n"
            + "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'app' $$;\n",
        text(set, 0));
  }

  @Test
  void builtIns_haveFlywaysDefaults_andMayBeGiven() throws IOException {
    write(
        "V1__init.sql",
        "CREATE TABLE ${flyway:defaultSchema}.t (f text DEFAULT '${flyway:filename}');");
    write("R__x.sql", "SELECT '${flyway:table}', '${flyway:defaultSchema}';");
    SourceSet defaults = SchemaSources.read(List.of(dir));
    assertEquals("CREATE TABLE public.t (f text DEFAULT 'V1__init.sql');", text(defaults, 0));
    assertEquals("SELECT 'flyway_schema_history', 'public';", text(defaults, 1));
    SourceSet given = SchemaSources.read(List.of(dir), Map.of("flyway:defaultschema", "app"));
    assertEquals("CREATE TABLE app.t (f text DEFAULT 'V1__init.sql');", text(given, 0));
  }

  @Test
  void aPlaceholderRightAfterADollar_staysAsWritten() throws IOException {
    write("V1__x.sql", "SELECT '$${schema}', '${schema}';");
    SourceSet set = SchemaSources.read(List.of(dir), Map.of("schema", "app"));
    assertEquals("SELECT '$${schema}', 'app';", text(set, 0));
  }

  @Test
  void aPlaceholderWithoutValue_isNamedOnce_withItsLine_andStays() throws IOException {
    write(
        "V1__x.sql",
        "SELECT 1;\nCREATE TABLE ${schema}.a (id int);\nCREATE TABLE ${schema}.b (id int);");
    SourceSet set = SchemaSources.read(List.of(dir));
    assertEquals(1, set.problems().size(), () -> set.problems().toString());
    SourceProblem p = set.problems().get(0);
    assertEquals(SourceProblem.Kind.SKIPPED, p.kind());
    assertEquals("V1__x.sql", p.file());
    assertEquals(2, p.line());
    assertTrue(p.message().contains("-Asqlcheck.placeholders=schema="), p.message());
    assertTrue(text(set, 0).contains("CREATE TABLE ${schema}.a"));
  }

  @Test
  void onlyFlywayMigrations_haveTheirPlaceholdersReplaced() throws IOException {
    write("legacy/0001_init.sql", "CREATE TABLE t (f text DEFAULT '${schema}');");
    write("plain.sql", "SELECT '${schema}';");
    SourceSet folder = SchemaSources.read(List.of(dir.resolve("legacy")), Map.of("schema", "app"));
    assertEquals("CREATE TABLE t (f text DEFAULT '${schema}');", text(folder, 0));
    SourceSet file = SchemaSources.read(List.of(dir.resolve("plain.sql")), Map.of("schema", "app"));
    assertEquals("SELECT '${schema}';", text(file, 0));
  }
}
