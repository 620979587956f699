package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A grouping set in GROUP BY. {@code ()} is {@link Kind#EMPTY}; {@code ROLLUP(a, (b, c))} and
 * {@code CUBE(…)} hold expressions (a parenthesised list is a {@link Expr.Row}); {@code GROUPING
 * SETS (…)} holds expressions and nested grouping sets.
 */
public record GroupingSet(Kind kind, List<GroupingElement> content, int start, int end)
    implements GroupingElement {
  public GroupingSet {
    content = List.copyOf(content);
  }

  /** The kind of grouping set. */
  public enum Kind {
    EMPTY,
    ROLLUP,
    CUBE,
    SETS
  }
}
