package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * One element of CREATE INDEX, INCLUDE or EXCLUDE: a column, a parenthesised expression or a
 * function call written without parentheses, with {@code COLLATE}, an operator class and its
 * parameters, direction and null order.
 *
 * <pre>{@code
 * lower(email) text_pattern_ops DESC NULLS LAST
 *   -> IndexElement(expr lower(email), opclass text_pattern_ops, DESC, LAST)
 * }</pre>
 *
 * @param column the column, or null when {@code expr} is set
 * @param expr the expression, or null when {@code column} is set
 * @param opclassOptions the names of the operator class's parameters {@code (name = value, …)}
 */
public record IndexElement(
    Identifier column,
    Expr expr,
    QualifiedName collation,
    QualifiedName opclass,
    List<Identifier> opclassOptions,
    SortItem.Direction direction,
    SortItem.Nulls nulls,
    int start,
    int end)
    implements Node {
  public IndexElement {
    opclassOptions = List.copyOf(opclassOptions);
  }
}
