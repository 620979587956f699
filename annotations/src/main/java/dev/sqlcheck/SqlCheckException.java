package dev.sqlcheck;

import java.sql.SQLException;

/**
 * Thrown by generated methods that do not declare {@code throws SQLException}. The original {@link
 * SQLException} is always the cause, so its SQLState and vendor code stay reachable.
 */
public class SqlCheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SqlCheckException(String message, SQLException cause) {
    super(message, cause);
  }

  /** Thrown without an underlying {@link SQLException}, for example when no row was found. */
  public SqlCheckException(String message) {
    super(message);
  }

  /** The SQLException that caused this one, or {@code null}. */
  public SQLException sqlException() {
    return getCause() instanceof SQLException e ? e : null;
  }

  /** The SQLState of the cause, or {@code null}. */
  public String sqlState() {
    SQLException e = sqlException();
    return e == null ? null : e.getSQLState();
  }
}
