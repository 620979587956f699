package dev.sqlcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway's naming and ordering rules, as migration-notes.md §1 records them for Flyway 13. */
class FlywayFolderTest {
  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<String> order(SourceSet set) {
    return set.steps().stream().map(SchemaStep::file).toList();
  }

  @Test
  void versions_parseAsFlywayDoes() {
    assertEquals("1.2.3", FlywayName.parse("V1.2.3__x.sql").orElseThrow().versionText());
    assertEquals("1.2", FlywayName.parse("V1_2__x.sql").orElseThrow().versionText());
    assertEquals("1", FlywayName.parse("V01__x.sql").orElseThrow().versionText());
    assertEquals("1", FlywayName.parse("V1.0__x.sql").orElseThrow().versionText());
    assertEquals("add email", FlywayName.parse("V3__add_email.SQL").orElseThrow().description());
    for (String invalid :
        List.of("V8-2__x.sql", "V9.__x.sql", "V10..1__x.sql", "V5_single.sql", "v4__x.sql")) {
      assertTrue(FlywayName.parse(invalid).isEmpty(), invalid);
    }
  }

  @Test
  void subfolders_versionOrderAcrossFolders_thenRepeatablesByDescription() throws IOException {
    write("V1__init.sql", "CREATE TABLE users (id int, full_name text);");
    write("release2/V2__rename.sql", "ALTER TABLE users RENAME COLUMN full_name TO display_name;");
    write("release10/V1.10__late.sql", "SELECT 1;");
    write("V1.9__mid.sql", "SELECT 1;");
    write("R__b_view.sql", "SELECT 1;");
    write("views/R__B_view.sql", "SELECT 1;");
    write("U2__undo.sql", "SELECT 1;");
    write(".hidden/V7__x.sql", "SELECT 1;");
    write("notes.txt", "not sql");
    SourceSet set = SchemaSources.read(List.of(dir));
    assertEquals(
        List.of(
            "V1__init.sql",
            "V1.9__mid.sql",
            "release10/V1.10__late.sql",
            "release2/V2__rename.sql",
            "views/R__B_view.sql",
            "R__b_view.sql"),
        order(set));
    assertEquals(List.of(), set.problems());
    assertEquals(6, set.files().size());
  }

  @Test
  void duplicateVersion_acrossFolders_isAnErrorNamingBothFiles() throws IOException {
    write("V1__a.sql", "SELECT 1;");
    write("sub/V1_0__b.sql", "SELECT 1;");
    SourceSet set = SchemaSources.read(List.of(dir));
    assertTrue(set.hasErrors());
    SourceProblem p = set.problems().get(0);
    assertEquals(SourceProblem.Kind.INVALID, p.kind());
    assertTrue(p.message().contains("version 1: V1__a.sql, sub/V1_0__b.sql"), p.message());
  }

  @Test
  void baseline_replacesTheVersionsUpToIt() throws IOException {
    write("V1__a.sql", "SELECT 1;");
    write("V2__b.sql", "SELECT 1;");
    write("B2__base.sql", "SELECT 1;");
    write("V3__c.sql", "SELECT 1;");
    assertEquals(List.of("B2__base.sql", "V3__c.sql"), order(SchemaSources.read(List.of(dir))));
  }

  @Test
  void sqlFilesThatAreNotMigrations_areSkippedWithAWarning() throws IOException {
    write("V1__a.sql", "SELECT 1;");
    write("schema.sql", "CREATE TABLE stale (id int);");
    SourceSet set = SchemaSources.read(List.of(dir));
    assertEquals(List.of("V1__a.sql"), order(set));
    assertEquals(1, set.problems().size());
    assertEquals(SourceProblem.Kind.SKIPPED, set.problems().get(0).kind());
    assertTrue(set.problems().get(0).message().contains("schema.sql"));
  }

  @Test
  void folderWithoutFlywayNames_keepsNumberThenNameOrder() throws IOException {
    for (String name :
        List.of("zz.sql", "10_x.sql", "0002_venue.sql", "001-foo.sql", "0001_city.sql")) {
      write(name, "SELECT 1;");
    }
    write("sub/0000_ignored.sql", "SELECT 1;");
    assertEquals(
        List.of("0001_city.sql", "001-foo.sql", "0002_venue.sql", "10_x.sql", "zz.sql"),
        order(SchemaSources.read(List.of(dir))));
  }

  @Test
  void byteOrderMark_isDropped_andMissingRootIsAnError() throws IOException {
    write("schema.sql", "\uFEFFCREATE TABLE a (x int);");
    SourceSet set = SchemaSources.read(List.of(dir.resolve("schema.sql"), dir.resolve("nope.sql")));
    SqlScript script = (SqlScript) set.steps().get(0);
    assertTrue(script.text().startsWith("CREATE"));
    assertEquals(
        new ArrayList<>(List.of(SourceProblem.Kind.MISSING)),
        set.problems().stream().map(SourceProblem::kind).toList());
  }
}
