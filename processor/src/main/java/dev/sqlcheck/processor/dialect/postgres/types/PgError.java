package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * An error exactly as PostgreSQL 15 words it when it parses the same construct: the SQLSTATE, the
 * primary message ({@code operator does not exist: integer + text}), and the optional hint and
 * detail lines (null when PostgreSQL gives none).
 */
public record PgError(String sqlState, String message, String hint, String detail) {

  static PgError of(String sqlState, String message) {
    return new PgError(sqlState, message, null, null);
  }

  PgError withHint(String text) {
    return new PgError(sqlState, message, text, detail);
  }

  PgError withDetail(String text) {
    return new PgError(sqlState, message, hint, text);
  }

  @Override
  public String toString() {
    return message + (hint == null ? "" : " (hint: " + hint + ")");
  }
}
