package dev.sqlcheck.processor.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which Java types bind to which SQL types, and which SQL result types convert to which Java types.
 * The rules follow what PostgreSQL and its JDBC driver accept: {@code int} binds to a {@code
 * bigint} column (the server widens it), a {@code String} does not (PostgreSQL has no implicit
 * {@code varchar} to {@code bigint} conversion), and anything may be read as a {@code String}. An
 * unknown SQL type accepts every Java type.
 */
public final class TypeRules {
  private static final Set<SqlFamily> NUMBERS =
      EnumSet.of(SqlFamily.INTEGER, SqlFamily.DECIMAL, SqlFamily.FLOATING);
  private static final Set<SqlFamily> TIMESTAMPS =
      EnumSet.of(SqlFamily.TIMESTAMP, SqlFamily.TIMESTAMP_TZ);

  /** Canonical names as the driver's {@code createArrayOf} looks them up in {@code pg_type}. */
  private static final Map<String, String> TYPNAMES =
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

  private TypeRules() {}

  /** True when a value of {@code java} can be bound where the SQL expects {@code expected}. */
  public static boolean canBind(JavaType java, SqlType expected) {
    if (expected == null || expected.isUnknown()) {
      return true;
    }
    if (expected.array()) {
      return false; // a single value never fills an array; collections are checked per element
    }
    SqlFamily family = SqlFamily.of(expected);
    if (family == SqlFamily.UNKNOWN) {
      return true;
    }
    return switch (java.kind()) {
      case BOOLEAN -> family == SqlFamily.BOOLEAN;
      case BYTE, SHORT, INT, LONG, BIG_DECIMAL -> NUMBERS.contains(family);
      case FLOAT, DOUBLE -> family == SqlFamily.FLOATING || family == SqlFamily.DECIMAL;
      case STRING, ENUM -> !family.isStrict();
      case LOCAL_DATE, SQL_DATE -> family == SqlFamily.DATE || TIMESTAMPS.contains(family);
      case LOCAL_TIME, SQL_TIME -> family == SqlFamily.TIME || family == SqlFamily.TIME_TZ;
      case LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT, SQL_TIMESTAMP ->
          TIMESTAMPS.contains(family) || family == SqlFamily.DATE;
      case UUID -> family == SqlFamily.UUID;
      case BYTES -> family == SqlFamily.BYTEA;
    };
  }

  /**
   * True when each element of a Java collection or array can fill an SQL array {@code expected}.
   */
  public static boolean canBindArray(JavaType element, SqlType expected) {
    if (expected == null || expected.isUnknown()) {
      return true;
    }
    return expected.array() && canBind(element, expected.elementType());
  }

  /** True when a result column of type {@code column} converts to {@code java}. */
  public static boolean canRead(SqlType column, JavaType java) {
    if (column == null || column.isUnknown()) {
      return true;
    }
    if (java.container() != null) {
      return column.array() && canRead(column.elementType(), java.element());
    }
    if (column.array()) {
      return java.kind() == ScalarKind.STRING; // the array's text form, {a,b}
    }
    SqlFamily family = SqlFamily.of(column);
    return switch (java.kind()) {
      case STRING -> true; // every PostgreSQL value has a text form
      case BOOLEAN -> family == SqlFamily.BOOLEAN || family == SqlFamily.UNKNOWN;
      case BYTE, SHORT, INT, LONG, BIG_DECIMAL, FLOAT, DOUBLE ->
          NUMBERS.contains(family) || family == SqlFamily.UNKNOWN;
      case ENUM ->
          family == SqlFamily.ENUM || family == SqlFamily.TEXT || family == SqlFamily.UNKNOWN;
      case LOCAL_DATE, SQL_DATE -> family == SqlFamily.DATE || family == SqlFamily.UNKNOWN;
      case LOCAL_TIME, SQL_TIME -> family == SqlFamily.TIME || family == SqlFamily.UNKNOWN;
        // PostgreSQL's driver refuses LocalDateTime from timestamptz: the instant has no local
        // time.
      case LOCAL_DATE_TIME -> family == SqlFamily.TIMESTAMP || family == SqlFamily.UNKNOWN;
      case OFFSET_DATE_TIME, INSTANT, SQL_TIMESTAMP ->
          TIMESTAMPS.contains(family) || family == SqlFamily.UNKNOWN;
      case UUID -> family == SqlFamily.UUID || family == SqlFamily.UNKNOWN;
      case BYTES -> family == SqlFamily.BYTEA || family == SqlFamily.UNKNOWN;
    };
  }

  /**
   * The {@code java.sql.Types} field name for binding {@code java} against {@code expected}. A
   * string or enum meeting a user enum, json or another type PostgreSQL will not take from {@code
   * varchar} goes as {@code OTHER}, which lets the server infer the type.
   */
  public static String jdbcType(JavaType java, SqlType expected) {
    if ((java.kind() == ScalarKind.STRING || java.kind() == ScalarKind.ENUM)
        && expected != null
        && !expected.array()) {
      SqlFamily family = SqlFamily.of(expected);
      if (family == SqlFamily.ENUM || family == SqlFamily.OTHER) {
        return "OTHER";
      }
    }
    return java.kind().jdbcType();
  }

  /**
   * The PostgreSQL element type for {@code Connection.createArrayOf}: the SQL side's element type
   * when known, else the Java element's natural type.
   */
  public static String arrayElementType(JavaType element, SqlType expected) {
    String name =
        expected != null && !expected.isUnknown() ? expected.name() : element.kind().arrayElement();
    return TYPNAMES.getOrDefault(name, name);
  }

  /**
   * The type to give the empty subquery that an empty IN list expands to: {@code x IN (SELECT
   * CAST(NULL AS bigint) WHERE FALSE)} is false for every row and {@code x NOT IN (...)} true, as
   * for a mathematically empty list. The SQL side's type when known and safe to spell, else the
   * Java element's natural type; null (meaning: expand to {@code NULL}) for an enum of unknown SQL
   * type, where any guess could fail to compare.
   */
  public static String emptyListType(JavaType element, SqlType expected) {
    if (expected != null && !expected.isUnknown() && !expected.array()) {
      return SAFE_TYPE_NAME.matcher(expected.name()).matches() ? expected.name() : null;
    }
    return element.kind() == ScalarKind.ENUM ? null : element.kind().arrayElement();
  }

  private static final java.util.regex.Pattern SAFE_TYPE_NAME =
      java.util.regex.Pattern.compile("[a-z_][a-z0-9_]*( [a-z_][a-z0-9_]*)*");
}
