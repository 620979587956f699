package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A window: an entry of the {@code WINDOW} clause ({@code name AS (spec)}), the specification of
 * {@code OVER (spec)}, or a reference {@code OVER name}.
 *
 * <pre>{@code
 * WINDOW w AS (PARTITION BY a ORDER BY b)  -> WindowDef(name=w, partitionBy=[a], orderBy=[b])
 * OVER (w ROWS 2 PRECEDING)                -> WindowDef(refName=w, frame=…)
 * OVER w                                   -> WindowDef(refName=w, reference=true)
 * }</pre>
 *
 * @param name the name it is defined under in a WINDOW clause, else null
 * @param refName the existing window it copies ({@code (w …)}) or refers to ({@code OVER w})
 * @param reference whether written {@code OVER name} without parentheses
 * @param frame the frame clause, or null
 */
public record WindowDef(
    Identifier name,
    Identifier refName,
    boolean reference,
    List<Expr> partitionBy,
    List<SortItem> orderBy,
    Frame frame,
    int start,
    int end)
    implements Node {
  public WindowDef {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }

  /**
   * A frame clause: {@code ROWS|RANGE|GROUPS start} or {@code … BETWEEN start AND end}, with an
   * optional {@code EXCLUDE}.
   *
   * @param end the end bound, or null when no {@code BETWEEN} was written
   */
  public record Frame(
      Mode mode, Bound startBound, Bound endBound, Exclusion exclusion, int start, int end)
      implements Node {}

  /**
   * A frame bound: {@code UNBOUNDED PRECEDING}, {@code n FOLLOWING}, {@code CURRENT ROW}…
   *
   * @param offset the {@code n} of {@code n PRECEDING|FOLLOWING}, else null
   */
  public record Bound(BoundKind kind, Expr offset, int start, int end) implements Node {}

  /** The frame unit. */
  public enum Mode {
    ROWS,
    RANGE,
    GROUPS
  }

  /** The kind of frame bound. */
  public enum BoundKind {
    UNBOUNDED_PRECEDING,
    OFFSET_PRECEDING,
    CURRENT_ROW,
    OFFSET_FOLLOWING,
    UNBOUNDED_FOLLOWING
  }

  /** The {@code EXCLUDE} option ({@link #NONE} when absent). */
  public enum Exclusion {
    NONE,
    CURRENT_ROW,
    GROUP,
    TIES,
    NO_OTHERS
  }
}
