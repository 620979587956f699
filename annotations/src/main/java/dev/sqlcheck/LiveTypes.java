package dev.sqlcheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL types a database reports for placeholders and result columns, looked up once each
 * in {@code pg_type}: a domain resolves to its base type, an array to its element type, and an enum
 * brings its labels from {@code pg_enum}. Names are spelt as {@code format_type} prints them
 * ({@code character varying}, {@code timestamp with time zone}), the spelling the processor's type
 * families use.
 */
final class LiveTypes {
  /** Names the driver prints for serial columns, which are not types in {@code pg_type}. */
  private static final Map<String, String> SERIALS =
      Map.of("serial", "int4", "bigserial", "int8", "smallserial", "int2");

  private static final String BY_NAME =
      "SELECT oid::int8, typtype, typbasetype::int8, typelem::int8, typcategory,"
          + " format_type(oid, NULL) FROM pg_catalog.pg_type WHERE oid = to_regtype(?)";
  private static final String BY_OID =
      "SELECT oid::int8, typtype, typbasetype::int8, typelem::int8, typcategory,"
          + " format_type(oid, NULL) FROM pg_catalog.pg_type WHERE oid = ?::oid";
  private static final String LABELS =
      "SELECT enumlabel FROM pg_catalog.pg_enum WHERE enumtypid = ?::oid ORDER BY enumsortorder";

  /**
   * A type as a Java conversion sees it: its name ({@code integer[]} for an array), the name of its
   * element or itself without domains ({@code integer}), whether it is an array, and the labels
   * when the element is an enum (else null).
   */
  record LiveType(String display, String base, boolean array, List<String> enumLabels) {
    boolean isEnum() {
      return enumLabels != null;
    }

    /** The family deciding conversions, from the manifest's table of built-in names. */
    String family(Map<String, String> families) {
      return isEnum() ? "ENUM" : families.getOrDefault(base, "OTHER");
    }

    @Override
    public String toString() {
      return display;
    }
  }

  private final Connection connection;
  private final Map<String, LiveType> byName = new HashMap<>();

  LiveTypes(Connection connection) {
    this.connection = connection;
  }

  /** The type the driver named {@code name}, or null when {@code pg_type} has no such type. */
  LiveType resolve(String name) throws SQLException {
    if (name == null || name.isEmpty()) {
      return null;
    }
    if (!byName.containsKey(name)) {
      byName.put(name, lookUp(SERIALS.getOrDefault(name, name)));
    }
    return byName.get(name);
  }

  private LiveType lookUp(String name) throws SQLException {
    Row row = row(BY_NAME, name);
    if (row == null) {
      return null;
    }
    String display = row.formatted;
    boolean array = row.category.equals("A") && row.element != 0;
    if (array) {
      row = row(BY_OID, Long.toString(row.element));
    }
    for (int depth = 0; row != null && row.kind.equals("d") && depth < 10; depth++) {
      row = row(BY_OID, Long.toString(row.baseType));
    }
    if (row == null) {
      return null;
    }
    List<String> labels = row.kind.equals("e") ? labels(row.oid) : null;
    return new LiveType(display, row.formatted, array, labels);
  }

  private List<String> labels(long enumOid) throws SQLException {
    List<String> labels = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(LABELS)) {
      ps.setString(1, Long.toString(enumOid));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          labels.add(rs.getString(1));
        }
      }
    }
    return labels;
  }

  /** One {@code pg_type} row. */
  private record Row(
      long oid, String kind, long baseType, long element, String category, String formatted) {}

  private Row row(String sql, String key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Row(
            rs.getLong(1),
            rs.getString(2),
            rs.getLong(3),
            rs.getLong(4),
            rs.getString(5),
            rs.getString(6));
      }
    }
  }
}
