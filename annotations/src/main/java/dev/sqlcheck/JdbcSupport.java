package dev.sqlcheck;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Small, stateless helpers that generated repository implementations call, so that each generated
 * method stays short enough to read. Not meant for application code; every method is thread-safe
 * because none keeps state.
 */
public final class JdbcSupport {
  /**
   * The most bind parameters one statement may carry: PostgreSQL's wire protocol counts them in 16
   * bits, and its JDBC driver refuses a statement with more (SQLState 22023).
   */
  public static final int MAX_BIND_PARAMETERS = 65_535;

  private JdbcSupport() {}

  /** Maps the current row of a result set to a value; generated code passes method references. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  // ---------------------------------------------------------------- binding

  /** Binds {@code value}, or SQL NULL of {@code sqlType} when it is null. */
  public static void bind(PreparedStatement ps, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType);
    } else {
      ps.setObject(index, toJdbc(value), sqlType);
    }
  }

  /**
   * Like {@link #bind(PreparedStatement, int, Object, int)}, but a NULL goes as {@code nullType}
   * ({@code timestamptz}), for the types whose NULL the driver would send without one: the database
   * then types the parameter where the query does not ({@code :since IS NULL}).
   */
  public static void bind(
      PreparedStatement ps, int index, Object value, int sqlType, String nullType)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType, nullType);
    } else {
      ps.setObject(index, toJdbc(value), sqlType);
    }
  }

  /**
   * Binds every element of a collection or array to consecutive placeholders starting at {@code
   * index}, as expanded by {@link #placeholders}. Returns the next free index.
   */
  public static int bindAll(PreparedStatement ps, int index, Object values, int sqlType)
      throws SQLException {
    int next = index;
    for (Object v : elements(values)) {
      bind(ps, next++, v, sqlType);
    }
    return next;
  }

  /**
   * The placeholders for an {@code IN (...)} list of {@code values}: {@code ?, ?, ?}.
   *
   * <p>An empty (or null) collection cannot become {@code IN ()}, which is a syntax error. With
   * {@code emptyListType} it becomes an empty subquery, {@code SELECT CAST(NULL AS bigint) WHERE
   * FALSE}, so {@code x IN (...)} is false for every row and {@code x NOT IN (...)} true for every
   * row, as for a truly empty list. Without a type it becomes {@code NULL}: {@code x IN (NULL)}
   * still matches no row, but so does {@code x NOT IN (NULL)}. {@code emptyListType} is spliced
   * into the SQL, so it must be a constant type name (generated code passes one), never input.
   */
  public static String placeholders(Object values, String emptyListType) {
    int n = elements(values).size();
    if (n == 0) {
      return emptyListType == null
          ? "NULL"
          : "SELECT CAST(NULL AS " + emptyListType + ") WHERE FALSE";
    }
    StringBuilder b = new StringBuilder(n * 3);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "?" : ", ?");
    }
    return b.toString();
  }

  /**
   * Like {@link #placeholders(Object, String)}, but fails before anything is sent when the list
   * alone holds more values than a statement may have parameters ({@link #MAX_BIND_PARAMETERS}),
   * with a {@link SqlCheckException} that names {@code method} and {@code parameter}.
   */
  public static String placeholders(
      Object values, String emptyListType, String method, String parameter) {
    int n = elements(values).size();
    if (n > MAX_BIND_PARAMETERS) {
      throw new SqlCheckException(
          String.format(
              Locale.ROOT,
              "%s: the IN list :%s has %,d values, but one statement can carry at most %,d bind"
                  + " parameters; pass the values as one array instead, with = ANY(:%s)",
              method,
              parameter,
              n,
              MAX_BIND_PARAMETERS,
              parameter));
    }
    return placeholders(values, emptyListType);
  }

  /**
   * A SQL array of {@code elementType} ({@code bigint}, {@code text}, ...) holding the elements of
   * a collection or Java array, or null when {@code values} is null.
   */
  public static Array array(Connection conn, String elementType, Object values)
      throws SQLException {
    if (values == null) {
      return null;
    }
    return conn.createArrayOf(elementType, elements(values).toArray());
  }

  /**
   * An IN list sent as one SQL array ({@code x = ANY(?)}): like {@link #array}, but a null
   * collection is an empty list, as it is when the list is expanded into placeholders.
   */
  public static Array inListArray(Connection conn, String elementType, Object values)
      throws SQLException {
    return conn.createArrayOf(elementType, elements(values).toArray());
  }

  /** Binds a SQL array made by {@link #array}, or SQL NULL. */
  public static void bindArray(PreparedStatement ps, int index, Array array) throws SQLException {
    if (array == null) {
      ps.setNull(index, Types.ARRAY);
    } else {
      ps.setArray(index, array);
    }
  }

  /**
   * Binds a SQL array made by {@link #array}, or a NULL of the array type {@code nullType} ({@code
   * int8[]}): the database knows the parameter's type either way, as it must where the query does
   * not say it ({@code unnest(?)}). A type name the driver cannot find sends the NULL untyped.
   */
  public static void bindArray(PreparedStatement ps, int index, Array array, String nullType)
      throws SQLException {
    if (array == null) {
      ps.setNull(index, Types.ARRAY, nullType);
    } else {
      ps.setArray(index, array);
    }
  }

  /** An {@link Instant} as the UTC {@link OffsetDateTime} JDBC 4.2 drivers understand. */
  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** An enum constant's name, or null. */
  public static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Object toJdbc(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Instant i) {
      return utc(i);
    }
    return value;
  }

  private static List<Object> elements(Object values) {
    List<Object> out = new ArrayList<>();
    if (values == null) {
      return out;
    }
    if (values instanceof Iterable<?> it) {
      it.forEach(v -> out.add(toJdbc(v)));
    } else if (values instanceof Object[] a) {
      for (Object v : a) {
        out.add(toJdbc(v));
      }
    } else if (values instanceof long[] a) {
      for (long v : a) {
        out.add(v);
      }
    } else if (values instanceof int[] a) {
      for (int v : a) {
        out.add(v);
      }
    } else if (values instanceof short[] a) {
      for (short v : a) {
        out.add(v);
      }
    } else if (values instanceof double[] a) {
      for (double v : a) {
        out.add(v);
      }
    } else if (values instanceof float[] a) {
      for (float v : a) {
        out.add(v);
      }
    } else if (values instanceof boolean[] a) {
      for (boolean v : a) {
        out.add(v);
      }
    } else {
      throw new IllegalArgumentException("not a collection or array: " + values.getClass());
    }
    return out;
  }

  // ---------------------------------------------------------------- reading

  /** Exactly one row, else a {@link SqlCheckException} naming {@code method}. */
  public static <T> T one(ResultSet rs, RowMapper<T> mapper, String method) throws SQLException {
    if (!rs.next()) {
      throw new SqlCheckException(
          method + ": expected exactly one row, but the query returned none");
    }
    T row = map(rs, mapper, method);
    if (rs.next()) {
      throw new SqlCheckException(
          method + ": expected exactly one row, but the query returned more than one");
    }
    return row;
  }

  /** Zero or one row; more than one throws a {@link SqlCheckException} naming {@code method}. */
  public static <T> Optional<T> optional(ResultSet rs, RowMapper<T> mapper, String method)
      throws SQLException {
    if (!rs.next()) {
      return Optional.empty();
    }
    T row = map(rs, mapper, method);
    if (rs.next()) {
      throw new SqlCheckException(
          method + ": expected at most one row, but the query returned more than one");
    }
    return Optional.ofNullable(row);
  }

  /** Every row, in order. */
  public static <T> List<T> list(ResultSet rs, RowMapper<T> mapper) throws SQLException {
    List<T> rows = new ArrayList<>();
    while (rs.next()) {
      rows.add(mapper.map(rs));
    }
    return rows;
  }

  /** Every row, in order; a row that cannot be mapped fails naming {@code method}. */
  public static <T> List<T> list(ResultSet rs, RowMapper<T> mapper, String method)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    while (rs.next()) {
      rows.add(map(rs, mapper, method));
    }
    return rows;
  }

  /** The current row, mapped; a {@link RowFailure} gets the method's name. */
  private static <T> T map(ResultSet rs, RowMapper<T> mapper, String method) throws SQLException {
    try {
      return mapper.map(rs);
    } catch (RowFailure e) {
      throw e.in(method);
    }
  }

  /**
   * The 1-based index of the column whose label matches {@code name} ignoring case and underscores
   * ({@code published_year} matches {@code publishedYear}). Used only when the result columns could
   * not be known at compile time.
   */
  public static int column(ResultSet rs, String name) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    String wanted = normalize(name);
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      if (normalize(meta.getColumnLabel(i)).equals(wanted)) {
        return i;
      }
    }
    throw new SQLException("result has no column matching \"" + name + "\"", "42703");
  }

  private static String normalize(String label) {
    return label.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** A nullable {@code Boolean}. */
  public static Boolean getBoolean(ResultSet rs, int i) throws SQLException {
    boolean v = rs.getBoolean(i);
    return rs.wasNull() ? null : v;
  }

  /** A nullable {@code Byte}. */
  public static Byte getByte(ResultSet rs, int i) throws SQLException {
    byte v = rs.getByte(i);
    return rs.wasNull() ? null : v;
  }

  /** A nullable {@code Short}. */
  public static Short getShort(ResultSet rs, int i) throws SQLException {
    short v = rs.getShort(i);
    return rs.wasNull() ? null : v;
  }

  /** A nullable {@code Integer}. */
  public static Integer getInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  /** A nullable {@code Long}. */
  public static Long getLong(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }

  /** A nullable {@code Float}. */
  public static Float getFloat(ResultSet rs, int i) throws SQLException {
    float v = rs.getFloat(i);
    return rs.wasNull() ? null : v;
  }

  /** A nullable {@code Double}. */
  public static Double getDouble(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }

  /**
   * A value for a primitive target: throws rather than silently turning SQL NULL into zero. Used
   * where the compiler could not prove the column non-null.
   */
  public static <T> T required(T value, ResultSet rs, int i) throws SQLException {
    if (value == null) {
      throw new RowFailure(
          "column \"" + rs.getMetaData().getColumnLabel(i) + "\" is NULL but maps to a primitive");
    }
    return value;
  }

  /** A nullable {@link Instant} read through {@link OffsetDateTime}. */
  public static Instant getInstant(ResultSet rs, int i) throws SQLException {
    OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
    return v == null ? null : v.toInstant();
  }

  /** A nullable enum constant, converted from the column's text by {@code valueOf}. */
  public static <E extends Enum<E>> E getEnum(ResultSet rs, int i, Function<String, E> valueOf)
      throws SQLException {
    String v = rs.getString(i);
    return v == null ? null : valueOf.apply(v);
  }

  // ---------------------------------------------------------------- streams and cleanup

  /**
   * A lazy stream over the rows; closing the stream closes the result set, the statement and the
   * connection, in that order.
   */
  public static <T> java.util.stream.Stream<T> stream(
      Connection conn, PreparedStatement ps, ResultSet rs, RowMapper<T> mapper, String method) {
    return RowStream.of(conn, ps, rs, mapper, method);
  }

  /**
   * Closes what a failed method opened, newest first, adding any failure while closing to {@code
   * failure} as suppressed. Null entries are skipped.
   */
  public static void closeAfterFailure(Throwable failure, AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      if (r == null) {
        continue;
      }
      try {
        r.close();
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** Used by generated methods to wrap a {@link SQLException}, naming the method. */
  public static SqlCheckException wrap(String method, SQLException e) {
    return new SqlCheckException(method + " failed: " + e.getMessage(), e);
  }
}
