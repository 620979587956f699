package dev.sqlcheck.maven;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what a live PostgreSQL database holds as a schema file sqlcheck reads: schemas, enum types
 * with their labels, domains, sequences (bare, so the defaults that use them apply), tables (also
 * partitioned and foreign tables, each as a plain table) with their columns, types, NOT NULL,
 * defaults, identity and generated columns and primary key, and views and materialized views. Read
 * from {@code pg_catalog} in one read-only transaction that is rolled back, because {@code
 * information_schema} leaves out materialized views.
 *
 * <p>A view is written with its columns' names and types as a query of typed NULLs, and with its
 * real definition in a comment: sqlcheck needs the columns, and a stub can never fail to parse.
 * Every name is schema-qualified; types outside {@code public} are too. The output depends only on
 * the database's definitions (ordered by schema and name), so an unchanged database gives the same
 * file.
 */
final class SchemaSnapshot {
  private static final String SCHEMAS =
      """
      SELECT n.nspname, quote_ident(n.nspname)
      FROM pg_catalog.pg_namespace n
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
        AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
      ORDER BY n.nspname""";

  private static final String ENUMS =
      """
      SELECT n.nspname, quote_ident(n.nspname) || '.' || quote_ident(t.typname),
             array_agg(quote_literal(e.enumlabel) ORDER BY e.enumsortorder)
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
      JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
      GROUP BY n.nspname, t.typname
      ORDER BY n.nspname, t.typname""";

  private static final String DOMAINS =
      """
      SELECT n.nspname, quote_ident(n.nspname) || '.' || quote_ident(t.typname),
             format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault,
             (SELECT string_agg(pg_get_constraintdef(c.oid), ' ' ORDER BY c.conname)
              FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'),
             t.oid, t.typbasetype
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'd'
      ORDER BY n.nspname, t.typname""";

  /** Sequences, bare, so that the defaults using them apply; identity columns make their own. */
  private static final String SEQUENCES =
      """
      SELECT n.nspname, quote_ident(n.nspname) || '.' || quote_ident(c.relname)
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'S' AND NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_depend d
        WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
      ORDER BY n.nspname, c.relname""";

  private static final String RELATIONS =
      """
      SELECT n.nspname, quote_ident(n.nspname) || '.' || quote_ident(c.relname), c.relkind,
             c.oid, CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END,
             (SELECT pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k
              WHERE k.conrelid = c.oid AND k.contype = 'p')
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
      ORDER BY CASE WHEN c.relkind IN ('v', 'm') THEN 1 ELSE 0 END, n.nspname, c.relname""";

  /**
   * Unique constraints, then foreign keys (which may need them), each written as PostgreSQL prints
   * it; a partition's copy of its parent's key is left out, as partitions become plain tables.
   */
  private static final String KEYS =
      """
      SELECT n.nspname, coalesce(rn.nspname, n.nspname),
             quote_ident(n.nspname) || '.' || quote_ident(c.relname), quote_ident(k.conname),
             pg_get_constraintdef(k.oid)
      FROM pg_catalog.pg_constraint k
      JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
      LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE k.contype IN ('u', 'f') AND k.conparentid = 0 AND c.relkind IN ('r', 'p')
      ORDER BY k.contype DESC, n.nspname, c.relname, k.conname""";

  private static final String COLUMNS =
      """
      SELECT quote_ident(a.attname), format_type(a.atttypid, a.atttypmod), a.attnotnull,
             pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
      FROM pg_catalog.pg_attribute a
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = ?::oid AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum""";

  private final Connection connection;

  SchemaSnapshot(Connection connection) {
    this.connection = connection;
  }

