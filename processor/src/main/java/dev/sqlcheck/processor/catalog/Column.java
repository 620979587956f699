package dev.sqlcheck.processor.catalog;

/**
 * A column of a table or view. {@code notNull} is true only when the schema guarantees it (NOT
 * NULL, PRIMARY KEY, identity); view columns derived from expressions are nullable. {@code
 * generated} says whether PostgreSQL computes the value itself, so that only DEFAULT may be written
 * to it.
 */
public record Column(
    String name,
    SqlType type,
    boolean notNull,
    boolean hasDefault,
    SourceLocation definedAt,
    Generated generated) {

  /** How PostgreSQL fills the column in, as far as writing to it is concerned. */
  public enum Generated {
    /** An ordinary column (also an identity BY DEFAULT, which may be written). */
    NONE,
    /** {@code GENERATED ALWAYS AS IDENTITY}: INSERT needs OVERRIDING SYSTEM VALUE. */
    IDENTITY_ALWAYS,
    /** {@code GENERATED ALWAYS AS (expr)}: only DEFAULT may be written. */
    EXPRESSION
  }

  public Column(
      String name, SqlType type, boolean notNull, boolean hasDefault, SourceLocation definedAt) {
    this(name, type, notNull, hasDefault, definedAt, Generated.NONE);
  }

  public Column withName(String newName) {
    return new Column(newName, type, notNull, hasDefault, definedAt, generated);
  }

  public Column withGenerated(Generated how) {
    return new Column(name, type, notNull, hasDefault, definedAt, how);
  }
}
