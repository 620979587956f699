package dev.sqlcheck.processor.dialect.postgres.types;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Asks the live PostgreSQL what it makes of a statement without running it: the statement is parsed
 * and described ({@code PreparedStatement.getMetaData()}), which is exactly the parse analysis that
 * PREPARE does, so no data is needed and nothing executes. The answer is the first result column's
 * type in {@code format_type} spelling, or the error's message and hint.
 */
final class PgOracle {
  private final Connection connection;
  private final PgCatalog catalog;
  private final SqlTypes sqlTypes;

  PgOracle(Connection connection, PgCatalog catalog) {
    this.connection = connection;
    this.catalog = catalog;
    this.sqlTypes = new SqlTypes(catalog);
    quietErrorLog(connection);
  }

  /**
   * Most differential cases are errors, and the server would log each one with its statement; that
   * log traffic, not parsing, dominates the run time. Only superusers may turn it off.
   */
  private static void quietErrorLog(Connection connection) {
    try (Statement s = connection.createStatement()) {
      s.execute("SET log_min_messages = fatal");
      s.execute("SET log_min_error_statement = panic");
    } catch (SQLException e) {
      // not a superuser: the tests only get slower
    }
  }

  Answer ask(String sql) {
    // The driver reads ? as a parameter marker; ?? is its escape for the ? operators.
    try (PreparedStatement ps = connection.prepareStatement(sql.replace("?", "??"))) {
      ResultSetMetaData md = ps.getMetaData();
      if (md == null || md.getColumnCount() == 0) {
        return Answer.type("(no columns)");
      }
      return Answer.type(display(md.getColumnTypeName(1)));
    } catch (PSQLException e) {
      ServerErrorMessage m = e.getServerErrorMessage();
      if (m == null) {
        throw new IllegalStateException("no server message for " + sql, e);
      }
      return Answer.error(m.getMessage(), m.getHint());
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** All result columns as {@code name type}, comma-separated, or the error. */
  Answer columns(String sql) {
    try (PreparedStatement ps = connection.prepareStatement(sql.replace("?", "??"))) {
      ResultSetMetaData md = ps.getMetaData();
      StringBuilder out = new StringBuilder();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        out.append(i == 1 ? "" : ", ")
            .append(md.getColumnLabel(i))
            .append(' ')
            .append(display(md.getColumnTypeName(i)));
      }
      return Answer.type(out.toString());
    } catch (PSQLException e) {
      return Answer.error(
          e.getServerErrorMessage().getMessage(), e.getServerErrorMessage().getHint());
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The driver reports {@code typname}s ({@code int4}, {@code _text}, {@code mood}). */
  private String display(String typname) {
    String name = typname.startsWith("\"") ? typname.substring(1, typname.length() - 1) : typname;
    PgType t = catalog.type(name);
    if (t != null) {
      return sqlTypes.toSql(t).toString();
    }
    if (name.startsWith("_")) {
      return name.substring(1) + "[]";
    }
    return name;
  }
}
