package dev.sqlcheck.processor.dialect.postgres.parse;

import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A real PostgreSQL (the local 15 in development) as the judge of what is a syntax error: a fresh
 * database, {@code PREPARE} of each query (or, for DDL, which PREPARE cannot take, the statement
 * run in a transaction that is rolled back), and PostgreSQL's verdict. {@link #close()} drops the
 * database.
 */
final class PgOracle implements AutoCloseable {
  private static final String PREFIX = "PREPARE q AS ";

  private final String url;
  private final Connection connection;
  private final Statement statement;
  private Connection ddlConnection;
  private Statement ddlStatement;

  /** PostgreSQL's verdict on one query. */
  record Verdict(boolean syntaxError, String sqlState, String message, int position) {
    static final Verdict OK = new Verdict(false, null, null, -1);

    boolean accepted() {
      return sqlState == null;
    }
  }

  PgOracle(String prefix) throws SQLException {
    url = TestDatabases.freshPostgresDatabase(prefix);
    connection = DriverManager.getConnection(url);
    statement = connection.createStatement();
  }

  /** Runs setup SQL (DDL). */
  void execute(String sql) throws SQLException {
    statement.execute(sql);
  }

  Connection connection() {
    return connection;
  }

  /** PREPAREs the query ({@code :name} parameters as {@code $n}) and returns the verdict. */
  Verdict judge(String sql) {
    Rewrite rw = rewrite(sql);
    String text = PREFIX + rw.sql();
    try {
      statement.execute(text);
      statement.execute("DEALLOCATE q");
      return Verdict.OK;
    } catch (PSQLException e) {
      Verdict v = verdict(e, PREFIX.length());
      return new Verdict(v.syntaxError(), v.sqlState(), v.message(), rw.original(v.position()));
    } catch (SQLException e) {
      return new Verdict(false, e.getSQLState(), e.getMessage(), -1);
    }
  }

  /**
   * Runs a statement PREPARE cannot take (DDL, SET, COPY…) in a transaction that is rolled back at
   * once, on a connection of its own, and returns the verdict. Nothing it creates survives. Unlike
   * {@link #judge}, every SQLSTATE 42601 counts as a syntax error here, also those raised after the
   * grammar (conflicting NULL/NOT NULL, an option given twice…): the DDL parser checks what of
   * those needs no catalog.
   */
  Verdict judgeDdl(String sql) {
    try {
      if (ddlConnection == null) {
        ddlConnection = DriverManager.getConnection(url);
        ddlConnection.setAutoCommit(false);
        ddlStatement = ddlConnection.createStatement();
        ddlStatement.execute("SET statement_timeout = '5s'");
        ddlConnection.commit();
      }
      try {
        ddlStatement.execute(sql);
        return Verdict.OK;
      } catch (PSQLException e) {
        Verdict v = verdict(e, 0);
        return new Verdict("42601".equals(v.sqlState()), v.sqlState(), v.message(), v.position());
      } finally {
        ddlConnection.rollback();
      }
    } catch (SQLException e) {
      return new Verdict(false, e.getSQLState(), e.getMessage(), -1);
    }
  }

  /** PostgreSQL's error as a verdict; {@code prefix} is the length of text we put before. */
  private static Verdict verdict(PSQLException e, int prefix) {
    ServerErrorMessage m = e.getServerErrorMessage();
    String state = e.getSQLState();
    int pos = m == null ? -1 : m.getPosition() - 1 - prefix;
    String msg = m == null ? e.getMessage() : m.getMessage();
    // Analysis also raises 42601 ("DEFAULT is not allowed in this context"); only errors of
    // the lexer and grammar count as syntax errors here.
    String file = m == null ? null : m.getFile();
    boolean parser =
        file == null || file.equals("scan.l") || file.equals("gram.y") || file.equals("parser.c");
    return new Verdict("42601".equals(state) && parser, state, msg, pos);
  }

  /** A query with named parameters rewritten, and the map back to original offsets. */
  record Rewrite(String sql, int[] from, int[] to, int[] origFrom, int[] origTo) {
    int original(int pos) {
      int delta = 0;
      for (int i = 0; i < from.length; i++) {
        if (pos >= to[i]) {
          delta = origTo[i] - to[i];
        } else if (pos >= from[i]) {
          return origFrom[i];
        }
      }
      return pos < 0 ? pos : pos + delta;
    }
  }

  static Rewrite rewrite(String sql) {
    PgTokens t = PgLexer.lex(sql, PgGrammar.defaultRange());
    StringBuilder out = new StringBuilder();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    java.util.List<int[]> spans = new java.util.ArrayList<>();
    int copied = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] == Tok.NAMED_PARAM) {
        String key = t.value[i] + "." + t.property[i];
        int n = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
        out.append(sql, copied, t.start[i]);
        int from = out.length();
        out.append('$').append(n);
        spans.add(new int[] {from, out.length(), t.start[i], t.end[i]});
        copied = t.end[i];
      }
    }
    out.append(sql.substring(copied));
    int k = spans.size();
    int[] a = new int[k];
    int[] b = new int[k];
    int[] c = new int[k];
    int[] d = new int[k];
    for (int i = 0; i < k; i++) {
      a[i] = spans.get(i)[0];
      b[i] = spans.get(i)[1];
      c[i] = spans.get(i)[2];
      d[i] = spans.get(i)[3];
    }
    return new Rewrite(out.toString(), a, b, c, d);
  }

  /** The query with sqlcheck's named parameters as {@code $1, $2…}, found by our own lexer. */
  static String positional(String sql) {
    PgTokens t = PgLexer.lex(sql, PgGrammar.defaultRange());
    StringBuilder out = new StringBuilder();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    int copied = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] == Tok.NAMED_PARAM) {
        String key = t.value[i] + "." + t.property[i];
        int n = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
        out.append(sql, copied, t.start[i]).append('$').append(n);
        copied = t.end[i];
      }
    }
    return out.append(sql.substring(copied)).toString();
  }

  @Override
  public void close() throws SQLException {
    if (ddlConnection != null) {
      ddlConnection.close();
    }
    statement.close();
    connection.close();
    int q = url.indexOf('?');
    String head = q < 0 ? url : url.substring(0, q);
    String db = head.substring(head.lastIndexOf('/') + 1);
    try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
    }
  }
}
