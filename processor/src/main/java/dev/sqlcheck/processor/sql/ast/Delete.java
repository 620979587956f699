package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code [WITH …] DELETE FROM [ONLY] name [*] [[AS] alias] [USING …] [WHERE cond | WHERE CURRENT OF
 * c] [RETURNING …]}.
 */
public record Delete(
    WithClause with,
    TableRef.Relation target,
    List<TableRef> using,
    Expr where,
    Returning returning,
    int start,
    int end)
    implements Statement {
  public Delete {
    using = List.copyOf(using);
  }
}
