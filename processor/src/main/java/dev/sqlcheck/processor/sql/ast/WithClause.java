package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/** {@code WITH [RECURSIVE] cte, …} in front of a query or a data-modifying statement. */
public record WithClause(boolean recursive, List<CommonTableExpr> ctes, int start, int end)
    implements Node {
  public WithClause {
    ctes = List.copyOf(ctes);
  }
}
