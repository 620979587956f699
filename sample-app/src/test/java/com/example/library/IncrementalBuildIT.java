package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that an edit to the schema alone fails a plain, incremental {@code mvn compile} (no clean)
 * with the sqlcheck error naming the column, and that restoring it makes the build green again; for
 * a single schema.sql and for a migrations folder. Without sqlcheck-maven-plugin's fingerprint,
 * maven-compiler-plugin answers "Nothing to compile" and the drift goes unseen.
 */
class IncrementalBuildIT {
  private static final String COLUMN = "published_year integer";
  private static final String RENAMED = "publication_year integer";

  private static Path work;
  private static NestedMaven maven;

  @BeforeAll
  static void setUp() throws Exception {
    work = Path.of(System.getProperty("sqlcheck.it.work", "target/it-work"));
    maven = new NestedMaven(work);
  }

  @Test
  void schemaOnlyEdit_failsIncrementalCompile_andRestoreMakesItGreen() throws Exception {
    Path project = NestedMaven.copySample(work.resolve("schema-file"));
    Path schema = project.resolve("src/main/resources/schema.sql");
    String original = Files.readString(schema);

    NestedMaven.Run baseline = maven.run(project, "compile");
    expectSuccess(baseline, "baseline");
    expectSummary(baseline, "schema.sql");
    NestedMaven.Run upToDate = maven.run(project, "compile");
    expectSuccess(upToDate, "unchanged rebuild");
    assertTrue(
        upToDate.output().contains("Nothing to compile"),
        "an unchanged schema must keep the build incremental:\n" + upToDate.output());

    Files.writeString(schema, original.replace(COLUMN, RENAMED));
    expectDriftError(maven.run(project, "compile"));

    Files.writeString(schema, original);
    expectSuccess(maven.run(project, "compile"), "restored schema");
  }

  @Test
  void newMigrationRenamingOrDroppingColumn_failsIncrementalCompile_removingItMakesItGreen()
      throws Exception {
    Path project = NestedMaven.copySample(work.resolve("migrations"));
    Path migrations = Files.createDirectories(project.resolve("src/main/db/migration"));
    Files.move(
        project.resolve("src/main/resources/schema.sql"), migrations.resolve("V1__library.sql"));
    useMigrationsFolder(project.resolve("pom.xml"));

    expectSuccess(maven.run(project, "compile"), "baseline with migrations");
    Path v2 = migrations.resolve("V2__rename_year.sql");
    Files.writeString(v2, "ALTER TABLE books RENAME COLUMN published_year TO publication_year;\n");
    expectDriftError(maven.run(project, "compile"));
    Files.writeString(v2, "ALTER TABLE books DROP COLUMN published_year;\n");
    expectDriftError(maven.run(project, "compile"));

    Files.delete(v2);
    expectSuccess(maven.run(project, "compile"), "migration removed");
  }

  /**
   * The sample built from a Liquibase changelog (a YAML master running the schema as an sqlFile),
   * as a payments team would: the build says what it checked against, and a changelog-only edit (a
   * new included changeset renaming a column) fails the incremental compile with the history naming
   * the changelog file.
   */
  @Test
  void liquibaseChangelog_changelogOnlyEdit_failsIncrementalCompile() throws Exception {
    Path project = NestedMaven.copySample(work.resolve("liquibase"));
    Path changelog = Files.createDirectories(project.resolve("src/main/resources/db/changelog"));
    Files.createDirectories(changelog.resolve("sql"));
    Files.move(
        project.resolve("src/main/resources/schema.sql"), changelog.resolve("sql/001-library.sql"));
    Path master = changelog.resolve("db.changelog-master.yaml");
    String masterText =
        """
        databaseChangeLog:
          - changeSet:
              id: 001-library
              author: library
              changes:
                - sqlFile:
                    path: sql/001-library.sql
                    relativeToChangelogFile: true
        """;
    Files.writeString(master, masterText);
    useSchemaSource(
        project.resolve("pom.xml"), "src/main/resources/db/changelog/db.changelog-master.yaml");

    NestedMaven.Run baseline = maven.run(project, "compile");
    expectSuccess(baseline, "baseline with a Liquibase changelog");
    expectSummary(baseline, "db.changelog-master.yaml");

    Files.createDirectories(changelog.resolve("changes"));
    Files.writeString(
        changelog.resolve("changes/002-rename-year.xml"),
        """
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="002" author="library">
            <renameColumn tableName="books" oldColumnName="published_year"
                newColumnName="publication_year"/>
          </changeSet>
        </databaseChangeLog>
        """);
    Files.writeString(
        master,
        masterText
            + "  - include:\n"
            + "      file: changes/002-rename-year.xml\n"
            + "      relativeToChangelogFile: true\n");
    NestedMaven.Run drifted = maven.run(project, "compile");
    expectDriftError(drifted);
    assertTrue(
        drifted.output().contains("at changes/002-rename-year.xml:3"),
        "the history must name the changelog and line:\n" + drifted.output());

    Files.writeString(master, masterText);
    expectSuccess(maven.run(project, "compile"), "include removed");
  }

