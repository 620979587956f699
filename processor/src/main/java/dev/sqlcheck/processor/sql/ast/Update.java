package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code [WITH …] UPDATE [ONLY] name [*] [[AS] alias] SET … [FROM …] [WHERE cond | WHERE CURRENT OF
 * c] [RETURNING …]}. {@code WHERE CURRENT OF} is an {@link Expr.CurrentOf}.
 */
public record Update(
    WithClause with,
    TableRef.Relation target,
    List<SetClause> set,
    List<TableRef> from,
    Expr where,
    Returning returning,
    int start,
    int end)
    implements Statement {
  public Update {
    set = List.copyOf(set);
    from = List.copyOf(from);
  }
}
