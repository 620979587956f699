package dev.sqlcheck.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One schema source to apply, found on disk: a SQL script, a Flyway folder, or a Liquibase
 * changelog. {@code written} is how the user named it, for messages.
 */
record SchemaSource(String written, Path path, Kind kind) {
  /** How a source is applied. */
  enum Kind {
    SCRIPT,
    FLYWAY,
    LIQUIBASE
  }

  static final String PROPERTY = "sqlcheck.schema";

  private static final List<String> DEFAULTS =
      List.of(
          "classpath:schema.sql",
          "classpath:db/migration",
          "classpath:db/changelog/db.changelog-master.yaml",
          "classpath:db/changelog/db.changelog-master.yml",
          "classpath:db/changelog/db.changelog-master.xml",
          "classpath:db/changelog/db.changelog-master.json",
          "classpath:db/changelog/db.changelog-master.sql");

  @Override
  public String toString() {
    return written;
  }

  /**
   * The sources named in the annotation, else in the system property {@value #PROPERTY}, else the
   * first default that exists; throws when a named source is missing or none is found.
   */
  static List<SchemaSource> resolve(String[] configured, ClassLoader loader) {
    List<String> names = new ArrayList<>();
    for (String s : configured) {
      names.addAll(split(s));
    }
    if (names.isEmpty()) {
      names.addAll(split(System.getProperty(PROPERTY, "")));
    }
    List<SchemaSource> out = new ArrayList<>();
    if (names.isEmpty()) {
      for (String candidate : DEFAULTS) {
        Path found = locate(candidate, loader);
        if (found != null) {
          out.add(of(candidate, found));
          return out;
        }
      }
      throw new IllegalStateException(
          "no schema source for @SqlCheckDatabase: found none of "
              + DEFAULTS
              + "; name one with @SqlCheckDatabase(schema = \"src/main/resources/db/migration\")"
              + " or the system property "
              + PROPERTY);
    }
    for (String name : names) {
      Path found = locate(name, loader);
      if (found == null) {
        throw new IllegalStateException(
            "schema source \""
                + name
                + "\" not found (working directory "
                + Path.of("").toAbsolutePath()
                + ")");
      }
      out.add(of(name, found));
    }
    return out;
  }

  private static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  /** A file, or a class path resource that lives in a folder (not inside a jar). */
  private static Path locate(String name, ClassLoader loader) {
    if (!name.startsWith("classpath:")) {
      Path p = Path.of(name);
      return Files.exists(p) ? p : null;
    }
    URL url = loader.getResource(name.substring("classpath:".length()));
    if (url == null) {
      return null;
    }
    if (!"file".equals(url.getProtocol())) {
      throw new IllegalStateException(
          "schema source " + name + " is inside " + url + "; name it as a file instead");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("schema source " + name + ": " + e.getMessage(), e);
    }
  }

  private static SchemaSource of(String written, Path path) {
    if (Files.isDirectory(path)) {
      return new SchemaSource(written, path, Kind.FLYWAY);
    }
    String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".xml")
        || file.endsWith(".yaml")
        || file.endsWith(".yml")
        || file.endsWith(".json")
        || file.endsWith(".sql") && isFormattedChangelog(path)) {
      return new SchemaSource(written, path, Kind.LIQUIBASE);
    }
    return new SchemaSource(written, path, Kind.SCRIPT);
  }

  /** A Liquibase formatted-SQL changelog starts with {@code --liquibase formatted sql}. */
  private static boolean isFormattedChangelog(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8).stripLeading();
      return text.toLowerCase(Locale.ROOT).startsWith("--liquibase formatted sql");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
