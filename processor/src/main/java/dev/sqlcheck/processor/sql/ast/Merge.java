package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code [WITH …] MERGE INTO target [[AS] alias] USING source ON cond WHEN … [RETURNING …]}
 * (PostgreSQL 15; RETURNING and NOT MATCHED BY SOURCE 17).
 */
public record Merge(
    WithClause with,
    TableRef.Relation target,
    TableRef source,
    Expr on,
    List<When> whens,
    Returning returning,
    int start,
    int end)
    implements Statement {
  public Merge {
    whens = List.copyOf(whens);
  }

  /** Which rows a WHEN clause applies to. */
  public enum Match {
    MATCHED,
    NOT_MATCHED_BY_TARGET,
    NOT_MATCHED_BY_SOURCE
  }

  /** What a WHEN clause does. */
  public enum ActionKind {
    UPDATE,
    DELETE,
    INSERT,
    DO_NOTHING
  }

  /**
   * {@code WHEN [NOT] MATCHED [BY SOURCE|TARGET] [AND cond] THEN action}. For INSERT, {@code
   * columns}, {@code overriding} and {@code values} (null for DEFAULT VALUES) are set; for UPDATE,
   * {@code set}.
   */
  public record When(
      Match match,
      Expr condition,
      ActionKind action,
      List<SetClause> set,
      List<ColumnTarget> columns,
      String overriding,
      List<Expr> values,
      int start,
      int end)
      implements Node {
    public When {
      set = List.copyOf(set);
      columns = List.copyOf(columns);
      values = values == null ? null : List.copyOf(values);
    }
  }
}
