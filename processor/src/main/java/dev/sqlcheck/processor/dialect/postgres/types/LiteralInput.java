package dev.sqlcheck.processor.dialect.postgres.types;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parse-time half of converting an untyped literal: PostgreSQL runs the target type's input
 * function on {@code 'x'} while it parses, so {@code 1 UNION 'x'} fails at PREPARE with {@code
 * invalid input syntax for type integer: "x"}. This class reproduces the input functions whose
 * rules are simple (integers, oid, numeric, floats, boolean, uuid, json, bytea, bit strings,
 * points, simple arrays, pseudo-types that reject all input) and, through {@link InputSyntax}, the
 * obvious failures of date/time and range input. It errs on the side of accepting: a literal it
 * cannot judge (an enum label, most datetime formats, inet, money, ...) passes.
 */
final class LiteralInput {
  private static final Pattern NUMERIC =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NUMERIC_SPECIAL =
      Pattern.compile("nan|[+-]?infinity", Pattern.CASE_INSENSITIVE);
  private static final Pattern FLOAT_SPECIAL =
      Pattern.compile("[+-]?(nan|infinity|inf)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEX_PAIR = Pattern.compile("[0-9a-fA-F]{2}");
  private static final Set<String> REJECTING_PSEUDO_TYPES =
      Set.of(
          "internal",
          "trigger",
          "event_trigger",
          "language_handler",
          "fdw_handler",
          "index_am_handler",
          "tsm_handler",
          "table_am_handler",
          "pg_ddl_command",
          PgType.ANYARRAY,
          PgType.ANYENUM,
          PgType.ANYRANGE,
          PgType.ANYMULTIRANGE,
          PgType.ANYCOMPATIBLEARRAY,
          PgType.ANYCOMPATIBLERANGE,
          PgType.ANYCOMPATIBLEMULTIRANGE);

  private static final Set<String> NON_STRICT_PSEUDO_TYPES =
      Set.of(
          "internal",
          "trigger",
          "event_trigger",
          "language_handler",
          "fdw_handler",
          "index_am_handler",
          "tsm_handler",
          "table_am_handler");

  private static final BigInteger SHORT_MIN = BigInteger.valueOf(Short.MIN_VALUE);
  private static final BigInteger SHORT_MAX = BigInteger.valueOf(Short.MAX_VALUE);
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger OID_MAX = BigInteger.valueOf(0xFFFFFFFFL);

  private final PgCatalog catalog;
  private final SchemaTypes schema;

  LiteralInput(PgCatalog catalog, SchemaTypes schema) {
    this.catalog = catalog;
    this.schema = schema;
  }

  /**
   * PostgreSQL's error for reading {@code text} ({@code null} for the NULL literal) as {@code
   * type}, or null if none is known.
   */
  PgError check(PgType type, String text) {
    if (text == null) {
      // Most input functions are strict and never see NULL; these pseudo-types' are not.
      return NON_STRICT_PSEUDO_TYPES.contains(type.name()) ? rejected(type) : null;
    }
    if (REJECTING_PSEUDO_TYPES.contains(type.name())) {
      return rejected(type);
    }
    PgError numeric = numeric(type, text);
    return numeric != null ? numeric : other(type, text);
  }

  /** The number and boolean types, whose input functions are fully reproduced. */
  private static PgError numeric(PgType type, String text) {
    return switch (type.name()) {
      case "int2" -> integer(text, SHORT_MIN, SHORT_MAX, "smallint");
      case "int4" -> integer(text, INT_MIN, INT_MAX, "integer");
      case "int8" -> integer(text, LONG_MIN, LONG_MAX, "bigint");
      case "oid" -> integer(text, INT_MIN, OID_MAX, "oid");
      case "numeric" -> numeric(text);
      case "float4" -> floating(text, "real", Float.MAX_VALUE, Float.MIN_VALUE);
      case "float8" -> floating(text, "double precision", Double.MAX_VALUE, Double.MIN_VALUE);
      case "bool" -> bool(text) ? null : syntax("boolean", text);
      default -> null;
    };
  }

  private PgError other(PgType type, String text) {
    PgError e =
        switch (type.name()) {
          case "uuid" -> uuid(text) ? null : syntax("uuid", text);
          case PgType.RECORD ->
              error(
                  PgException.FEATURE_NOT_SUPPORTED,
                  "input of anonymous composite types is not implemented");
          case "json", "jsonb" -> InputSyntax.json(text);
          case "bytea" -> InputSyntax.bytea(text);
          case "bit", "varbit" -> InputSyntax.bits(text);
          case "point" -> InputSyntax.point(text);
          case "inet" -> InputSyntax.inet(text);
          default -> datetime(type, text);
        };
    if (type.isEnum()) {
      return enumLabel(type, text);
    }
    if (e != null || !(type.isRange() || type.isMultirange() || type.isArray())) {
      return e;
    }
    if (type.isRange()) {
      return InputSyntax.range(text);
    }
    return type.isMultirange() ? InputSyntax.multirange(text) : array(type, text);
  }

  /** enum_in: one of the labels, compared exactly; enums the schema did not list pass. */
  private PgError enumLabel(PgType type, String text) {
    List<String> labels = schema.labels(type.name().substring(2));
    if (labels == null || labels.contains(text)) {
      return null;
    }
    return error(
        PgException.INVALID_TEXT_REPRESENTATION,
        "invalid input value for enum " + type.display() + ": \"" + text + "\"");
  }

  private static PgError datetime(PgType type, String text) {
    return switch (type.name()) {
      case "date" -> InputSyntax.datetime("date", text, false);
      case "time" -> InputSyntax.datetime("time", text, false);
      case "timetz" -> InputSyntax.datetime("time with time zone", text, false);
      case "timestamp" -> InputSyntax.datetime("timestamp", text, false);
      case "timestamptz" -> InputSyntax.datetime("timestamp with time zone", text, false);
      case "interval" -> InputSyntax.datetime("interval", text, true);
      default -> null;
    };
  }

  private static PgError rejected(PgType type) {
    return error(PgException.FEATURE_NOT_SUPPORTED, "cannot accept a value of type " + type.name());
  }

  private static PgError error(String sqlState, String message) {
    return PgError.of(sqlState, message);
  }

  private static PgError syntax(String typeName, String text) {
    return error(
        PgException.INVALID_TEXT_REPRESENTATION,
        "invalid input syntax for type " + typeName + ": \"" + text + "\"");
  }

  /** pg_strtoint16/32/64 as of PostgreSQL 15: blanks, a sign and decimal digits only. */
  private static PgError integer(String text, BigInteger min, BigInteger max, String typeName) {
    String s = text.strip();
    int digits = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    if (s.length() == digits || !s.substring(digits).chars().allMatch(Character::isDigit)) {
      return syntax(typeName, text);
    }
    BigInteger value = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      return error(
          PgException.OUT_OF_RANGE, "value \"" + text + "\" is out of range for type " + typeName);
    }
    return null;
  }

