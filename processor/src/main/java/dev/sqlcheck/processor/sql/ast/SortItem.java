package dev.sqlcheck.processor.sql.ast;

/**
 * One {@code ORDER BY} element: {@code expr [ASC|DESC|USING op] [NULLS FIRST|LAST]}.
 *
 * @param direction the written direction ({@link Direction#DEFAULT} when none)
 * @param usingOperator the operator of {@code USING op}, else null
 * @param nulls the written null ordering ({@link Nulls#DEFAULT} when none)
 */
public record SortItem(
    Expr expr, Direction direction, OperatorName usingOperator, Nulls nulls, int start, int end)
    implements Node {

  /** The sort direction as written. */
  public enum Direction {
    DEFAULT,
    ASC,
    DESC,
    USING
  }

  /** The null ordering as written. */
  public enum Nulls {
    DEFAULT,
    FIRST,
    LAST
  }
}
