package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * One assignment of UPDATE, ON CONFLICT DO UPDATE or MERGE UPDATE: {@code col = expr}, {@code
 * col[1] = expr}, {@code col.field = expr}, or the multiple form {@code (a, b) = (expr, expr)} /
 * {@code = ROW(…)} / {@code = (SELECT …)}. The value may be {@link Expr.Default}.
 *
 * @param targets one target, or several for the parenthesised form
 * @param multiple whether the parenthesised form {@code (a, b) = …} was written
 */
public record SetClause(
    List<ColumnTarget> targets, boolean multiple, Expr value, int start, int end) implements Node {
  public SetClause {
    targets = List.copyOf(targets);
  }
}