  private static PgError numeric(String text) {
    String s = text.strip();
    if (NUMERIC.matcher(s).matches() || NUMERIC_SPECIAL.matcher(s).matches()) {
      return null;
    }
    return syntax("numeric", text);
  }

  private static PgError floating(String text, String typeName, double max, double min) {
    String s = text.strip();
    if (FLOAT_SPECIAL.matcher(s).matches()) {
      return null;
    }
    if (!NUMERIC.matcher(s).matches()) {
      return syntax(typeName, text);
    }
    double v = Math.abs(Double.parseDouble(s));
    boolean zeroDigits = s.replaceAll("[eE].*", "").chars().noneMatch(c -> c >= '1' && c <= '9');
    if (v > max || Double.isInfinite(v) || (v < min && !zeroDigits)) {
      return error(
          PgException.OUT_OF_RANGE, "\"" + text + "\" is out of range for type " + typeName);
    }
    return null;
  }

  /** parse_bool: whole words or unique prefixes of true/false/yes/no, on/off, 1/0. */
  private static boolean bool(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return false;
    }
    return switch (s.charAt(0)) {
      case 't' -> "true".startsWith(s);
      case 'f' -> "false".startsWith(s);
      case 'y' -> "yes".startsWith(s);
      case 'n' -> "no".startsWith(s);
      case 'o' -> s.length() >= 2 && ("on".equals(s) || "off".startsWith(s));
      case '1', '0' -> s.length() == 1;
      default -> false;
    };
  }

  /** string_to_uuid: 32 hex digits, a hyphen allowed after each group of four, optional braces. */
  private static boolean uuid(String text) {
    String s = text;
    boolean braces = s.startsWith("{");
    if (braces) {
      if (!s.endsWith("}") || s.length() < 2) {
        return false;
      }
      s = s.substring(1, s.length() - 1);
    }
    int pos = 0;
    for (int i = 0; i < 16; i++) {
      if (pos + 2 > s.length() || !HEX_PAIR.matcher(s.substring(pos, pos + 2)).matches()) {
        return false;
      }
      pos += 2;
      if (pos < s.length() && s.charAt(pos) == '-' && i % 2 == 1 && i < 15) {
        pos++;
      }
    }
    return pos == s.length();
  }

  /** array_in for one-dimensional literals of checked element types. */
  private PgError array(PgType type, String text) {
    String s = text.strip();
    if (!s.startsWith("{") && !s.startsWith("[")) {
      return new PgError(
          PgException.INVALID_TEXT_REPRESENTATION,
          "malformed array literal: \"" + text + "\"",
          null,
          "Array value must start with \"{\" or dimension information.");
    }
    if (!s.startsWith("{")
        || !s.endsWith("}")
        || s.indexOf('{', 1) >= 0
        || s.contains("\"")
        || s.contains("\\")) {
      return null; // dimensions, nesting and quoting: not reproduced
    }
    String body = s.substring(1, s.length() - 1);
    if (body.isBlank()) {
      return null;
    }
    PgType element = catalog.elementOf(type);
    for (String item : body.split(",", -1)) {
      String value = item.strip();
      if (value.equalsIgnoreCase("NULL") || value.isEmpty()) {
        continue;
      }
      PgError e = check(element, value);
      if (e != null) {
        return e;
      }
    }
    return null;
  }
}