  /**
   * The control: without the fingerprint goal the same edit goes unseen, which is the problem the
   * plugin solves. If this ever fails, maven-compiler-plugin learned to track resources itself.
   */
  @Test
  void withoutFingerprintPlugin_schemaOnlyEdit_goesUnseen() throws Exception {
    Path project = NestedMaven.copySample(work.resolve("no-plugin"));
    Path pom = project.resolve("pom.xml");
    String text = Files.readString(pom);
    String withoutPlugin =
        text.replaceFirst(
            "(?s)<plugin>\\s*<groupId>dev\\.sqlcheck</groupId>"
                + "\\s*<artifactId>sqlcheck-maven-plugin</artifactId>.*?</plugin>",
            "");
    assertTrue(withoutPlugin.length() < text.length(), "sample pom changed shape");
    Files.writeString(pom, withoutPlugin);
    Path schema = project.resolve("src/main/resources/schema.sql");

    expectSuccess(maven.run(project, "compile"), "baseline without plugin");
    Files.writeString(schema, Files.readString(schema).replace(COLUMN, RENAMED));
    NestedMaven.Run drifted = maven.run(project, "compile");
    expectSuccess(drifted, "drift without plugin");
    assertTrue(drifted.output().contains("Nothing to compile"), drifted.output());
  }

  /** Points both the fingerprint and the processor at src/main/db/migration. */
  private static void useMigrationsFolder(Path pom) throws Exception {
    useSchemaSource(pom, "src/main/db/migration");
  }

  /** Points both the fingerprint and the processor at {@code source} (relative to the project). */
  private static void useSchemaSource(Path pom, String source) throws Exception {
    String text = Files.readString(pom);
    String schemaFile = "<schemaFile>src/main/resources/schema.sql</schemaFile>";
    String paths = "</annotationProcessorPaths>";
    assertTrue(text.contains(schemaFile) && text.contains(paths), "sample pom changed shape");
    text =
        text.replace(schemaFile, "<schemaFile>" + source + "</schemaFile>")
            .replace(
                paths,
                paths
                    + "\n<compilerArgs><arg>-Asqlcheck.schema="
                    + "${project.basedir}/"
                    + source
                    + "</arg></compilerArgs>");
    Files.writeString(pom, text);
  }

  /** The one summary line, shown at INFO level by a default `mvn compile`. */
  private static void expectSummary(NestedMaven.Run run, String source) {
    List<String> lines =
        run.output()
            .lines()
            .filter(l -> l.contains("sqlcheck: ") && l.contains("checked"))
            .toList();
    assertEquals(1, lines.size(), "one summary line:\n" + run.output());
    String line = lines.get(0);
    assertTrue(line.startsWith("[INFO]"), line);
    assertTrue(
        line.matches(
            ".*sqlcheck: \\d+ queries checked against .*"
                + Pattern.quote(source)
                + " \\(\\d+ relations\\); \\d+ not fully checked$"),
        line);
  }

  private static void expectSuccess(NestedMaven.Run run, String step) {
    System.out.printf(
        "IncrementalBuildIT: %s -> exit %d in %.1f s%n", step, run.exitCode(), run.seconds());
    assertTrue(run.succeeded(), step + " must build:\n" + run.output());
  }

  private static void expectDriftError(NestedMaven.Run run) {
    System.out.printf(
        "IncrementalBuildIT: drifted schema -> exit %d in %.1f s%n", run.exitCode(), run.seconds());
    assertFalse(run.succeeded(), "a drifted schema must fail the build:\n" + run.output());
    assertFalse(run.output().contains("Nothing to compile"), run.output());
    assertTrue(
        run.output().contains("[SQLCHECK-") && run.output().contains("published_year"),
        "the failure must be sqlcheck's, naming the column:\n" + run.output());
    assertTrue(run.output().contains("CatalogRepository.java"), run.output());
  }
}
