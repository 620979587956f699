package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code ON CONFLICT [(index elements) [WHERE …] | ON CONSTRAINT name] DO NOTHING | DO UPDATE SET …
 * [WHERE …]}.
 *
 * @param targetWhere the WHERE of the conflict target (partial index), or null
 * @param constraint the ON CONSTRAINT name, or null
 * @param doUpdate false for DO NOTHING
 * @param where the WHERE of DO UPDATE, or null
 */
public record OnConflict(
    List<IndexElem> target,
    Expr targetWhere,
    Identifier constraint,
    boolean doUpdate,
    List<SetClause> set,
    Expr where,
    int start,
    int end)
    implements Node {
  public OnConflict {
    target = List.copyOf(target);
    set = List.copyOf(set);
  }

  /**
   * One conflict-target element: a column or a parenthesised expression, with optional {@code
   * COLLATE}, operator class, direction and null order.
   *
   * @param column the column, or null when {@code expr} is set
   * @param expr the expression (or a function call written without parentheses), or null
   */
  public record IndexElem(
      Identifier column,
      Expr expr,
      QualifiedName collation,
      QualifiedName opclass,
      SortItem.Direction direction,
      SortItem.Nulls nulls,
      int start,
      int end)
      implements Node {}
}
