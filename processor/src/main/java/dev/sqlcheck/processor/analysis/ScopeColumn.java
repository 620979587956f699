package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;

/** A column visible through a FROM item: its name, type, and whether it can be NULL there. */
record ScopeColumn(String name, SqlType type, boolean nullable) {

  ScopeColumn asNullable() {
    return nullable ? this : new ScopeColumn(name, type, true);
  }

  ResultColumn toResult() {
    return new ResultColumn(name, type, nullable);
  }
}