  /** The schema file for the given schemas (all but PostgreSQL's own when empty). */
  String write(List<String> schemas) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute("SET TRANSACTION READ ONLY");
      // format_type then qualifies every type outside public, as the file is read with public.
      s.execute("SET LOCAL search_path TO public");
      return render(schemas);
    } finally {
      try {
        connection.rollback();
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private String render(List<String> only) throws SQLException {
    String[] db = rows("SELECT current_database(), current_setting('server_version')", null).get(0);
    StringBuilder out = new StringBuilder();
    out.append("-- A snapshot of the database \"").append(db[0]);
    out.append("\", written by mvn sqlcheck:snapshot\n");
    out.append("-- from PostgreSQL ").append(db[1].split(" ")[0]);
    out.append(". sqlcheck reads it as a schema");
    out.append(" source. It holds tables, views,\n-- columns, types, enums, domains, primary");
    out.append(" keys, unique constraints and foreign keys;\n-- not indexes, check constraints,");
    out.append(" functions, triggers, sequences, grants or data.\n");
    Set<String> included = new HashSet<>();
    for (String[] schema : rows(SCHEMAS, null)) {
      if (only.isEmpty() || only.contains(schema[0])) {
        included.add(schema[0]);
        if (!schema[0].equals("public")) {
          out.append("\nCREATE SCHEMA IF NOT EXISTS ").append(schema[1]).append(";\n");
        }
      }
    }
    for (String[] e : rows(ENUMS, null)) {
      if (included.contains(e[0])) {
        out.append("\nCREATE TYPE ").append(e[1]).append(" AS ENUM (").append(e[2]).append(");\n");
      }
    }
    for (String[] d : dependencyOrder(rows(DOMAINS, null))) {
      if (included.contains(d[0])) {
        domain(out, d);
      }
    }
    for (String[] q : rows(SEQUENCES, null)) {
      if (included.contains(q[0])) {
        out.append("\nCREATE SEQUENCE IF NOT EXISTS ").append(q[1]).append(";\n");
      }
    }
    for (String[] r : rows(RELATIONS, null)) {
      if (included.contains(r[0])) {
        relation(out, r);
      }
    }
    boolean first = true;
    for (String[] k : rows(KEYS, null)) {
      if (included.contains(k[0]) && included.contains(k[1])) {
        out.append(first ? "\n" : "");
        first = false;
        out.append("ALTER TABLE ONLY ").append(k[2]).append(" ADD CONSTRAINT ").append(k[3]);
        out.append(' ').append(k[4]).append(";\n");
      }
    }
    return out.toString();
  }

  private static void domain(StringBuilder out, String[] d) {
    out.append("\nCREATE DOMAIN ").append(d[1]).append(" AS ").append(d[2]);
    if (d[4] != null) {
      out.append(" DEFAULT ").append(d[4]);
    }
    if ("t".equals(d[3])) {
      out.append(" NOT NULL");
    }
    if (d[5] != null) {
      out.append(' ').append(d[5]);
    }
    out.append(";\n");
  }

  /** Domains over other domains after their base, otherwise in name order. */
  private static List<String[]> dependencyOrder(List<String[]> domains) {
    Map<String, String[]> byOid = new LinkedHashMap<>();
    domains.forEach(d -> byOid.put(d[6], d));
    List<String[]> out = new ArrayList<>();
    for (String[] d : domains) {
      place(d, byOid, out, 0);
    }
    return out;
  }

  private static void place(
      String[] d, Map<String, String[]> byOid, List<String[]> out, int depth) {
    if (out.contains(d)) {
      return;
    }
    String[] base = byOid.get(d[7]);
    if (base != null && depth < 20) {
      place(base, byOid, out, depth + 1);
    }
    out.add(d);
  }

  private void relation(StringBuilder out, String[] r) throws SQLException {
    String kind = r[2];
    List<String[]> columns = rows(COLUMNS, r[3]);
    if (kind.equals("v") || kind.equals("m")) {
      view(out, r, columns);
      return;
    }
    out.append('\n');
    if (kind.equals("p")) {
      out.append("-- partitioned in the database; partitions follow as tables of their own\n");
    } else if (kind.equals("f")) {
      out.append("-- a foreign table in the database\n");
    }
    out.append("CREATE TABLE ").append(r[1]).append(" (");
    List<String> lines = new ArrayList<>();
    for (String[] c : columns) {
      lines.add(column(c));
    }
    if (r[5] != null) {
      lines.add(r[5]);
    }
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? "\n  " : ",\n  ").append(lines.get(i));
    }
    out.append("\n);\n");
  }

  /** {@code name type [GENERATED …] [DEFAULT …] [NOT NULL]}. */
  private static String column(String[] c) {
    StringBuilder b = new StringBuilder(c[0]).append(' ').append(c[1]);
    if ("s".equals(c[5]) && c[3] != null) {
      b.append(" GENERATED ALWAYS AS (").append(c[3]).append(") STORED");
    } else if ("a".equals(c[4])) {
      b.append(" GENERATED ALWAYS AS IDENTITY");
    } else if ("d".equals(c[4])) {
      b.append(" GENERATED BY DEFAULT AS IDENTITY");
    } else if (c[3] != null) {
      b.append(" DEFAULT ").append(c[3]);
    }
    if ("t".equals(c[2])) {
      b.append(" NOT NULL");
    }
    return b.toString();
  }

  private static void view(StringBuilder out, String[] r, List<String[]> columns) {
    boolean materialized = r[2].equals("m");
    out.append("\n-- ").append(materialized ? "materialized view" : "view");
    out.append(" as defined in the database:\n");
    for (String line : (r[4] == null ? "" : r[4].strip()).split("\n")) {
      out.append("--   ").append(line).append('\n');
    }
    out.append(materialized ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ").append(r[1]);
    out.append(" AS\n  SELECT ");
    for (int i = 0; i < columns.size(); i++) {
      String[] c = columns.get(i);
      out.append(i == 0 ? "" : ",\n    ").append("NULL::").append(c[1]).append(" AS ").append(c[0]);
    }
    out.append(materialized ? "\n  WITH NO DATA;\n" : ";\n");
  }

  /** Every row as strings ({@code t}/{@code f} for booleans, comma-joined arrays). */
  private List<String[]> rows(String sql, String parameter) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (parameter != null) {
        ps.setString(1, parameter);
      }
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          String[] row = new String[n];
          for (int i = 0; i < n; i++) {
            Object v = rs.getObject(i + 1);
            row[i] = text(v);
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private static String text(Object v) throws SQLException {
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      return b ? "t" : "f";
    }
    if (v instanceof Array a) {
      Object[] items = (Object[]) a.getArray();
      List<String> parts = new ArrayList<>();
      for (Object item : items) {
        parts.add(String.valueOf(item));
      }
      return String.join(", ", parts);
    }
    return v.toString();
  }
}
