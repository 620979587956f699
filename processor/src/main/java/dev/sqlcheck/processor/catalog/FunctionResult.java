package dev.sqlcheck.processor.catalog;

import java.util.List;

/**
 * What a function the schema defines returns, read from its declaration: the columns it gives in
 * {@code FROM} (names and types), whether it returns a set, and whether it returns one plain value,
 * whose column in {@code FROM} is named after the function (or its alias), as PostgreSQL names it.
 *
 * @param names the column names in {@code FROM}
 * @param types their types, never unknown
 * @param setOf whether it returns a set of rows
 * @param scalar whether it returns one plain value (one column named after the function)
 */
public record FunctionResult(
    List<String> names, List<SqlType> types, boolean setOf, boolean scalar) {
  public FunctionResult {
    names = List.copyOf(names);
    types = List.copyOf(types);
    if (names.size() != types.size() || names.isEmpty()) {
      throw new IllegalArgumentException("one type per column, at least one column");
    }
  }

  /** The type of the call as a value: its one column's, or null for a row of several. */
  public SqlType valueType() {
    return types.size() == 1 ? types.get(0) : null;
  }
}
