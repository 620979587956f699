package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.SelectItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A select list or RETURNING list, as PostgreSQL's {@code transformTargetList} builds it: {@code *}
 * expands to the columns of every FROM item whose columns are visible, {@code t.*} to one item's,
 * and every other entry is an expression with its label (written, or as PostgreSQL names it). A
 * {@code *} over an item with unknown columns leaves the output unknown.
 */
final class TargetList {
  /** A column a {@code *} expanded to, for the GROUP BY check. */
  record StarColumn(RangeEntry entry, int index, int start, int end) {}

  /** The outputs, whether they are all known, and the columns stars expanded to. */
  record Result(List<Level.Output> outputs, boolean known, String reason, List<StarColumn> stars) {}

  private final Analyzer a;
  private final QueryContext q;

  TargetList(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  Result transform(List<SelectItem> items, Level level) {
    List<Level.Output> out = new ArrayList<>();
    List<StarColumn> stars = new ArrayList<>();
    boolean known = true;
    String reason = null;
    for (SelectItem item : items) {
      Expr e = item.expr();
      if (e instanceof Expr.ColumnRef c && c.star()) {
        String r = star(c, level, out, stars);
        if (r != null) {
          known = false;
          reason = r;
        }
        continue;
      }
      if (e instanceof Expr.Indirection i && endsInStar(i)) {
        a.exprs.value(i.base(), level);
        q.problems.notChecked("the composite expansion " + q.sql.substring(i.start(), i.end()));
        known = false;
        reason = "a composite expansion (x).* whose columns sqlcheck does not model";
        continue;
      }
      Val v = a.exprs.value(e, level);
      String label = item.label() != null ? item.label().name() : a.labels.of(e);
      out.add(new Level.Output(label, v, e));
    }
    return new Result(out, known, reason, stars);
  }

  private static boolean endsInStar(Expr.Indirection i) {
    return !i.steps().isEmpty() && i.steps().get(i.steps().size() - 1) instanceof Expr.StarStep;
  }

  /** Expands {@code *} or {@code t.*}; returns why the columns are unknown, or null. */
  private String star(
      Expr.ColumnRef c, Level level, List<Level.Output> out, List<StarColumn> stars) {
    List<RangeEntry> entries = new ArrayList<>();
    if (c.names().isEmpty()) {
      for (NsItem item : level.namespace) {
        if (item.colsVisible && !item.lateralOnly) {
          entries.add(item.entry);
        }
      }
      if (entries.isEmpty()) {
        q.problems.add(
            Problem.at(
                ProblemCode.INVALID_CONSTRUCT,
                "SELECT * with no tables specified is not valid",
                c.start(),
                c.end()));
        return null;
      }
    } else {
      Optional<NsItem> item = a.columns.starEntry(c, level);
      if (item.isEmpty()) {
        return "an unresolved " + q.sql.substring(c.start(), c.end());
      }
      entries.add(item.get().entry);
    }
    String reason = null;
    for (RangeEntry e : entries) {
      if (!e.columnsKnown) {
        reason = e.describe() + (e.unknownReason == null ? "" : ": " + e.unknownReason);
        if (e.unknownReason != null) {
          q.problems.notChecked(
              "the columns of "
                  + e.describe()
                  + " in "
                  + starText(c)
                  + " ("
                  + e.unknownReason
                  + ")");
        }
        continue;
      }
      for (int i = 0; i < e.columns.size(); i++) {
        RangeColumn col = e.columns.get(i);
        if (col.table() != null) {
          q.uses(col.table(), col.source());
        }
        RangeEntry.Ref base = e.flatten(i);
        out.add(new Level.Output(col.name(), Val.typed(col.type(), e.nullable(i)), null, base));
        stars.add(new StarColumn(base.entry(), base.index(), c.start(), c.end()));
      }
    }
    return reason;
  }

  private String starText(Expr.ColumnRef c) {
    return q.sql.substring(c.start(), c.end());
  }
}
