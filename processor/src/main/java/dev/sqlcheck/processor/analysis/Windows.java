package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.sql.ast.SortItem;
import dev.sqlcheck.processor.sql.ast.WindowDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Window definitions: the WINDOW clause and each OVER, as PostgreSQL's {@code
 * transformWindowDefinitions} checks them. A referenced window must exist; a window that copies
 * another may add ORDER BY and a frame, but not change PARTITION BY or an existing ORDER BY, and
 * cannot copy one with a frame. Partition and order expressions are analysed as expressions of the
 * level (they may use its aggregates).
 */
final class Windows {
  private final Analyzer a;
  private final Map<Level, Map<String, WindowDef>> defined = new HashMap<>();

  Windows(Analyzer a) {
    this.a = a;
  }

  /** Analyses the WINDOW clause of a SELECT, in order (later windows may copy earlier ones). */
  void clause(List<WindowDef> windows, Level level) {
    Map<String, WindowDef> mine = defined.computeIfAbsent(level, l -> new HashMap<>());
    for (WindowDef w : windows) {
      if (mine.containsKey(w.name().name())) {
        a.exprs.invalid("window \"" + w.name().name() + "\" is already defined", w.name());
        continue;
      }
      parts(w, level, mine);
      mine.put(w.name().name(), w);
      level.windowNames.add(w.name().name());
    }
  }

  /** Analyses an OVER clause. */
  void over(WindowDef w, Level level) {
    parts(w, level, defined.getOrDefault(level, Map.of()));
  }

  /**
   * Whether every frame of the window holds the current row, so that an aggregate over it sees a
   * row: the default frame, or one from at or before the current row to at or after it that does
   * not exclude it.
   */
  boolean frameHoldsCurrentRow(WindowDef w, Level level) {
    WindowDef.Frame frame = w.frame();
    if (frame == null && w.refName() != null) {
      WindowDef base = defined.getOrDefault(level, Map.of()).get(w.refName().name());
      if (base == null) {
        return false;
      }
      frame = base.frame();
    }
    if (frame == null) {
      return true;
    }
    WindowDef.BoundKind start = frame.startBound().kind();
    WindowDef.BoundKind end =
        frame.endBound() == null ? WindowDef.BoundKind.CURRENT_ROW : frame.endBound().kind();
    boolean fromBefore =
        start == WindowDef.BoundKind.UNBOUNDED_PRECEDING
            || start == WindowDef.BoundKind.OFFSET_PRECEDING
            || start == WindowDef.BoundKind.CURRENT_ROW;
    boolean toAfter =
        end == WindowDef.BoundKind.CURRENT_ROW
            || end == WindowDef.BoundKind.OFFSET_FOLLOWING
            || end == WindowDef.BoundKind.UNBOUNDED_FOLLOWING;
    WindowDef.Exclusion exclusion = frame.exclusion();
    return fromBefore
        && toAfter
        && (exclusion == WindowDef.Exclusion.NONE
            || exclusion == WindowDef.Exclusion.NO_OTHERS
            || exclusion == WindowDef.Exclusion.TIES);
  }

  private void parts(WindowDef w, Level level, Map<String, WindowDef> known) {
    if (w.refName() != null) {
      WindowDef base = known.get(w.refName().name());
      if (base == null) {
        a.exprs.invalid("window \"" + w.refName().name() + "\" does not exist", w.refName());
      } else if (!w.reference()) {
        copyRules(w, base);
      }
    }
    level.in(
        Clause.WINDOW_PARTITION,
        () -> {
          w.partitionBy().forEach(e -> a.exprs.value(e, level));
          return null;
        });
    level.in(
        Clause.WINDOW_ORDER,
        () -> {
          for (SortItem s : w.orderBy()) {
            a.exprs.value(s.expr(), level);
          }
          return null;
        });
    if (w.frame() != null) {
      for (WindowDef.Bound b :
          new WindowDef.Bound[] {w.frame().startBound(), w.frame().endBound()}) {
        if (b != null && b.offset() != null) {
          Val v = level.in(Clause.WINDOW_FRAME, () -> a.exprs.value(b.offset(), level));
          if (w.frame().mode() != WindowDef.Mode.RANGE) {
            a.exprs.bindParameter(v, SqlType.of("bigint"));
          }
        }
      }
    }
  }

  private void copyRules(WindowDef w, WindowDef base) {
    String name = base.name().name();
    if (!w.partitionBy().isEmpty()) {
      a.exprs.invalid("cannot override PARTITION BY clause of window \"" + name + "\"", w);
    } else if (!w.orderBy().isEmpty() && !base.orderBy().isEmpty()) {
      a.exprs.invalid("cannot override ORDER BY clause of window \"" + name + "\"", w);
    } else if (base.frame() != null) {
      a.exprs.invalid("cannot copy window \"" + name + "\" because it has a frame clause", w);
    }
  }
}
