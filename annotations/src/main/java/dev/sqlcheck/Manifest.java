package dev.sqlcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the processor recorded about one repository's compiled queries, read back from its resource
 * {@code META-INF/sqlcheck/repositories/<binary name>} (written by the processor's {@code
 * ManifestWriter}, which documents the format). Lines are records, fields are separated by tabs,
 * and an empty field means "none"; unknown records are skipped so that a newer processor's manifest
 * still reads.
 */
record Manifest(
    String repository,
    String display,
    Map<String, String> families,
    Map<String, Map<String, String>> enums,
    Map<String, Set<String>> compiledLabels,
    List<Query> queries) {

  /** The only format version this reader understands. */
  static final int VERSION = 1;

  /** One method's query. {@code columns} is null when the compiler could not know them. */
  record Query(
      String method,
      String sql,
      List<Column> columns,
      List<Read> reads,
      List<Bind> binds,
      List<Use> uses) {}

  /** A result column as compiled. */
  record Column(String label, String type, boolean nullable) {}

  /** A column the row mapping reads (index 0: by label at run time). */
  record Read(
      int index,
      String label,
      String java,
      String enumType,
      boolean unguardedPrimitive,
      String target,
      Accepts accepts) {}

  /**
   * A placeholder; {@code expected} is null when the compiler did not know what it meets, and
   * {@code nullType} is the type name a NULL goes as where generated code names one ({@code int8[]}
   * for an ARRAY, {@code timestamptz} for an {@code OffsetDateTime}), null otherwise and in
   * manifests written before it was recorded.
   */
  record Bind(
      int position,
      String name,
      String expected,
      String mode,
      String jdbcType,
      String java,
      String enumType,
      Accepts accepts,
      String nullType) {}

  /**
   * A table, view or column the query used: the relation's kind ({@code TABLE}, {@code VIEW}, ...)
   * and the column's compiled type and NOT NULL.
   */
  record Use(
      String schema, String relation, String kind, String column, String type, Boolean notNull) {
    boolean isTable() {
      return "TABLE".equals(kind);
    }
  }

  /** The type families a Java value converts from or to, plain and as array elements. */
  record Accepts(Set<String> single, Set<String> arrays) {
    boolean accepts(String family, boolean array) {
      return (array ? arrays : single).contains(family);
    }
  }

  /** Parses a manifest; {@code source} names it in error messages. */
  static Manifest parse(String text, String source) {
    Builder b = new Builder();
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      try {
        b.record(fields(line));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            source + ":" + lineNo + ": unreadable sqlcheck manifest record (" + e + ")", e);
      }
    }
    b.endQuery();
    if (b.version != VERSION || b.repository == null) {
      throw new IllegalArgumentException(
          source
              + ": sqlcheck manifest version "
              + b.version
              + " is not supported; this sqlcheck-annotations reads version "
              + VERSION
              + " (use the same sqlcheck version for the processor and the annotations)");
    }
    return new Manifest(
        b.repository,
        b.display,
        Map.copyOf(b.families),
        Map.copyOf(b.enums),
        Map.copyOf(b.compiledLabels),
        List.copyOf(b.queries));
  }

  /** Collects records into a manifest, one query at a time. */
  private static final class Builder {
    int version = -1;
    String repository;
    String display;
    final Map<String, String> families = new HashMap<>();
    final Map<String, Map<String, String>> enums = new HashMap<>();
    final Map<String, Set<String>> compiledLabels = new HashMap<>();
    final List<Query> queries = new ArrayList<>();
    private String method;
    private String sql;
    private List<Column> columns;
    private final List<Read> reads = new ArrayList<>();
    private final List<Bind> binds = new ArrayList<>();
    private final List<Use> uses = new ArrayList<>();

    void record(List<String> f) {
      switch (f.get(0)) {
        case "sqlcheck-manifest" -> version = Integer.parseInt(f.get(1));
        case "repository" -> {
          repository = f.get(1);
          display = f.get(2);
        }
        case "family" -> families.put(f.get(1), f.get(2));
        case "enum" -> {
          Map<String, String> labels = new LinkedHashMap<>();
          for (int i = 2; i + 1 < f.size(); i += 2) {
            labels.put(f.get(i), f.get(i + 1));
          }
          enums.put(f.get(1), labels);
        }
        case "labels" -> compiledLabels.put(f.get(1), Set.copyOf(f.subList(2, f.size())));
        case "query" -> {
          endQuery();
          method = f.get(1);
        }
        case "sql" -> sql = f.get(1);
        case "columns" -> columns = "?".equals(f.get(1)) ? null : new ArrayList<>();
        case "result" -> columns.add(new Column(f.get(1), opt(f, 2), "null".equals(f.get(3))));
        case "read" -> reads.add(read(f));
        case "bind" -> binds.add(bind(f));
        case "uses" -> uses.add(use(f));
        default -> {
          // A record added by a later version: not needed to verify.
        }
      }
    }

    void endQuery() {
      if (method != null) {
        queries.add(
            new Query(
                method,
                sql,
                columns == null ? null : List.copyOf(columns),
                List.copyOf(reads),
                List.copyOf(binds),
                List.copyOf(uses)));
      }
      method = null;
      sql = null;
      columns = null;
      reads.clear();
      binds.clear();
      uses.clear();
    }

    private static Read read(List<String> f) {
      return new Read(
          Integer.parseInt(f.get(1)),
          opt(f, 2),
          f.get(3),
          opt(f, 4),
          "unguarded".equals(f.get(5)),
          f.get(6),
          accepts(f, 7));
    }

    private static Bind bind(List<String> f) {
      return new Bind(
          Integer.parseInt(f.get(1)),
          f.get(2),
          opt(f, 3),
          f.get(4),
          f.get(5),
          f.get(6),
          opt(f, 7),
          accepts(f, 8),
          opt(f, 10));
    }

    private static Use use(List<String> f) {
      String notNull = opt(f, 6);
      return new Use(
          f.get(1),
          f.get(2),
          opt(f, 3),
          opt(f, 4),
          opt(f, 5),
          notNull == null ? null : "notnull".equals(notNull));
    }

    private static Accepts accepts(List<String> f, int from) {
      return new Accepts(set(opt(f, from)), set(opt(f, from + 1)));
    }
  }

  private static Set<String> set(String csv) {
    return csv == null ? Set.of() : Set.of(csv.split(","));
  }

  private static String opt(List<String> f, int i) {
    return i < f.size() && !f.get(i).isEmpty() ? f.get(i) : null;
  }

  /** Splits a line at tabs and undoes the escapes. */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        out.add(cur.toString());
        cur.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char n = line.charAt(++i);
        cur.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
