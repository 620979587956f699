package dev.sqlcheck.processor.analysis;

import java.util.List;

/**
 * The output columns of an analysed query, in order, and whether they are all of them: a {@code *}
 * over a FROM item with unknown columns leaves the shape unknown ({@code reason} says why).
 */
record QueryShape(List<Level.Output> columns, boolean known, String reason, boolean oneRow) {
  QueryShape {
    columns = List.copyOf(columns);
  }

  /** A query that may return any number of rows. */
  QueryShape(List<Level.Output> columns, boolean known, String reason) {
    this(columns, known, reason, false);
  }

  /** The same columns, for a query that may return any number of rows. */
  QueryShape anyRows() {
    return oneRow ? new QueryShape(columns, known, reason, false) : this;
  }

  static QueryShape unknown(String reason) {
    return new QueryShape(List.of(), false, reason);
  }

  /** The columns as a FROM item over this query sees them. */
  List<RangeColumn> asRangeColumns() {
    return columns.stream()
        .map(c -> new RangeColumn(c.label(), c.value().resolvedType(), c.value().nullable()))
        .toList();
  }
}
