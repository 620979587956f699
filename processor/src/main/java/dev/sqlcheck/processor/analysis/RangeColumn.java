package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SqlType;

/**
 * A column of a FROM item as a query sees it: its name, type, and whether it may be NULL before any
 * outer join null-extends it. {@code table} and {@code source} are the catalog relation and column
 * it comes from, when it comes straight from one (for the list of columns a query uses).
 */
record RangeColumn(String name, SqlType type, boolean nullable, Relation table, String source) {
  RangeColumn(String name, SqlType type, boolean nullable) {
    this(name, type, nullable, null, null);
  }

  RangeColumn renamed(String newName) {
    return new RangeColumn(newName, type, nullable, table, source);
  }

  RangeColumn withNullable(boolean newNullable) {
    return new RangeColumn(name, type, newNullable, table, source);
  }
}
