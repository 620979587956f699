package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.sources.Migration;
import dev.sqlcheck.sources.SchemaSources;
import dev.sqlcheck.sources.SchemaStep;
import dev.sqlcheck.sources.SourceProblem;
import dev.sqlcheck.sources.SourceSet;
import dev.sqlcheck.sources.SqlScript;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the schema sources and reads them into steps (see {@link SchemaSources}).
 *
 * <ol>
 *   <li>The paths in {@code -Asqlcheck.schema}, as given, then relative to the project folder (the
 *       folder above {@code target/classes}): {@code .sql} files, Flyway folders, Liquibase
 *       changelogs.
 *   <li>Without the option, {@code schema.sql}: its source ({@code schema.sql} on the source path,
 *       or {@code src/main/resources/schema.sql}) wins over the copy in the class output, which may
 *       be stale; the copy is used only where no source can be known (Eclipse's Filer, a bare javac
 *       run). A copy whose source is gone from a Maven-style project is an error, never the schema.
 * </ol>
 *
 * Every Filer call tolerates the exceptions Filers throw for locations they do not support.
 */
final class SchemaLocator {
  static final String DEFAULT_NAME = "schema.sql";
  private static final String RESOURCES = "src/main/resources";

  private final Filer filer;
  private final Map<String, String> placeholders;

  /** {@code placeholders}: the values of Flyway's {@code ${…}} placeholders, names in any case. */
  SchemaLocator(Filer filer, Map<String, String> placeholders) {
    this.filer = filer;
    this.placeholders = placeholders;
  }

  /**
   * The steps found, the problems of the sources themselves, how to name the sources in the
   * summary, and the places tried; {@code error} is set when there is nothing to check against.
   */
  record Result(
      List<SchemaStep> steps,
      List<SourceProblem> problems,
      List<String> names,
      List<String> tried,
      Problem error,
      List<Migration> migrations) {
    Result(
        List<SchemaStep> steps,
        List<SourceProblem> problems,
        List<String> names,
        List<String> tried,
        Problem error) {
      this(steps, problems, names, tried, error, List.of());
    }

    static Result failed(List<String> tried, Problem error) {
      return new Result(List.of(), List.of(), List.of(), tried, error);
    }
  }

  Result locate(List<String> configured) {
    List<String> tried = new ArrayList<>();
    Path projectDir = projectDir();
    if (!configured.isEmpty()) {
      return locateConfigured(configured, projectDir, tried);
    }
    String fromSourcePath = fromFiler(StandardLocation.SOURCE_PATH, tried);
    if (fromSourcePath != null) {
      return single(DEFAULT_NAME, fromSourcePath, tried);
    }
    Path resource = projectDir == null ? null : projectDir.resolve(RESOURCES).resolve(DEFAULT_NAME);
    if (resource != null) {
      tried.add(resource.toString());
      if (Files.isRegularFile(resource)) {
        return read(List.of(resource), List.of(RESOURCES + "/" + DEFAULT_NAME), tried);
      }
    }
    String copy = fromFiler(StandardLocation.CLASS_OUTPUT, tried);
    if (copy != null && resource != null) {
      String where = classOutputFile().map(Path::toString).orElse("the class output's schema.sql");
      return Result.failed(
          tried, Message.STALE_SCHEMA_COPY.unpositioned(where, resource, hint(projectDir)));
    }
    if (copy != null) {
      return single(DEFAULT_NAME, copy, tried);
    }
    return Result.failed(
        tried,
        Message.SCHEMA_NOT_FOUND.unpositioned(
            "no " + DEFAULT_NAME + " found" + hint(projectDir), places(tried)));
  }

