package dev.sqlcheck.processor.catalog;

/**
 * A column of a table or view. {@code notNull} is true only when the schema guarantees it (NOT
 * NULL, PRIMARY KEY, identity); view columns derived from expressions are nullable.
 */
public record Column(
    String name, SqlType type, boolean notNull, boolean hasDefault, SourceLocation definedAt) {

  public Column withName(String newName) {
    return new Column(newName, type, notNull, hasDefault, definedAt);
  }
}
