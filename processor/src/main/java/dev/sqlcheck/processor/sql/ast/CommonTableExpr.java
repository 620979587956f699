package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * One common table expression: {@code name [(cols)] AS [[NOT] MATERIALIZED] (statement) [SEARCH …]
 * [CYCLE …]}. The body is a {@link Query} or a data-modifying statement ({@link Insert}, {@link
 * Update}, {@link Delete}, {@link Merge}); PostgreSQL parses it anywhere and rejects misplaced
 * data-modifying ones only during analysis.
 *
 * @param materialized the written materialization choice
 * @param search the SEARCH clause, or null
 * @param cycle the CYCLE clause, or null
 */
public record CommonTableExpr(
    Identifier name,
    List<Identifier> columns,
    Materialized materialized,
    Statement body,
    Search search,
    Cycle cycle,
    int start,
    int end)
    implements Node {
  public CommonTableExpr {
    columns = List.copyOf(columns);
  }

  /** Whether {@code MATERIALIZED} or {@code NOT MATERIALIZED} was written. */
  public enum Materialized {
    DEFAULT,
    MATERIALIZED,
    NOT_MATERIALIZED
  }

  /**
   * {@code SEARCH DEPTH|BREADTH FIRST BY cols SET seqColumn}.
   *
   * @param breadthFirst true for BREADTH FIRST, false for DEPTH FIRST
   */
  public record Search(
      boolean breadthFirst, List<Identifier> columns, Identifier sequenceColumn, int start, int end)
      implements Node {
    public Search {
      columns = List.copyOf(columns);
    }
  }

  /**
   * {@code CYCLE cols SET markColumn [TO markValue DEFAULT markDefault] USING pathColumn}.
   *
   * @param markValue the {@code TO} constant, or null when omitted (then true/false)
   * @param markDefault the {@code DEFAULT} constant, or null when omitted
   */
  public record Cycle(
      List<Identifier> columns,
      Identifier markColumn,
      Expr markValue,
      Expr markDefault,
      Identifier pathColumn,
      int start,
      int end)
      implements Node {
    public Cycle {
      columns = List.copyOf(columns);
    }
  }
}
