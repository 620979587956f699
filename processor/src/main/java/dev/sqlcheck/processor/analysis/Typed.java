package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;

/**
 * What an expression evaluates to: its type, whether it may be NULL, and the column label
 * PostgreSQL would give it in a select list ({@code ?column?} when it has no name of its own).
 */
record Typed(SqlType type, boolean nullable, String label) {
  static final String NO_NAME = "?column?";

  static Typed unknown() {
    return new Typed(SqlType.UNKNOWN, true, NO_NAME);
  }

  static Typed of(String type, boolean nullable) {
    return new Typed(SqlType.of(type), nullable, NO_NAME);
  }

  Typed withLabel(String newLabel) {
    return new Typed(type, nullable, newLabel);
  }

  Typed withNullable(boolean newNullable) {
    return new Typed(type, newNullable, label);
  }

  ResultColumn toResult() {
    return new ResultColumn(label, type, nullable);
  }
}