  private Result locateConfigured(List<String> configured, Path projectDir, List<String> tried) {
    List<Path> paths = new ArrayList<>();
    for (String entry : configured) {
      Path found = null;
      for (Path candidate : candidates(entry, projectDir)) {
        tried.add(candidate.toString());
        if (Files.exists(candidate)) {
          found = candidate;
          break;
        }
      }
      if (found == null) {
        return Result.failed(
            tried,
            Message.SCHEMA_NOT_FOUND.unpositioned(
                "schema path \"" + entry + "\" does not exist", places(tried)));
      }
      paths.add(found);
    }
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      boolean inProject = projectDir != null && p.startsWith(projectDir);
      names.add((inProject ? projectDir.relativize(p) : p).toString().replace('\\', '/'));
    }
    return read(paths, names, tried);
  }

  private Result read(List<Path> paths, List<String> names, List<String> tried) {
    SourceSet set = SchemaSources.read(paths, placeholders);
    return new Result(set.steps(), set.problems(), names, tried, null, set.migrations());
  }

  private static Result single(String name, String text, List<String> tried) {
    return new Result(List.of(SqlScript.of(name, text)), List.of(), List.of(name), tried, null);
  }

  private static List<Path> candidates(String entry, Path projectDir) {
    List<Path> candidates = new ArrayList<>();
    Path given = Paths.get(entry);
    candidates.add(given.toAbsolutePath().normalize());
    if (!given.isAbsolute() && projectDir != null) {
      candidates.add(projectDir.resolve(given).normalize());
    }
    return candidates;
  }

  /** Where Flyway's and Spring Boot's Liquibase defaults would be, when they exist. */
  private static String hint(Path projectDir) {
    if (projectDir == null) {
      return "";
    }
    List<String> found = new ArrayList<>();
    for (String candidate :
        List.of(
            "db/migration",
            "db/changelog/db.changelog-master.yaml",
            "db/changelog/db.changelog-master.yml",
            "db/changelog/db.changelog-master.xml",
            "db/changelog/db.changelog-master.json",
            "db/changelog/db.changelog-master.sql")) {
      if (Files.exists(projectDir.resolve(RESOURCES).resolve(candidate))) {
        found.add("-Asqlcheck.schema=${project.basedir}/" + RESOURCES + "/" + candidate);
      }
    }
    return found.isEmpty() ? "" : " (this project has " + String.join(" or ", found) + ")";
  }

  private static String places(List<String> tried) {
    StringBuilder places = new StringBuilder();
    for (String place : tried) {
      places.append("\n      ").append(place);
    }
    return places.toString();
  }

  private String fromFiler(StandardLocation location, List<String> tried) {
    try {
      FileObject resource = filer.getResource(location, "", DEFAULT_NAME);
      tried.add(location.getName() + ":" + describe(resource));
      try (InputStream in = resource.openInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException
        | IllegalArgumentException
        | UnsupportedOperationException
        | IllegalStateException e) {
      if (tried.isEmpty() || !tried.get(tried.size() - 1).startsWith(location.getName())) {
        tried.add(location.getName() + ":" + DEFAULT_NAME);
      }
      return null;
    }
  }

  private java.util.Optional<Path> classOutputFile() {
    try {
      FileObject resource = filer.getResource(StandardLocation.CLASS_OUTPUT, "", DEFAULT_NAME);
      return java.util.Optional.of(Paths.get(resource.toUri()));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private static String describe(FileObject resource) {
    try {
      URI uri = resource.toUri();
      return "file".equals(uri.getScheme()) ? Paths.get(uri).toString() : uri.toString();
    } catch (RuntimeException e) {
      return resource.getName();
    }
  }

  /**
   * The folder above {@code target/classes} (or any class output), when it can be told. ecj's Filer
   * may refuse a resource that does not exist, so {@code schema.sql} is asked for first.
   */
  Path projectDir() {
    for (String probe : List.of(DEFAULT_NAME, "sqlcheck.probe")) {
      try {
        URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", probe).toUri();
        if (!"file".equals(uri.getScheme())) {
          continue;
        }
        Path classes = Paths.get(uri).getParent();
        Path target = classes == null ? null : classes.getParent();
        if (target != null
            && target.getParent() != null
            && Files.isDirectory(target.getParent().resolve("src"))) {
          return target.getParent();
        }
        return null;
      } catch (IOException | RuntimeException e) {
        // try the next probe
      }
    }
    return null;
  }
}
