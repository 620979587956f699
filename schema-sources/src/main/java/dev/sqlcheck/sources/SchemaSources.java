package dev.sqlcheck.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one definition of "the schema files", shared by the annotation processor and the Maven
 * plugin's fingerprint goal: turns the configured sources into the steps a migration tool would
 * apply, in its order, and the list of files read to find them.
 *
 * <ul>
 *   <li>a {@code .sql} file: one script (a Liquibase formatted-SQL changelog when its first line
 *       says {@code --liquibase formatted sql});
 *   <li>a folder: Flyway migrations, read recursively as Flyway does ({@link FlywayFolder});
 *   <li>a {@code .xml}, {@code .yaml}, {@code .yml} or {@code .json} file: a Liquibase changelog,
 *       following {@code include}, {@code includeAll} and {@code sqlFile} ({@link Changelogs}).
 * </ul>
 *
 * <pre>{@code
 * SourceSet set = SchemaSources.read(List.of(Path.of("src/main/resources/db/changelog/master.xml")));
 * set.steps();    // createTable, addColumn, SqlScript of an sqlFile, ...
 * set.files();    // master.xml, changes/001-users.xml, sql/002-views.sql
 * set.problems(); // an include that points nowhere, ...
 * }</pre>
 */
public final class SchemaSources {
  private SchemaSources() {}

  /** Reads every configured source, in order; never throws. */
  public static SourceSet read(List<Path> roots) {
    return read(roots, Map.of());
  }

  /**
   * Reads every configured source, in order, with Flyway's placeholders given their values ({@code
   * placeholders}, names in any case) in Flyway migrations; never throws.
   */
  public static SourceSet read(List<Path> roots, Map<String, String> placeholders) {
    List<SchemaStep> steps = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    List<Migration> migrations = new ArrayList<>();
    FlywayPlaceholders flyway = new FlywayPlaceholders(placeholders);
    for (Path root : roots) {
      readRoot(root, new Collected(steps, files, problems, migrations), flyway);
    }
    return new SourceSet(roots, steps, files, problems, migrations);
  }

  /** True for the extensions read as Liquibase changelogs. */
  public static boolean isChangelog(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml")
        || lower.endsWith(".yaml")
        || lower.endsWith(".yml")
        || lower.endsWith(".json");
  }

  /**
   * A folder of changelogs says nothing about their order (Liquibase applies them in include
   * order), so it is an error that points at the master changelog instead.
   */
  private static void changelogFolder(Path root, List<SourceProblem> problems) throws IOException {
    List<String> changelogs;
    try (Stream<Path> walk = Files.walk(root)) {
      changelogs =
          walk.filter(Files::isRegularFile)
              .filter(SchemaSources::isChangelog)
              .map(p -> Texts.display(root, p))
              .sorted()
              .toList();
    }
    if (!changelogs.isEmpty()) {
      problems.add(
          new SourceProblem(
              SourceProblem.Kind.INVALID,
              root.toString(),
              0,
              "is a folder of Liquibase changelogs ("
                  + String.join(", ", changelogs.subList(0, Math.min(3, changelogs.size())))
                  + (changelogs.size() > 3 ? ", ..." : "")
                  + "), which Liquibase applies in include order, not name order; give the master"
                  + " changelog instead"));
    }
  }

  /** What reading the sources collects. */
  record Collected(
      List<SchemaStep> steps,
      List<Path> files,
      List<SourceProblem> problems,
      List<Migration> migrations) {}

  private static void readRoot(Path root, Collected into, FlywayPlaceholders flyway) {
    List<SchemaStep> steps = into.steps();
    List<Path> files = into.files();
    List<SourceProblem> problems = into.problems();
    String shown = root.toString();
    try {
      if (Files.isDirectory(root)) {
        List<Path> migrations = FlywayFolder.files(root, problems);
        if (migrations.isEmpty()) {
          changelogFolder(root, problems);
        }
        for (Path file : migrations) {
          files.add(file);
          String display = Texts.display(root, file);
          String fileName = file.getFileName().toString();
          Optional<FlywayName> name = FlywayName.parse(fileName);
          if (name.filter(n -> n.type() == FlywayName.Type.VERSIONED).isPresent()) {
            into.migrations().add(new Migration(display, steps.size(), steps.size() + 1));
          }
          String text = Texts.read(file);
          if (name.isPresent()) {
            text = flyway.replace(display, fileName, text, problems);
          }
          steps.add(SqlScript.of(display, text));
        }
      } else if (!Files.isRegularFile(root)) {
        problems.add(new SourceProblem(SourceProblem.Kind.MISSING, shown, 0, "does not exist"));
      } else if (isChangelog(root)) {
        new Changelogs(root, into).readMaster();
      } else {
        String text = Texts.read(root);
        files.add(root);
        String name = root.getFileName().toString();
        if (FormattedSql.isFormatted(text)) {
          new Changelogs(root, into).readFormatted(name, text);
        } else {
          steps.add(SqlScript.of(name, text));
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new SourceProblem(SourceProblem.Kind.MISSING, shown, 0, "cannot be read: " + e));
    }
  }
}
