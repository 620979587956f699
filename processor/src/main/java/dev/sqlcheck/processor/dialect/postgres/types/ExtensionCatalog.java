package dev.sqlcheck.processor.dialect.postgres.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions and operators on built-in types that the extensions PostgreSQL ships create ({@code
 * pgcrypto}'s {@code crypt}, {@code uuid-ossp}'s {@code uuid_generate_v4}, {@code pg_trgm}'s {@code
 * similarity} and {@code %}), read from {@code pg15-extensions.txt}: the same line format as the
 * built-in catalog, each line led by its extension's name. Read on first use.
 */
final class ExtensionCatalog implements CatalogResource.LineReader {
  static final String NAME = "pg15-extensions.txt";

  /** extension -> routine name -> lines, without the extension field. */
  private final Map<String, Map<String, List<String>>> functions = new HashMap<>();

  private final Map<String, Map<String, List<String>>> operators = new HashMap<>();

  private ExtensionCatalog() {}

  private static final class Holder {
    static final ExtensionCatalog INSTANCE = load();
  }

  static ExtensionCatalog get() {
    return Holder.INSTANCE;
  }

  private static ExtensionCatalog load() {
    ExtensionCatalog c = new ExtensionCatalog();
    try (BufferedReader reader = CatalogResource.open(NAME)) {
      CatalogResource.readLines(reader, c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  @Override
  public void line(String section, String line) {
    int tab = line.indexOf('\t');
    String extension = line.substring(0, tab);
    String rest = line.substring(tab + 1);
    Map<String, Map<String, List<String>>> into =
        switch (section) {
          case "[functions]" -> functions;
          case "[operators]" -> operators;
          default -> throw new IllegalStateException("line outside a known section: " + line);
        };
    into.computeIfAbsent(extension, k -> new HashMap<>())
        .computeIfAbsent(rest.substring(0, rest.indexOf('\t')), k -> new ArrayList<>(2))
        .add(rest);
  }

  /** Whether the catalog lists any routine of this extension. */
  boolean knows(String extension) {
    return functions.containsKey(extension) || operators.containsKey(extension);
  }

  /** The function lines of an extension, by name; empty for one it does not list. */
  Map<String, List<String>> functions(String extension) {
    return functions.getOrDefault(extension, Map.of());
  }

  /** The operator lines of an extension, by name; empty for one it does not list. */
  Map<String, List<String>> operators(String extension) {
    return operators.getOrDefault(extension, Map.of());
  }
}
