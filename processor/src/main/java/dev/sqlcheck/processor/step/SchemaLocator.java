package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the schema sources, in the order Doma showed works under javac, Maven and Eclipse:
 *
 * <ol>
 *   <li>the paths in {@code -Asqlcheck.schema}, as given, then relative to the project folder (the
 *       folder above {@code target/classes});
 *   <li>{@code schema.sql} in the class output, through the Filer (Maven copies resources there
 *       before compiling; Eclipse's Filer serves it too);
 *   <li>{@code schema.sql} on the source path;
 *   <li>{@code src/main/resources/schema.sql} in the project folder.
 * </ol>
 *
 * Every step tolerates the exceptions Filers throw for locations they do not support.
 */
final class SchemaLocator {
  static final String DEFAULT_NAME = "schema.sql";

  private final Filer filer;

  SchemaLocator(Filer filer) {
    this.filer = filer;
  }

  /** The sources found, or the list of places tried. */
  record Result(List<SchemaSource> sources, List<Path> files, List<String> tried, String error) {
    boolean found() {
      return error == null;
    }
  }

  Result locate(List<String> configured) {
    List<String> tried = new ArrayList<>();
    Path projectDir = projectDir();
    if (!configured.isEmpty()) {
      return locateConfigured(configured, projectDir, tried);
    }
    for (StandardLocation location :
        List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH)) {
      SchemaSource fromFiler = fromFiler(location, tried);
      if (fromFiler != null) {
        return new Result(List.of(fromFiler), filePath(location), tried, null);
      }
    }
    if (projectDir != null) {
      Path candidate = projectDir.resolve("src/main/resources").resolve(DEFAULT_NAME);
      tried.add(candidate.toString());
      if (Files.isRegularFile(candidate)) {
        return read(candidate, tried);
      }
    }
    return new Result(List.of(), List.of(), tried, "no " + DEFAULT_NAME + " found");
  }

  private Result locateConfigured(List<String> configured, Path projectDir, List<String> tried) {
    List<SchemaSource> sources = new ArrayList<>();
    List<Path> files = new ArrayList<>();
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
        return new Result(
            List.of(), List.of(), tried, "schema path \"" + entry + "\" does not exist");
      }
      try {
        sources.addAll(SchemaLoader.read(found));
        files.add(found);
      } catch (IOException | RuntimeException e) {
        return new Result(
            List.of(), List.of(), tried, "cannot read " + found + ": " + e.getMessage());
      }
    }
    return new Result(sources, files, tried, null);
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

  private Result read(Path file, List<String> tried) {
    try {
      return new Result(SchemaLoader.read(file), List.of(file), tried, null);
    } catch (IOException | RuntimeException e) {
      return new Result(List.of(), List.of(), tried, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private SchemaSource fromFiler(StandardLocation location, List<String> tried) {
    try {
      FileObject resource = filer.getResource(location, "", DEFAULT_NAME);
      tried.add(location.getName() + ":" + describe(resource));
      try (InputStream in = resource.openInputStream()) {
        return new SchemaSource(
            DEFAULT_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
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

  private List<Path> filePath(StandardLocation location) {
    try {
      FileObject resource = filer.getResource(location, "", DEFAULT_NAME);
      return List.of(Paths.get(resource.toUri()));
    } catch (IOException | RuntimeException e) {
      return List.of();
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

  /** The folder above {@code target/classes} (or any class output), when it can be told. */
  Path projectDir() {
    try {
      FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "sqlcheck.probe");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return null;
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
      return null;
    }
  }
}
