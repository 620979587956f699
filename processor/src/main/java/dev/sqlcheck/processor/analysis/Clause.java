package dev.sqlcheck.processor.analysis;

/**
 * The clause an expression stands in, PostgreSQL's {@code ParseExprKind}: it decides whether
 * aggregates, window functions and set-returning functions may appear there, and words the error
 * when they may not ({@code aggregate functions are not allowed in WHERE}).
 */
enum Clause {
  NONE(null, true, true, true),
  SELECT_LIST(null, true, true, true),
  WHERE("WHERE", false, false, false),
  JOIN_ON("JOIN conditions", false, false, false),
  FROM_FUNCTION("functions in FROM", false, false, true),
  HAVING(null, true, false, false),
  FILTER("FILTER", false, false, false),
  GROUP_BY("GROUP BY", false, false, true),
  ORDER_BY(null, true, true, true),
  DISTINCT_ON(null, true, true, true),
  WINDOW_PARTITION(null, true, false, true),
  WINDOW_ORDER(null, true, false, true),
  WINDOW_FRAME("window frame", false, false, false),
  LIMIT("LIMIT", false, false, false),
  OFFSET("OFFSET", false, false, false),
  RETURNING("RETURNING", false, false, true),
  VALUES("VALUES", false, false, true),
  INSERT_VALUE("VALUES", false, false, true),
  UPDATE_SET("UPDATE", false, false, false),
  MERGE_WHEN("MERGE WHEN conditions", false, false, false),
  ON_CONFLICT("ON CONFLICT", false, false, false),
  CALL_ARGUMENT("CALL arguments", false, false, false),
  CYCLE_MARK("cycle mark", false, false, false);

  /** The phrase after "not allowed in", or null when it has its own rule. */
  final String phrase;

  final boolean aggregates;
  final boolean windows;
  final boolean setReturning;

  Clause(String phrase, boolean aggregates, boolean windows, boolean setReturning) {
    this.phrase = phrase;
    this.aggregates = aggregates;
    this.windows = windows;
    this.setReturning = setReturning;
  }
}
