package dev.sqlcheck.processor.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

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

  private final Function<SqlType, SqlFamily> families;
  private final ToIntFunction<SqlType> integerBytes;

  /**
   * Rules over the type families a dialect assigns ({@code Dialect::family}) and the sizes of its
   * integer types ({@code Dialect::integerBytes}).
   */
  public TypeRules(Function<SqlType, SqlFamily> families, ToIntFunction<SqlType> integerBytes) {
    this.families = families;
    this.integerBytes = integerBytes;
  }

  /** True when a value of {@code java} can be bound where the SQL expects {@code expected}. */
  public boolean canBind(JavaType java, SqlType expected) {
    if (expected == null || expected.isUnknown()) {
      return true;
    }
    if (expected.array()) {
      return false; // a single value never fills an array; collections are checked per element
    }
    SqlFamily family = families.apply(expected);
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
  public boolean canBindArray(JavaType element, SqlType expected) {
    if (expected == null || expected.isUnknown()) {
      return true;
    }
    return expected.array() && canBind(element, expected.elementType());
  }

  /** True when a result column of type {@code column} converts to {@code java}. */
  public boolean canRead(SqlType column, JavaType java) {
    if (column == null || column.isUnknown()) {
      return true;
    }
    if (java.container() != null) {
      return column.array() && canRead(column.elementType(), java.element());
    }
    if (column.array()) {
      return java.kind() == ScalarKind.STRING; // the array's text form, {a,b}
    }
    SqlFamily family = families.apply(column);
    return switch (java.kind()) {
      case STRING -> true; // every PostgreSQL value has a text form
      case BOOLEAN -> family == SqlFamily.BOOLEAN || family == SqlFamily.UNKNOWN;
      case BYTE, SHORT, INT, LONG -> family == SqlFamily.UNKNOWN || fitsIntegral(column, java);
      case BIG_DECIMAL, FLOAT, DOUBLE -> NUMBERS.contains(family) || family == SqlFamily.UNKNOWN;
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
   * An integral Java type takes only integer columns no wider than itself: a wider integer, a
   * numeric or a floating-point value may not fit, and the driver then fails at run time ({@code
   * Bad value for type int}).
   */
  private boolean fitsIntegral(SqlType column, JavaType java) {
    int bytes = integerBytes.applyAsInt(column);
    int capacity =
        switch (java.kind()) {
          case BYTE -> 1;
          case SHORT -> 2;
          case INT -> 4;
          default -> 8;
        };
    return bytes > 0 && bytes <= capacity;
  }

  /**
   * Why a column cannot be read into {@code java} when it is a narrowing of numbers, as advice;
   * null for any other mismatch.
   */
  public String narrowingAdvice(SqlType column, JavaType java) {
    SqlFamily family = families.apply(column);
    boolean integral =
        switch (java.kind()) {
          case BYTE, SHORT, INT, LONG -> true;
          default -> false;
        };
    if (!integral || column.array() || !NUMBERS.contains(family)) {
      return null;
    }
    int bytes = integerBytes.applyAsInt(column);
    if (bytes > 0) {
      return "a "
          + column
          + " may not fit "
          + java.display()
          + "; read it as "
          + (bytes == 8 ? "long" : bytes == 4 ? "int or long" : "short, int or long")
          + ", or cast in SQL to the type you mean (count(*)::int)";
    }
    return "a "
        + column
        + " value may have a fraction or not fit "
        + java.display()
        + "; read it as BigDecimal or double, or cast in SQL (round(x)::bigint)";
  }
}
