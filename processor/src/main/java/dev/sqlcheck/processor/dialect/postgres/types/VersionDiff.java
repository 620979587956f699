package dev.sqlcheck.processor.dialect.postgres.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code pg-versions.txt} read for a set of PostgreSQL major versions: the catalog lines that some
 * versions have and others do not, each with the versions that have it. A line is in the catalog of
 * a set when any version of the set has it, so the default range 14–18 knows {@code random(int,
 * int)} (17) and {@code reverse(bytea)} (18), and {@code 15} alone knows neither.
 *
 * <p>Where versions describe one object differently (PostgreSQL 18 named the arguments of {@code
 * regexp_like}), the union keeps the newest description: two functions with one signature would
 * make every call ambiguous.
 *
 * <pre>{@code
 * 16-18   any_value   a   anyelement  anyelement
 * 14-17   regexp_like f   text,text   bool
 * 18      regexp_like f   text,text   bool   string,pattern
 * }</pre>
 */
final class VersionDiff {
  static final String NAME = "pg-versions.txt";

  /** PostgreSQL 15 alone: its catalog is {@code pg15-catalog.txt} as it stands. */
  static final VersionDiff NONE = new VersionDiff(Map.of(), Map.of());

  private record Chosen(String section, String line, int newest) {}

  /** Lines of {@code pg15-catalog.txt} this diff includes or drops itself, by section. */
  private final Map<String, Set<String>> decided;

  /** The lines the versions have, by section and object, newest description first. */
  private final Map<String, Chosen> chosen;

  private VersionDiff(Map<String, Set<String>> decided, Map<String, Chosen> chosen) {
    this.decided = decided;
    this.chosen = chosen;
  }

  /** The diff for {@code versions} (major versions 14 to 18). */
  static VersionDiff of(Set<Integer> versions) {
    if (versions.equals(Set.of(15))) {
      return NONE;
    }
    int wanted = 0;
    for (int v : versions) {
      wanted |= 1 << v;
    }
    try (BufferedReader reader = CatalogResource.open(NAME)) {
      return read(reader, wanted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static VersionDiff read(BufferedReader reader, int wanted) throws IOException {
    Lines lines = new Lines(wanted);
    CatalogResource.readLines(reader, lines);
    return new VersionDiff(lines.decided, lines.chosen);
  }

  /** Sorts the lines of {@code pg-versions.txt} into those decided here and those chosen. */
  private static final class Lines implements CatalogResource.LineReader {
    final int wanted;
    final Map<String, Set<String>> decided = new HashMap<>();
    final Map<String, Chosen> chosen = new LinkedHashMap<>();

    Lines(int wanted) {
      this.wanted = wanted;
    }

    @Override
    public void section(String section) {
      decided.put(section, new HashSet<>());
    }

    @Override
    public void line(String section, String line) {
      int tab = line.indexOf('\t');
      int has = versions(line.substring(0, tab));
      String entry = line.substring(tab + 1);
      if ((has & (1 << 15)) != 0) {
        decided.get(section).add(entry);
      }
      int common = has & wanted;
      if (common != 0) {
        int newest = 31 - Integer.numberOfLeadingZeros(common);
        // No lambda here: its bootstrap would cost more than this whole file inside javac.
        String key = join(section, key(section, entry));
        Chosen known = chosen.get(key);
        if (known == null || newest > known.newest) {
          chosen.put(key, new Chosen(section, entry, newest));
        }
      }
    }
  }

  /**
   * The lines of a section of {@code pg15-catalog.txt} that this diff includes or drops itself; the
   * reader takes every other line as it is.
   */
  Set<String> decided(String section) {
    Set<String> lines = decided.get(section);
    return lines != null ? lines : Set.of();
  }

  /** Adds the lines the versions have beyond those of {@code pg15-catalog.txt} all share. */
  void addTo(CatalogResource resource) {
    for (Chosen c : chosen.values()) {
      resource.add(c.section, c.line);
    }
  }

  /**
   * The versions that have some function of this name, of those whose function names differ (as a
   * bit set, 0 when every version or none has it). Read on first use, which is only when a query
   * calls a function its pinned version does not have.
   */
  static int functionVersions(String name) {
    Integer bits = FunctionNames.BY_NAME.get(name);
    return bits == null ? 0 : bits;
  }

  /** The versions of each function name in {@code pg-versions.txt}. */
  private static final class FunctionNames implements CatalogResource.LineReader {
    static final Map<String, Integer> BY_NAME = read();

    private final Map<String, Integer> out = new HashMap<>();

    private static Map<String, Integer> read() {
      FunctionNames names = new FunctionNames();
      try (BufferedReader reader = CatalogResource.open(NAME)) {
        CatalogResource.readLines(reader, names);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return names.out;
    }

    @Override
    public void line(String section, String line) {
      if (section.equals("[functions]")) {
        int tab = line.indexOf('\t');
        String name = line.substring(tab + 1, line.indexOf('\t', tab + 1));
        Integer known = out.get(name);
        out.put(name, (known == null ? 0 : known) | versions(line.substring(0, tab)));
      }
    }
  }

  /** {@code 14,16-18} as a bit set of versions. */
  static int versions(String ranges) {
    int bits = 0;
    for (String part : ranges.split(",")) {
      int dash = part.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
      int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
      for (int v = from; v <= to; v++) {
        bits |= 1 << v;
      }
    }
    return bits;
  }

  /** What identifies the object a line describes: a type, cast, operator or function signature. */
  private static String key(String section, String line) {
    String[] f = CatalogResource.fields(line, 3);
    return switch (section) {
      case "[types]" -> f[0];
      case "[casts]" -> join(f[0], f[1]);
      case "[operators]" -> join(join(f[0], f[1]), f[2]);
      case "[functions]" -> join(f[0], f[2]);
      default -> line;
    };
  }

  /**
   * {@code a} and {@code b} with a tab between. A StringBuilder, not {@code +}: each new shape of
   * string concatenation costs a millisecond or more to link the first time, inside javac.
   */
  private static String join(String a, String b) {
    return new StringBuilder(a.length() + b.length() + 1)
        .append(a)
        .append('\t')
        .append(b)
        .toString();
  }
}
