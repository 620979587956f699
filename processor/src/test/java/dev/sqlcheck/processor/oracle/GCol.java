package dev.sqlcheck.processor.oracle;

/**
 * A column as the generators see it. {@code name} is the name PostgreSQL gives it, or null when
 * PostgreSQL invents one the generators do not predict (such a column is never referenced by name,
 * only through {@code *}).
 */
record GCol(String name, PgType type) {
  GCol renamed(String newName) {
    return new GCol(newName, type);
  }
}
