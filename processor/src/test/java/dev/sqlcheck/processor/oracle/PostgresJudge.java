package dev.sqlcheck.processor.oracle;

import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL as the judge. Each query is given to {@code PREPARE} (parse analysis and rewrite,
 * no planning, no execution) with its {@code :name} parameters turned into {@code $n}; if
 * PostgreSQL accepts it, the result columns are read by describing {@code EXECUTE name}, which
 * returns the prepared statement's row description. One connection serves the whole run;
 * prepared statements are dropped in batches.
 */
final class PostgresJudge implements AutoCloseable {
  /** PostgreSQL's verdict: accepted with labels and canonical types, or rejected with a code. */
  record Verdict(boolean accepted, String sqlState, String message, List<String> labels,
      List<String> types) {
    static Verdict rejected(SQLException e) {
      String m = e.getMessage() == null ? "" : e.getMessage();
      int nl = m.indexOf('\n');
      m = (nl < 0 ? m : m.substring(0, nl)).replaceFirst("^ERROR: ", "");
      return new Verdict(false, e.getSQLState(), m, List.of(), List.of());
    }

    @Override
    public String toString() {
      if (!accepted) {
        return "rejected " + sqlState + ": " + message;
      }
      List<String> cols = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        cols.add(labels.get(i) + " " + types.get(i));
      }
      return "accepted " + cols;
    }
  }

  private static final int BATCH = 500;
  private final Connection connection;
  private final Statement statement;
  private final Map<String, String> typeNames;
  private int prepared;
  private long nanos;

  PostgresJudge(Connection connection) throws SQLException {
    this.connection = connection;
    this.statement = connection.createStatement();
    statement.setEscapeProcessing(false);
    statement.execute("SET statement_timeout = '10s'");
    this.typeNames = typeNames(connection);
  }

  /**
   * Canonical names ({@code format_type}: {@code integer}, {@code character varying},
   * {@code timestamp with time zone}, {@code integer[]}, {@code s2.level}) keyed by the name
   * pgjdbc reports: {@code typname} for types on the search path, else
   * {@code "schema"."typname"}. A domain maps to its base type, as sqlcheck's catalog does.
   */
  private static Map<String, String> typeNames(Connection c) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT t.typname, n.nspname,"
            + " n.nspname = ANY (current_schemas(true)),"
            + " format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END, NULL),"
            + " coalesce(e.typtype, t.typtype) = 'e'"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'")) {
      while (rs.next()) {
        String key = rs.getBoolean(3) ? rs.getString(1)
            : "\"" + rs.getString(2) + "\".\"" + rs.getString(1) + "\"";
        String name = rs.getString(4);
        // sqlcheck names an enum without its schema (SqlType.enumOf), so s2.level is level.
        if (rs.getBoolean(5)) {
          name = name.replaceFirst("^[^.\"]+\\.", "");
        }
        out.putIfAbsent(key, name);
      }
    }
    return out;
  }

  Verdict judge(String sql) {
    long start = System.nanoTime();
    try {
      return prepareAndDescribe(sql);
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  private Verdict prepareAndDescribe(String sql) {
    String name = "oracle_" + prepared++;
    try {
      if (prepared % BATCH == 0) {
        statement.execute("DEALLOCATE ALL");
      }
      statement.execute("PREPARE " + name + " AS " + PostgresPlaceholders.positional(sql));
    } catch (SQLException e) {
      return Verdict.rejected(e);
    }
    List<String> labels = new ArrayList<>();
    List<String> types = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("EXECUTE " + name)) {
      ResultSetMetaData md = ps.getMetaData();
      int n = md == null ? 0 : md.getColumnCount();
      for (int i = 1; i <= n; i++) {
        labels.add(md.getColumnLabel(i));
        String pg = md.getColumnTypeName(i);
        types.add(typeNames.getOrDefault(pg, pg));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("describing an accepted statement failed: " + sql, e);
    }
    return new Verdict(true, null, null, labels, types);
  }

  /** Time spent in PostgreSQL calls, including the round trips. */
  long nanos() {
    return nanos;
  }

  @Override
  public void close() throws SQLException {
    statement.execute("DEALLOCATE ALL");
    statement.close();
  }
}
