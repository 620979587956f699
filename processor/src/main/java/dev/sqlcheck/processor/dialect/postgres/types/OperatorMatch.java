package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.schema.SqlType;

/**
 * How PostgreSQL resolves one operator application: the result type, the types the left and right
 * operands are converted to ({@code leftType} is null for a prefix operator; either is the wildcard
 * when undetermined), and the chosen operator as {@code integer + integer}; or PostgreSQL's error.
 */
public record OperatorMatch(
    SqlType type, SqlType leftType, SqlType rightType, String operator, PgError error) {

  static OperatorMatch failed(PgError error) {
    return new OperatorMatch(null, null, null, null, error);
  }

  public boolean ok() {
    return error == null;
  }

  /** The result as a {@link Resolution}. */
  public Resolution resolution() {
    return ok() ? Resolution.of(type) : Resolution.failed(error);
  }

  @Override
  public String toString() {
    return ok() ? type + " via " + operator : "ERROR: " + error;
  }
}
