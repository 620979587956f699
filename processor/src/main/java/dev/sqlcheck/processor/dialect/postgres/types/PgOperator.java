package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * One {@code pg_operator} entry. {@code left} is null for a prefix operator; PostgreSQL 14 and
 * later have no postfix operators.
 */
record PgOperator(String name, PgType left, PgType right, PgType result) {

  boolean isPrefix() {
    return left == null;
  }

  /** As PostgreSQL prints it: {@code integer + integer}, or {@code - integer} for a prefix one. */
  String signature() {
    return (left == null ? "" : left.display() + " ") + name + " " + right.display();
  }
}
