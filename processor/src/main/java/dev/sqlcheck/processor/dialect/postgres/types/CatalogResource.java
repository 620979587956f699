package dev.sqlcheck.processor.dialect.postgres.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw text of {@code pg15-catalog.txt}, split into its sections, for a set of PostgreSQL major
 * versions: {@link VersionDiff} adds what other versions have and drops what none of them has.
 * Types and casts are few and needed by every question, so {@link PgCatalog} parses them at once;
 * operator and function lines are only grouped by name here and parsed when that name is first
 * resolved, which keeps loading inside javac cheap.
 *
 * <p>Format: {@code ;} lines are comments; a line starting with {@code [} opens a section; every
 * other line is tab-separated fields, missing trailing fields being empty. (Neither character can
 * start an operator name, unlike {@code #} or {@code @}.)
 */
final class CatalogResource {
  static final String NAME = "pg15-catalog.txt";

  final List<String[]> types = new ArrayList<>();
  final List<String[]> casts = new ArrayList<>();
  final List<String[]> opclasses = new ArrayList<>();
  final Map<String, List<String>> operatorLines = new HashMap<>();
  final Map<String, List<String>> functionLines = new HashMap<>();

  private CatalogResource() {}

  /** PostgreSQL 15's catalog. */
  static CatalogResource load() {
    return load(VersionDiff.NONE);
  }

  /** The catalog of the versions {@code diff} was read for. */
  static CatalogResource load(VersionDiff diff) {
    try (BufferedReader reader = open(NAME)) {
      CatalogResource r = read(reader, diff);
      diff.addTo(r);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedReader open(String name) {
    InputStream in = CatalogResource.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  static CatalogResource read(BufferedReader reader) throws IOException {
    return read(reader, VersionDiff.NONE);
  }

  /** Reads PostgreSQL 15's lines, leaving out those {@code diff} decides on. */
  private static CatalogResource read(BufferedReader reader, VersionDiff diff) throws IOException {
    Undecided lines = new Undecided(new CatalogResource(), diff);
    readLines(reader, lines);
    return lines.resource;
  }

  /** Adds each line {@code diff} does not decide on itself. */
  private static final class Undecided implements LineReader {
    final CatalogResource resource;
    final VersionDiff diff;
    Set<String> decided = Set.of();

    Undecided(CatalogResource resource, VersionDiff diff) {
      this.resource = resource;
      this.diff = diff;
    }

    @Override
    public void section(String section) {
      decided = diff.decided(section);
    }

    @Override
    public void line(String section, String line) {
      if (decided.isEmpty() || !decided.contains(line)) {
        resource.add(section, line);
      }
    }
  }

  /**
   * What reads the line format of sqlcheck's catalog resources: each data line, with the section it
   * stands in. (A class, not a lambda: a lambda's bootstrap inside javac would cost more than
   * reading the file.)
   */
  interface LineReader {
    /** A {@code [} line opened {@code section}; nothing by default. */
    default void section(String section) {}

    /** A data line of {@code section} ({@code ""} before the first). */
    void line(String section, String line);
  }

  /** Hands the data lines of a resource to {@code lines}; blank and {@code ;} lines are skipped. */
  static void readLines(BufferedReader reader, LineReader lines) throws IOException {
    String section = "";
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = section(line);
        lines.section(section);
      } else {
        lines.line(section, line);
      }
    }
  }

  /** The name of the section a {@code [} line opens. */
  static String section(String line) {
    int tab = line.indexOf('\t');
    return tab < 0 ? line : line.substring(0, tab);
  }

  void add(String section, String line) {
    switch (section) {
      case "[types]" -> types.add(fields(line, 9));
      case "[casts]" -> casts.add(fields(line, 4));
      case "[opclasses]" -> opclasses.add(fields(line, 2));
      case "[operators]" -> group(operatorLines, line);
      case "[functions]" -> group(functionLines, line);
      default -> throw new IllegalStateException("line outside a known section: " + line);
    }
  }

  private static void group(Map<String, List<String>> byName, String line) {
    int tab = line.indexOf('\t');
    byName.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>(2)).add(line);
  }

  /** Splits on tabs, padding with empty strings up to {@code count} fields. */
  static String[] fields(String line, int count) {
    String[] out = new String[count];
    int start = 0;
    for (int i = 0; i < count; i++) {
      if (start > line.length()) {
        out[i] = "";
        continue;
      }
      int tab = line.indexOf('\t', start);
      int end = tab < 0 ? line.length() : tab;
      out[i] = line.substring(start, end);
      start = end + 1;
    }
    return out;
  }
}
