package dev.sqlcheck.processor.oracle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables, views, enums and keywords the generators draw on, read from PostgreSQL after the
 * schema was created, so that the generators can never disagree with the database about what
 * exists. Everything is read in a fixed order, so generation stays deterministic.
 */
final class SchemaModel {
  /** A table or view: its schema, name, columns in order and primary-key columns. */
  record Table(String schema, String name, boolean view, List<GCol> cols, List<String> key) {
    boolean isPublic() {
      return schema.equals("public");
    }
  }

  /** A keyword: PostgreSQL's category (U, C, T, R) and whether it may label without AS. */
  record Keyword(char category, boolean bareLabel) {}

  final List<Table> tables;
  final Map<String, List<String>> enumLabels;
  final Map<String, Keyword> keywords;

  /** Every column name of every table, for mutations that need a name from elsewhere. */
  final List<String> allColumnNames;

  SchemaModel(
      List<Table> tables, Map<String, List<String>> enumLabels, Map<String, Keyword> keywords) {
    this.tables = List.copyOf(tables);
    this.enumLabels = enumLabels;
    this.keywords = keywords;
    Set<String> names = new java.util.TreeSet<>();
    tables.forEach(t -> t.cols().forEach(c -> names.add(c.name())));
    this.allColumnNames = List.copyOf(names);
  }

  static SchemaModel read(Connection c) throws SQLException {
    Map<String, List<String>> enums = enums(c);
    Map<String, List<GCol>> cols = columns(c, enums.keySet());
    Map<String, List<String>> keys = keys(c);
    List<Table> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT n.nspname, c.relname, c.relkind = 'v'"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname IN ('public', 's2') AND c.relkind IN ('r', 'v')"
                    + " ORDER BY n.nspname, c.relname")) {
      while (rs.next()) {
        String id = rs.getString(1) + "." + rs.getString(2);
        tables.add(
            new Table(
                rs.getString(1),
                rs.getString(2),
                rs.getBoolean(3),
                cols.getOrDefault(id, List.of()),
                keys.getOrDefault(id, List.of())));
      }
    }
    return new SchemaModel(tables, enums, keywords(c));
  }

  private static Map<String, List<String>> enums(Connection c) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT format_type(e.enumtypid, NULL), e.enumlabel"
                    + " FROM pg_enum e ORDER BY 1, e.enumsortorder")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  /** Columns per {@code schema.table}; a domain column gets its base type, as in results. */
  private static Map<String, List<GCol>> columns(Connection c, Set<String> enums)
      throws SQLException {
    Map<String, List<GCol>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT n.nspname || '.' || c.relname, a.attname,"
                    + " format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END,"
                    + " NULL) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid"
                    + " WHERE n.nspname IN ('public', 's2') AND a.attnum > 0 AND NOT a.attisdropped"
                    + " ORDER BY 1, a.attnum")) {
      while (rs.next()) {
        String type = rs.getString(3);
        boolean isEnum = enums.contains(type.replace("[]", ""));
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new GCol(rs.getString(2), PgType.parse(type, isEnum)));
      }
    }
    return out;
  }

  private static Map<String, List<String>> keys(Connection c) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT n.nspname || '.' || c.relname, a.attname"
                    + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (k.conkey)"
                    + " WHERE k.contype = 'p' ORDER BY 1, a.attnum")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  private static Map<String, Keyword> keywords(Connection c) throws SQLException {
    Map<String, Keyword> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT word, catcode, barelabel FROM pg_get_keywords()" + " ORDER BY word")) {
      while (rs.next()) {
        out.put(rs.getString(1), new Keyword(rs.getString(2).charAt(0), rs.getBoolean(3)));
      }
    }
    return out;
  }
}
