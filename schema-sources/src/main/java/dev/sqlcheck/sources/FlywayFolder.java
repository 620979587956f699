package dev.sqlcheck.sources;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of migrations, read as Flyway reads a location: every subfolder too (hidden ones
 * excepted), versioned {@code V} files in version order whatever their folder, then repeatable
 * {@code R} files in description order ({@link String#compareTo}, so {@code "B x"} before {@code "a
 * x"}). The highest baseline {@code B} file, if any, replaces the versions up to its own. Undo
 * {@code U} files are not applied. Two files with one version (or one repeatable description) are
 * an error, as in Flyway; other {@code .sql} files are not applied, with a warning.
 *
 * <p>A folder with no Flyway name in it at all is read the way sqlcheck always read one: its own
 * {@code .sql} files, those starting with a number by that number (see {@link LegacyOrder}).
 */
final class FlywayFolder {
  private record Found(Path path, String display, FlywayName name) {}

  private final Path root;
  private final List<SourceProblem> problems;

  private FlywayFolder(Path root, List<SourceProblem> problems) {
    this.root = root;
    this.problems = problems;
  }

  /** The migration files of {@code root} in the order they are applied; problems are added. */
  static List<Path> files(Path root, List<SourceProblem> problems) throws IOException {
    return new FlywayFolder(root, problems).files();
  }

  private List<Path> files() throws IOException {
    List<Found> migrations = new ArrayList<>();
    List<String> notMigrations = new ArrayList<>();
    for (Path file : sqlFiles()) {
      String display = Texts.display(root, file);
      Optional<FlywayName> name = FlywayName.parse(file.getFileName().toString());
      if (name.isPresent()) {
        migrations.add(new Found(file, display, name.get()));
      } else {
        notMigrations.add(display);
      }
    }
    if (migrations.isEmpty()) {
      return LegacyOrder.files(root);
    }
    if (!notMigrations.isEmpty()) {
      problems.add(
          new SourceProblem(
              SourceProblem.Kind.SKIPPED,
              Texts.display(root.getParent(), root),
              0,
              notMigrations.size()
                  + " .sql file(s) here are not Flyway migrations, so neither Flyway nor sqlcheck"
                  + " applies them: "
                  + String.join(", ", notMigrations)
                  + ". Name a migration V<version>__<description>.sql or R__<description>.sql,"
                  + " or move the file out of the folder"));
    }
    return ordered(migrations);
  }

  private List<Path> ordered(List<Found> migrations) {
    Map<String, List<Found>> versions = new TreeMap<>();
    Map<String, List<Found>> baselines = new TreeMap<>();
    Map<String, List<Found>> repeatables = new TreeMap<>();
    for (Found f : migrations) {
      switch (f.name().type()) {
        case VERSIONED ->
            versions.computeIfAbsent(f.name().versionText(), k -> new ArrayList<>()).add(f);
        case BASELINE ->
            baselines.computeIfAbsent(f.name().versionText(), k -> new ArrayList<>()).add(f);
        case REPEATABLE ->
            repeatables.computeIfAbsent(f.name().description(), k -> new ArrayList<>()).add(f);
        case UNDO -> {}
      }
    }
    List<Found> versioned = unique(versions, "migration with version");
    List<Found> baseline = unique(baselines, "baseline migration with version");
    List<Found> repeatable = unique(repeatables, "repeatable migration with description");
    Comparator<Found> byVersion =
        (a, b) -> FlywayName.compareVersions(a.name().version(), b.name().version());
    versioned.sort(byVersion);
    List<Path> out = new ArrayList<>();
    Optional<Found> base = baseline.stream().max(byVersion);
    base.ifPresent(b -> out.add(b.path()));
    for (Found v : versioned) {
      if (base.isEmpty() || byVersion.compare(v, base.get()) > 0) {
        out.add(v.path());
      }
    }
    repeatable.sort(Comparator.comparing(f -> f.name().description()));
    repeatable.forEach(r -> out.add(r.path()));
    return out;
  }

  /** One file per key; a key with several is an error naming them all, as Flyway's. */
  private List<Found> unique(Map<String, List<Found>> byKey, String what) {
    List<Found> out = new ArrayList<>();
    for (Map.Entry<String, List<Found>> e : byKey.entrySet()) {
      List<Found> same = e.getValue();
      same.sort(Comparator.comparing(Found::display));
      if (same.size() > 1) {
        problems.add(
            new SourceProblem(
                SourceProblem.Kind.INVALID,
                same.get(1).display(),
                0,
                "found more than one "
                    + what
                    + " "
                    + e.getKey()
                    + ": "
                    + String.join(", ", same.stream().map(Found::display).toList())
                    + "; Flyway refuses to migrate such a folder. Give each file its own"
                    + " version"));
      }
      out.add(same.get(0));
    }
    return out;
  }

  /** Every {@code .sql} file under the root, skipping hidden folders as Flyway does on disk. */
  private List<Path> sqlFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (attrs.isRegularFile() && name.endsWith(".sql")) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /** The top-level {@code .sql} files of a folder; used by {@link LegacyOrder}. */
  static List<Path> topLevelSqlFiles(Path dir) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
          .toList();
    }
  }
}
