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
  /** What strtod reads besides numbers: infinities and NaN (with glibc's optional payload). */
  private static final Pattern FLOAT_SPECIAL =
      Pattern.compile("[+-]?(inf|infinity|nan(\\([0-9A-Za-z_]*\\))?)", Pattern.CASE_INSENSITIVE);

  /** strtod's decimal and hexadecimal numbers. */
  private static final Pattern FLOAT_NUMBER =
      Pattern.compile(
          "[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?"
              + "|0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)([pP][+-]?\\d+)?)");

  /** numeric_in's words: NaN unsigned, the infinities with a sign or without. */
  private static final Pattern NUMERIC_SPECIAL =
      Pattern.compile("nan|[+-]?(inf|infinity)", Pattern.CASE_INSENSITIVE);

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

  /**
   * Whether some version checked reads integers and numerics as PostgreSQL 16 and later do: with
   * {@code 0x}, {@code 0o} and {@code 0b} prefixes and underscores between digits.
   */
  private final boolean pg16Numbers;

  /** The input rules of PostgreSQL 15. */
  LiteralInput(PgCatalog catalog, SchemaTypes schema) {
    this(catalog, schema, false);
  }

  LiteralInput(PgCatalog catalog, SchemaTypes schema, boolean pg16Numbers) {
    this.catalog = catalog;
    this.schema = schema;
    this.pg16Numbers = pg16Numbers;
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
  private PgError numeric(PgType type, String text) {
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
    if (type.isMultirange()) {
      return InputSyntax.multirange(text);
    }
    return switch (type.name()) {
      // arrays whose input is a list of numbers between blanks
      case "int2vector" -> vector(text, SHORT_MIN, SHORT_MAX, "smallint");
      case "oidvector" -> vector(text, INT_MIN, OID_MAX, "oid");
      default -> array(type, text);
    };
  }

  /** int2vectorin / oidvectorin: each number between blanks read as its element type. */
  private PgError vector(String text, BigInteger min, BigInteger max, String typeName) {
    for (String item : text.strip().split("\\s+")) {
      PgError e = item.isEmpty() ? null : integer(item, min, max, typeName);
      if (e != null) {
        return e;
      }
    }
    return null;
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

  /**
   * pg_strtoint16/32/64: blanks, a sign and decimal digits; from PostgreSQL 16 also {@code 0x},
   * {@code 0o} or {@code 0b} digits, and underscores between digits.
   */
  private PgError integer(String text, BigInteger min, BigInteger max, String typeName) {
    String s = text.strip();
    int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    int radix = pg16Numbers ? radix(s, i) : 10;
    String digits = digits(s, radix == 10 ? i : i + 2, s.length(), radix, radix != 10);
    if (digits == null) {
      return syntax(typeName, text);
    }
    BigInteger value = new BigInteger(digits, radix);
    if (s.startsWith("-")) {
      value = value.negate();
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      return error(
          PgException.OUT_OF_RANGE, "value \"" + text + "\" is out of range for type " + typeName);
    }
    return null;
  }

  /** 16, 8 or 2 after a {@code 0x}, {@code 0o} or {@code 0b} prefix at {@code i}, else 10. */
  private static int radix(String s, int i) {
    if (i + 1 >= s.length() || s.charAt(i) != '0') {
      return 10;
    }
    return switch (s.charAt(i + 1)) {
      case 'x', 'X' -> 16;
      case 'o', 'O' -> 8;
      case 'b', 'B' -> 2;
      default -> 10;
    };
  }

  /**
   * The digits of {@code s} from {@code from} to {@code to}, without underscores, or null unless
   * there is at least one and every other character is an underscore followed by a digit
   * (PostgreSQL 16 on; not the first character unless {@code leadingUnderscore}, as after a radix
   * prefix).
   */
  private String digits(String s, int from, int to, int radix, boolean leadingUnderscore) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isDigit(c, radix)) {
        b.append(c);
      } else if (c != '_'
          || !pg16Numbers
          || i == from && !leadingUnderscore
          || i + 1 >= to
          || !isDigit(s.charAt(i + 1), radix)) {
        return null;
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static boolean isDigit(char c, int radix) {
    return c < 128 && Character.digit(c, radix) >= 0;
  }

  /**
   * numeric_in: NaN or an infinity, or a decimal number (digits, a point, an exponent); from
   * PostgreSQL 16 also a {@code 0x}/{@code 0o}/{@code 0b} integer, and underscores between digits.
   */
  private PgError numeric(String text) {
    String s = text.strip();
    if (NUMERIC_SPECIAL.matcher(s).matches() || decimal(s)) {
      return null;
    }
    return syntax("numeric", text);
  }

  private boolean decimal(String s) {
    int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    int radix = pg16Numbers ? radix(s, i) : 10;
    if (radix != 10) {
      return digits(s, i + 2, s.length(), radix, true) != null;
    }
    int n = s.length();
    int exponent = i;
    while (exponent < n && s.charAt(exponent) != 'e' && s.charAt(exponent) != 'E') {
      exponent++;
    }
    int point = s.indexOf('.', i);
    if (point > exponent) {
      point = -1;
    }
    int integerEnd = point < 0 ? exponent : point;
    boolean integerPart = integerEnd > i;
    boolean fractionPart = point >= 0 && exponent > point + 1;
    if (!integerPart && !fractionPart
        || integerPart && digits(s, i, integerEnd, 10, false) == null
        || fractionPart && digits(s, point + 1, exponent, 10, false) == null) {
      return false;
    }
    if (exponent == n) {
      return true;
    }
    int e = exponent + 1;
    if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
      e++;
    }
    return digits(s, e, n, 10, false) != null;
  }

  /** float4in/float8in: what strtod reads, whole, and in range. */
  private static PgError floating(String text, String typeName, double max, double min) {
    String s = text.strip();
    if (FLOAT_SPECIAL.matcher(s).matches()) {
      return null;
    }
    if (!FLOAT_NUMBER.matcher(s).matches()) {
      return syntax(typeName, text);
    }
    boolean hex = s.indexOf('x') >= 0 || s.indexOf('X') >= 0;
    boolean hasExponent = hex ? s.indexOf('p') >= 0 || s.indexOf('P') >= 0 : false;
    double v = Math.abs(Double.parseDouble(hex && !hasExponent ? s + "p0" : s));
    String mantissa = s.replaceAll(hex ? "[pP].*" : "[eE].*", "").replaceFirst("0[xX]", "");
    boolean zeroDigits =
        mantissa.chars().allMatch(c -> c == '0' || c == '.' || c == '+' || c == '-');
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
