package dev.sqlcheck.processor.dialect.postgres;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect.TypeName;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * PostgreSQL's type names, in one table: a type as written in DDL or a cast ({@code int4}, {@code
 * varchar(20)}, {@code numeric (4, 2)}, {@code timestamptz}, {@code text[]}, {@code integer ARRAY})
 * normalised to the canonical name {@code format_type} prints, dropping length, precision and
 * {@code pg_catalog.}; and back from the canonical name to the internal short name ({@code int8})
 * that column labels of casts and {@code createArrayOf} use. Names that are not built in come back
 * lower-cased (or as quoted), for the caller to resolve as an enum or domain.
 */
final class PgTypeNames {
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("int", "integer"),
          Map.entry("int4", "integer"),
          Map.entry("serial", "integer"),
          Map.entry("serial4", "integer"),
          Map.entry("mediumint", "integer"),
          Map.entry("int8", "bigint"),
          Map.entry("bigserial", "bigint"),
          Map.entry("serial8", "bigint"),
          Map.entry("int2", "smallint"),
          Map.entry("smallserial", "smallint"),
          Map.entry("serial2", "smallint"),
          Map.entry("tinyint", "smallint"),
          Map.entry("varchar", "character varying"),
          Map.entry("char varying", "character varying"),
          Map.entry("char", "character"),
          Map.entry("bpchar", "character"),
          Map.entry("nchar", "character"),
          Map.entry("nvarchar", "character varying"),
          Map.entry("decimal", "numeric"),
          Map.entry("dec", "numeric"),
          Map.entry("float4", "real"),
          Map.entry("float8", "double precision"),
          Map.entry("float", "double precision"),
          Map.entry("double", "double precision"),
          Map.entry("bool", "boolean"),
          Map.entry("timestamp", "timestamp without time zone"),
          Map.entry("timestamptz", "timestamp with time zone"),
          Map.entry("time", "time without time zone"),
          Map.entry("timetz", "time with time zone"),
          Map.entry("varbit", "bit varying"));

  // Compiled once: the loader normalises a type for every column of every table.
  private static final Pattern SERIAL_N = Pattern.compile("serial[248]");
  private static final Pattern ARRAY_SUFFIX = Pattern.compile("(?i).*\\sARRAY$");
  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]");
  private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
  private static final Pattern TRAILING_ARRAY = Pattern.compile("(?i)\\sARRAY\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Answers per type text as written. A schema repeats a handful of spellings over thousands of
   * columns, and each column asks up to three times (serial? domain? type?), so the regexes above
   * run once per spelling. Shared by the loader and by query analysis threads (casts), hence
   * concurrent; bounded so that an unusual input cannot grow them without limit.
   */
  private static final Map<String, TypeName> NORMALIZED = new ConcurrentHashMap<>();

  private static final Map<String, Boolean> SERIAL = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 4096;

  /** Canonical name → internal short name, where they differ. */
  private static final Map<String, String> INTERNAL =
      Map.ofEntries(
          Map.entry("smallint", "int2"),
          Map.entry("integer", "int4"),
          Map.entry("bigint", "int8"),
          Map.entry("real", "float4"),
          Map.entry("double precision", "float8"),
          Map.entry("boolean", "bool"),
          Map.entry("character varying", "varchar"),
          Map.entry("character", "bpchar"),
          Map.entry("timestamp without time zone", "timestamp"),
          Map.entry("timestamp with time zone", "timestamptz"),
          Map.entry("time without time zone", "time"),
          Map.entry("time with time zone", "timetz"));

  private PgTypeNames() {}

  /** The internal short name of a (non-array) canonical type name: {@code bigint} → int8. */
  static String internal(SqlType type) {
    return INTERNAL.getOrDefault(type.name(), type.name());
  }

  static boolean isSerial(String raw) {
    Boolean cached = SERIAL.get(raw);
    if (cached == null) {
      cached = computeIsSerial(raw);
      remember(SERIAL, raw, cached);
    }
    return cached;
  }

  private static boolean computeIsSerial(String raw) {
    String base = baseWords(raw);
    return base.equals("serial")
        || base.equals("bigserial")
        || base.equals("smallserial")
        || SERIAL_N.matcher(base).matches();
  }

  static TypeName normalize(String raw) {
    TypeName cached = NORMALIZED.get(raw);
    if (cached == null) {
      cached = computeNormalized(raw);
      remember(NORMALIZED, raw, cached);
    }
    return cached;
  }

  private static <V> void remember(Map<String, V> cache, String raw, V value) {
    if (cache.size() < CACHE_LIMIT) {
      cache.put(raw, value);
    }
  }

  private static TypeName computeNormalized(String raw) {
    String text = raw.strip();
    boolean array = false;
    if (text.endsWith("]") || ARRAY_SUFFIX.matcher(text).matches()) {
      array = true;
    }
    String base = baseWords(text);
    String schema = null;
    int dot = base.lastIndexOf('.');
    if (dot > 0 && !base.startsWith("\"")) {
      schema = base.substring(0, dot);
      base = base.substring(dot + 1);
      if (schema.equals("pg_catalog")) {
        schema = null;
      }
    }
    if (base.startsWith("\"") && base.endsWith("\"") && base.length() > 1) {
      return new TypeName(schema, base.substring(1, base.length() - 1), array);
    }
    base = canonical(base);
    return new TypeName(schema, base, array);
  }

  /** Lower-cased words without arguments, array marks or qualifiers beyond the type name. */
  private static String baseWords(String raw) {
    String s = PARENS.matcher(BRACKETS.matcher(raw).replaceAll(" ")).replaceAll(" ");
    s = SPACES.matcher(TRAILING_ARRAY.matcher(s).replaceAll(" ").strip()).replaceAll(" ");
    if (s.startsWith("\"")) {
      return s;
    }
    return s.toLowerCase(Locale.ROOT);
  }

  private static String canonical(String base) {
    if (SYNONYMS.containsKey(base)) {
      return SYNONYMS.get(base);
    }
    if (base.startsWith("timestamp")) {
      return base.contains("with time zone") && !base.contains("without")
          ? "timestamp with time zone"
          : "timestamp without time zone";
    }
    if (base.startsWith("time ") || base.equals("time")) {
      return base.contains("with time zone") && !base.contains("without")
          ? "time with time zone"
          : "time without time zone";
    }
    if (base.startsWith("interval")) {
      return "interval";
    }
    if (base.startsWith("character varying") || base.startsWith("varchar")) {
      return "character varying";
    }
    if (base.startsWith("double")) {
      return "double precision";
    }
    if (base.startsWith("bit varying")) {
      return "bit varying";
    }
    return SYNONYMS.getOrDefault(base, base);
  }
}
