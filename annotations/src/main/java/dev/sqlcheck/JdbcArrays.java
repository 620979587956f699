package dev.sqlcheck;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Reads SQL array columns for generated code: {@code text[]} into {@code List<String>} or {@code
 * String[]}, {@code integer[]} into {@code List<Long>}, ... Drivers hand back arrays of their own
 * element classes ({@code Integer[]} for {@code integer[]}), so each element is converted to the
 * declared Java type. Stateless and thread-safe; not meant for application code.
 */
public final class JdbcArrays {
  private JdbcArrays() {}

  /** The array in column {@code i} as a list (NULL elements stay null), or null for SQL NULL. */
  public static <T> List<T> getList(ResultSet rs, int i, Function<Object, T> convert)
      throws SQLException {
    Array array = rs.getArray(i);
    if (array == null) {
      return null;
    }
    try {
      Object[] values = (Object[]) array.getArray();
      List<T> out = new ArrayList<>(values.length);
      for (Object v : values) {
        out.add(v == null ? null : convert.apply(v));
      }
      return out;
    } finally {
      array.free();
    }
  }

  /** The array in column {@code i} as a Java array, or null for SQL NULL. */
  public static <T> T[] getArray(
      ResultSet rs, int i, Function<Object, T> convert, IntFunction<T[]> newArray)
      throws SQLException {
    List<T> list = getList(rs, i, convert);
    return list == null ? null : list.toArray(newArray.apply(list.size()));
  }

  public static String toText(Object v) {
    return v instanceof Object[] a ? Arrays.deepToString(a) : v.toString();
  }

  public static Short toShort(Object v) {
    return ((Number) v).shortValue();
  }

  public static Integer toInt(Object v) {
    return ((Number) v).intValue();
  }

  public static Long toLong(Object v) {
    return ((Number) v).longValue();
  }

  public static Float toFloat(Object v) {
    return ((Number) v).floatValue();
  }

  public static Double toDouble(Object v) {
    return ((Number) v).doubleValue();
  }

  public static BigDecimal toDecimal(Object v) {
    return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
  }
}
