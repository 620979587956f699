package dev.sqlcheck.processor.oracle;

import java.util.Locale;

/**
 * A PostgreSQL type as the generators need to know it: the canonical name ({@code format_type}
 * without type modifiers, for example {@code character varying} or {@code s2.level}), a coarse
 * {@link Kind} that decides which operators and functions apply, and the element type of an array.
 * Generators only need to stay type-correct, so expression types are tracked per kind rather than
 * exactly; PostgreSQL remains the judge of the exact result type.
 */
record PgType(String name, Kind kind, PgType element) {

  /**
   * What a value of the type can be combined with. The number kinds are in the order in which one
   * casts implicitly to the next, which {@link #common} relies on.
   */
  enum Kind {
    SMALLINT,
    INTEGER,
    BIGINT,
    NUMERIC,
    REAL,
    DOUBLE,
    TEXT,
    VARCHAR,
    CHAR,
    DATE,
    TIMESTAMP,
    TIMESTAMPTZ,
    INTERVAL,
    BOOLEAN,
    UUID,
    JSONB,
    ENUM,
    ARRAY,
    OTHER;

    /** Kinds in one group mix in CASE, COALESCE, UNION and comparisons. */
    Group group() {
      return switch (this) {
        case SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE -> Group.NUMBER;
        case TEXT, VARCHAR, CHAR -> Group.STRING;
        case DATE, TIMESTAMP, TIMESTAMPTZ -> Group.TIME;
        case INTERVAL -> Group.INTERVAL;
        case BOOLEAN -> Group.BOOL;
        case UUID -> Group.UUID;
        case JSONB -> Group.JSONB;
        case ENUM -> Group.ENUM;
        case ARRAY -> Group.ARRAY;
        case OTHER -> Group.OTHER;
      };
    }

    boolean isInteger() {
      return this == SMALLINT || this == INTEGER || this == BIGINT;
    }
  }

  /** Type groups: values of one group can be compared and unified. */
  enum Group {
    NUMBER,
    STRING,
    TIME,
    INTERVAL,
    BOOL,
    UUID,
    JSONB,
    ENUM,
    ARRAY,
    OTHER
  }

  static final PgType SMALLINT = new PgType("smallint", Kind.SMALLINT, null);
  static final PgType INTEGER = new PgType("integer", Kind.INTEGER, null);
  static final PgType BIGINT = new PgType("bigint", Kind.BIGINT, null);
  static final PgType NUMERIC = new PgType("numeric", Kind.NUMERIC, null);
  static final PgType REAL = new PgType("real", Kind.REAL, null);
  static final PgType DOUBLE = new PgType("double precision", Kind.DOUBLE, null);
  static final PgType TEXT = new PgType("text", Kind.TEXT, null);
  static final PgType VARCHAR = new PgType("character varying", Kind.VARCHAR, null);
  static final PgType CHAR = new PgType("character", Kind.CHAR, null);
  static final PgType DATE = new PgType("date", Kind.DATE, null);
  static final PgType TIMESTAMP = new PgType("timestamp without time zone", Kind.TIMESTAMP, null);
  static final PgType TIMESTAMPTZ = new PgType("timestamp with time zone", Kind.TIMESTAMPTZ, null);
  static final PgType INTERVAL = new PgType("interval", Kind.INTERVAL, null);
  static final PgType BOOLEAN = new PgType("boolean", Kind.BOOLEAN, null);
  static final PgType UUID = new PgType("uuid", Kind.UUID, null);
  static final PgType JSONB = new PgType("jsonb", Kind.JSONB, null);

  Group group() {
    return kind.group();
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  static PgType arrayOf(PgType element) {
    return new PgType(element.name + "[]", Kind.ARRAY, element);
  }

  /**
   * Two types that PostgreSQL can compare with {@code =} and unify in CASE or UNION: same group,
   * and for enums and arrays the very same type (there is no {@code int[] = bigint[]}).
   */
  boolean compatible(PgType other) {
    if (group() != other.group()) {
      return false;
    }
    return switch (group()) {
      case ENUM, ARRAY, OTHER -> name.equals(other.name);
      default -> true;
    };
  }

  /**
   * The type PostgreSQL unifies two compatible types to (select_common_type: a later type replaces
   * the candidate if the candidate casts to it implicitly and not back): the wider integer, then
   * numeric, real, double; date, timestamp, timestamptz; for strings, which all cast to each other,
   * the first. The generators' exact-kind choices (an integer for generate_series, a date for date
   * arithmetic, an array of the very type) depend on it.
   */
  static PgType common(PgType a, PgType b) {
    if (a.equals(b) || a.group() != b.group()) {
      return a;
    }
    return switch (a.group()) {
      case NUMBER -> a.kind.ordinal() >= b.kind.ordinal() ? a : b;
      case STRING -> a;
      case TIME ->
          a.kind == Kind.TIMESTAMPTZ || b.kind == Kind.TIMESTAMPTZ ? TIMESTAMPTZ : TIMESTAMP;
      default -> a;
    };
  }

  /**
   * The type for a {@code format_type} name without modifiers; names not built in are enums when
   * {@code isEnum} says so.
   */
  static PgType parse(String formatted, boolean isEnum) {
    String name = formatted.replaceAll("\\([^)]*\\)", "").trim().toLowerCase(Locale.ROOT);
    if (name.endsWith("[]")) {
      return arrayOf(parse(name.substring(0, name.length() - 2), isEnum));
    }
    for (PgType t :
        new PgType[] {
          SMALLINT,
          INTEGER,
          BIGINT,
          NUMERIC,
          REAL,
          DOUBLE,
          TEXT,
          VARCHAR,
          CHAR,
          DATE,
          TIMESTAMP,
          TIMESTAMPTZ,
          INTERVAL,
          BOOLEAN,
          UUID,
          JSONB
        }) {
      if (t.name.equals(name)) {
        return t;
      }
    }
    return new PgType(name, isEnum ? Kind.ENUM : Kind.OTHER, null);
  }

  @Override
  public String toString() {
    return name;
  }
}
