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
 * PostgreSQL as the judge. Each query is given to {@code PREPARE} (parse analysis and rewrite, no
 * planning, no execution) with its {@code :name} parameters turned into {@code $n}; if PostgreSQL
 * accepts it, the result columns are read by describing {@code EXECUTE name}, which returns the
 * prepared statement's row description. One connection serves the whole run.
 *
 * <p>To spend one round trip on many queries, a batch of PREPAREs runs in a temporary PL/pgSQL
 * function, each in its own exception block, which reports the SQLSTATE and message of each
 * failure; only accepted statements are then described one by one, and the batch's prepared
 * statements are dropped together.
 */
final class PostgresJudge implements AutoCloseable {
  /** PostgreSQL's verdict: accepted with labels and canonical types, or rejected with a code. */
  record Verdict(
      boolean accepted, String sqlState, String message, List<String> labels, List<String> types) {
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

  private static final String PREPARE_ALL =
      """
      CREATE FUNCTION pg_temp.oracle_prepare(names text[], texts text[])
      RETURNS TABLE (i integer, state text, message text) LANGUAGE plpgsql AS $$
      BEGIN
        FOR k IN 1 .. coalesce(array_length(texts, 1), 0) LOOP
          BEGIN
            EXECUTE format('PREPARE %I AS %s', names[k], texts[k]);
            i := k; state := NULL; message := NULL;
          EXCEPTION WHEN OTHERS THEN
            i := k; state := SQLSTATE; message := SQLERRM;
          END;
          RETURN NEXT;
        END LOOP;
      END $$""";

  private final Connection connection;
  private final Statement statement;
  private final Map<String, String> typeNames;
  private int prepared;
  private long nanos;

  PostgresJudge(Connection connection) throws SQLException {
    this.connection = connection;
    this.statement = connection.createStatement();
    statement.setEscapeProcessing(false);
    statement.execute("SET statement_timeout = '120s'");
    statement.execute(PREPARE_ALL);
    this.typeNames = typeNames(connection);
  }

  /**
   * Canonical names ({@code format_type}: {@code integer}, {@code character varying}, {@code
   * timestamp with time zone}, {@code integer[]}, {@code s2.level}) keyed by the name pgjdbc
   * reports: {@code typname} for types on the search path, else {@code "schema"."typname"}. A
   * domain maps to its base type, as sqlcheck's catalog does, and so does an array of a domain
   * ({@code array_agg} of a domain column is {@code posint[]}).
   */
  private static Map<String, String> typeNames(Connection c) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT t.typname, n.nspname,"
                    + " n.nspname = ANY (current_schemas(true)),"
                    + " CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, NULL)"
                    + " WHEN e.typtype = 'd' THEN format_type(e.typbasetype, NULL) || '[]'"
                    + " ELSE format_type(t.oid, NULL) END,"
                    + " coalesce(e.typtype, t.typtype) = 'e'"
                    + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'")) {
      while (rs.next()) {
        String key =
            rs.getBoolean(3)
                ? rs.getString(1)
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

  /** The verdicts on {@code sqls}, in order. */
  List<Verdict> judge(List<String> sqls) {
    long start = System.nanoTime();
    try {
      List<String> names = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (String sql : sqls) {
        names.add("oracle_" + prepared++);
        texts.add(PostgresPlaceholders.positional(sql));
      }
      List<Verdict> out = new ArrayList<>();
      List<String[]> failures = prepareAll(names, texts);
      for (int i = 0; i < sqls.size(); i++) {
        String[] f = failures.get(i);
        out.add(
            f != null
                ? new Verdict(false, f[0], f[1], List.of(), List.of())
                : describe(names.get(i), sqls.get(i)));
      }
      statement.execute("DEALLOCATE ALL");
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("the judge's connection failed", e);
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  /**
   * The verdict of running an accepted statement, with NULL for each parameter, in a transaction
   * that is rolled back: rejected with PostgreSQL's error when it fails, else {@code accepted}.
   */
  Verdict run(String sql, Verdict accepted) {
    String text = PostgresPlaceholders.positional(sql);
    int params = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$(\\d+)").matcher(text);
    while (m.find()) {
      params = Math.max(params, Integer.parseInt(m.group(1)));
    }
    String nulls =
        params == 0
            ? ""
            : "(" + String.join(", ", java.util.Collections.nCopies(params, "NULL")) + ")";
    try {
      statement.execute("PREPARE oracle_run AS " + text);
      statement.execute("BEGIN");
      try {
        statement.execute("EXECUTE oracle_run" + nulls);
        return accepted;
      } catch (SQLException e) {
        return new Verdict(false, e.getSQLState(), e.getMessage(), List.of(), List.of());
      } finally {
        statement.execute("ROLLBACK");
        statement.execute("DEALLOCATE oracle_run");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the judge's connection failed", e);
    }
  }

  /** PREPAREs every text; per text null if accepted, else {SQLSTATE, message}. */
  private List<String[]> prepareAll(List<String> names, List<String> texts) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT i, state, message FROM pg_temp.oracle_prepare(?, ?) ORDER BY i")) {
      ps.setArray(1, connection.createArrayOf("text", names.toArray()));
      ps.setArray(2, connection.createArrayOf("text", texts.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String state = rs.getString(2);
          out.add(state == null ? null : new String[] {state, rs.getString(3)});
        }
      }
    }
    if (out.size() != texts.size()) {
      throw new IllegalStateException(out.size() + " verdicts for " + texts.size() + " queries");
    }
    return out;
  }

  private Verdict describe(String name, String sql) {
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
