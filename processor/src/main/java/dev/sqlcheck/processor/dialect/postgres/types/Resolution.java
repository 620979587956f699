package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;

/**
 * The answer to a type question: the type PostgreSQL would give the construct (possibly the
 * wildcard {@link SqlType#UNKNOWN} when an input that matters was a wildcard), or the error
 * PostgreSQL would raise while parsing it. Exactly one of {@code type} and {@code error} is set.
 */
public record Resolution(SqlType type, PgError error) {

  static Resolution of(SqlType type) {
    return new Resolution(type, null);
  }

  static Resolution failed(PgError error) {
    return new Resolution(null, error);
  }

  public boolean ok() {
    return error == null;
  }

  @Override
  public String toString() {
    return ok() ? type.toString() : "ERROR: " + error;
  }
}
