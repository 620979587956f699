package dev.sqlcheck;

import dev.sqlcheck.Manifest.Bind;
import dev.sqlcheck.Manifest.Query;
import dev.sqlcheck.QueryCheck.Described;
import dev.sqlcheck.QueryCheck.LiveColumn;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks compiled queries against a live PostgreSQL on one connection, without running any of them.
 * Every query is prepared and described (JDBC's {@code getParameterMetaData} and {@code
 * getMetaData}, a Parse and Describe in PostgreSQL's protocol) inside one read-only transaction
 * that is always rolled back, so no row and no sequence changes. A query the database refuses rolls
 * back to a savepoint, so the next one still runs. Locks the descriptions take (as a plan would)
 * wait at most {@value #LOCK_TIMEOUT}.
 */
final class LiveVerifier {
  static final String LOCK_TIMEOUT = "5s";

  private final Connection connection;

  LiveVerifier(Connection connection) {
    this.connection = connection;
  }

  /** {@code PostgreSQL 15.4}; throws when the database is not PostgreSQL. */
  static String describeDatabase(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String product = meta.getDatabaseProductName();
    String version = meta.getDatabaseProductVersion();
    String name = product + " " + (version == null ? "" : version.split(" ")[0]);
    if (!"PostgreSQL".equalsIgnoreCase(product)) {
      throw new SqlCheckException(
          "the database is "
              + name
              + ", not PostgreSQL: sqlcheck verifies queries against PostgreSQL only (its"
              + " catalog, pg_type and pg_enum, describes what the queries need)");
    }
    return name;
  }

  /** Checks every query of the manifests; the connection's settings are restored afterwards. */
  List<VerificationReport.Failure> verify(List<Manifest> manifests) throws SQLException {
    if (!connection.getAutoCommit()) {
      // It may be inside someone's transaction, which the final rollback would undo.
      throw new SqlCheckException(
          "the DataSource gave a connection that is not in auto-commit mode; verify runs in a"
              + " read-only transaction of its own and rolls it back, so give it connections in"
              + " auto-commit mode, outside any transaction");
    }
    connection.setAutoCommit(false);
    try {
      try (Statement s = connection.createStatement()) {
        s.execute("SET TRANSACTION READ ONLY");
        s.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
      }
      Savepoint clean = connection.setSavepoint();
      LiveTypes types = new LiveTypes(connection);
      List<VerificationReport.Failure> failures = new ArrayList<>();
      for (Manifest m : manifests) {
        for (Query q : m.queries()) {
          String difference = check(m, q, types, clean);
          if (difference != null) {
            failures.add(new VerificationReport.Failure(m.display(), q.method(), difference));
          }
        }
      }
      return failures;
    } finally {
      try {
        connection.rollback();
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /** What breaks one query, or null when it still matches. */
  private String check(Manifest m, Query q, LiveTypes types, Savepoint clean) throws SQLException {
    Described live;
    try {
      live = describe(q);
    } catch (SQLException e) {
      connection.rollback(clean);
      return databaseMessage(e);
    }
    List<String> differences = new QueryCheck(m, q, types).compare(live);
    return differences.isEmpty() ? null : String.join("; ", differences);
  }

  private Described describe(Query q) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(q.sql())) {
      typeUnknownParameters(ps, q);
      ParameterMetaData params = ps.getParameterMetaData();
      List<String> parameterTypes = new ArrayList<>();
      for (int i = 1; i <= params.getParameterCount(); i++) {
        parameterTypes.add(params.getParameterTypeName(i));
      }
      ResultSetMetaData meta = ps.getMetaData();
      List<LiveColumn> columns = new ArrayList<>();
      for (int i = 1; meta != null && i <= meta.getColumnCount(); i++) {
        String table = meta.getTableName(i);
        boolean fromTable = table != null && !table.isEmpty();
        columns.add(
            new LiveColumn(
                meta.getColumnLabel(i),
                meta.getColumnTypeName(i),
                meta.isNullable(i),
                fromTable ? table : null,
                fromTable ? baseColumn(meta, i) : null));
      }
      return new Described(parameterTypes, columns);
    }
  }

  /**
   * Placeholders whose type the compiler did not know (a function argument, {@code :x IS NULL},
   * {@code unnest(:ids)}) get the type the generated code binds, as typed NULLs, so the database
   * resolves them as it will when the method runs. The others stay untyped: the database then
   * infers their type from the query, and {@link QueryCheck} compares it with the Java type.
   */
  private static void typeUnknownParameters(PreparedStatement ps, Query q) throws SQLException {
    for (Bind b : q.binds()) {
      if (b.expected() != null) {
        continue;
      }
      boolean array = "ARRAY".equals(b.mode());
      if (b.nullType() != null) {
        ps.setNull(b.position(), array ? Types.ARRAY : jdbcType(b.jdbcType()), b.nullType());
      } else if (!array) {
        ps.setNull(b.position(), jdbcType(b.jdbcType()));
      }
    }
  }

  private static int jdbcType(String name) {
    try {
      return Types.class.getField(name).getInt(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Types.OTHER;
    }
  }

  /**
   * The column of the table a result column comes from. JDBC's {@code getColumnName} gives the
   * label in PostgreSQL's driver, which offers the real name as {@code getBaseColumnName}; other
   * drivers' metadata falls back to the label.
   */
  private static String baseColumn(ResultSetMetaData meta, int i) throws SQLException {
    try {
      Method base = meta.getClass().getMethod("getBaseColumnName", int.class);
      Object name = base.invoke(meta, i);
      if (name instanceof String s && !s.isEmpty()) {
        return s;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not pgJDBC: the label is the best guess.
    }
    return meta.getColumnLabel(i);
  }

  /** {@code ERROR: column "x" does not exist\n Position: 8} → {@code column "x" does not exist}. */
  static String databaseMessage(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    if (message.startsWith("ERROR: ")) {
      message = message.substring("ERROR: ".length());
    }
    return message.trim();
  }
}
