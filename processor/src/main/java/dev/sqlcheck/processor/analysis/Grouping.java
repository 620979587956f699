package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's rules for grouped queries ({@code parse_agg.c}): an aggregate belongs to the
 * innermost query level whose columns it aggregates; in a grouped level (one with GROUP BY, HAVING
 * or aggregates) every column of that level used in the select list, HAVING or ORDER BY must be
 * grouped, be inside one of its aggregates, or depend on a grouped primary key.
 */
final class Grouping {
  /**
   * A grouping key: an expression, or a column a {@code *} in the select list stood for. {@code
   * everySet}: the key is in every grouping set, so columns may depend on it (PostgreSQL uses only
   * those for primary-key dependency).
   */
  record Key(Expr expr, RangeEntry.Ref column, boolean everySet) {
    Key notInEverySet() {
      return new Key(expr, column, false);
    }
  }

  private final Analyzer a;
  private final QueryContext q;

  Grouping(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  /** The level an aggregate belongs to: the nearest level of a column in its arguments. */
  Level ownerOf(Expr.FuncCall f, Level level) {
    int[] min = {Integer.MAX_VALUE};
    for (Node part : aggregateParts(f)) {
      Nodes.walk(
          part,
          n -> {
            Level at = n instanceof Expr.ColumnRef c ? q.levelOf(c) : null;
            if (at != null) {
              int d = level.distanceTo(at);
              if (d >= 0) {
                min[0] = Math.min(min[0], d);
              }
            }
            return true;
          });
    }
    Level owner = level;
    for (int i = 0; min[0] != Integer.MAX_VALUE && i < min[0] && owner.parent != null; i++) {
      owner = owner.parent;
    }
    return owner;
  }

  /** Whether an aggregate of {@code owner} stands among the arguments of {@code f}. */
  boolean containsAggregateOf(Expr.FuncCall f, Level owner) {
    boolean[] found = {false};
    for (Node part : aggregateParts(f)) {
      Nodes.walk(
          part,
          n -> {
            if (n instanceof Expr.FuncCall c && q.aggregateOwner(c) == owner) {
              found[0] = true;
            }
            return !found[0];
          });
    }
    return found[0];
  }

  /** Whether a window function of {@code level} stands among the arguments of {@code f}. */
  boolean containsWindowOf(Expr.FuncCall f, Level level) {
    boolean[] found = {false};
    for (Node part : f.args()) {
      Nodes.walk(
          part,
          n -> {
            if (n instanceof Expr.FuncCall c && q.windowLevel(c) == level) {
              found[0] = true;
            }
            return !found[0];
          });
    }
    return found[0];
  }

  private static List<Node> aggregateParts(Expr.FuncCall f) {
    List<Node> parts = new ArrayList<>(f.args());
    f.orderBy().forEach(s -> parts.add(s.expr()));
    f.withinGroup().forEach(s -> parts.add(s.expr()));
    if (f.filter() != null) {
      parts.add(f.filter());
    }
    return parts;
  }

  /**
   * Reports every column of {@code level} that the grouped level uses outside its GROUP BY
   * expressions and aggregates, in {@code used} (select list, HAVING, ORDER BY).
   */
  void check(
      Level level,
      List<Key> groupKeys,
      List<? extends Node> used,
      List<TargetList.StarColumn> stars) {
    for (Node n : used) {
      check(n, level, groupKeys, false);
    }
    for (TargetList.StarColumn star : stars) {
      if (!grouped(new RangeEntry.Ref(star.entry(), star.index()), groupKeys)) {
        q.problems.add(
            Problem.at(
                ProblemCode.UNGROUPED_COLUMN,
                "column \""
                    + qualified(star.entry(), star.index())
                    + "\" must appear in the GROUP BY clause or be used in an aggregate function",
                star.start(),
                star.end()));
      }
    }
  }

  private void check(Node n, Level level, List<Key> groups, boolean inSubquery) {
    if (n instanceof Expr e && !inSubquery && isGrouped(e, groups)) {
      return;
    }
    if (n instanceof Expr.FuncCall f && (q.aggregateOwner(f) == level || q.isUnknownCall(f))) {
      return; // an aggregate of this level, or a call that may be one (the query warns about it)
    }
    if (n instanceof Expr.Grouping) {
      return;
    }
    if (n instanceof Expr.ColumnRef c) {
      QueryContext.Resolved r = q.resolution(c);
      if (r != null
          && r.level() == level
          && !grouped(new RangeEntry.Ref(r.entry(), r.column()), groups)) {
        report(c, qualified(r.entry(), r.column()), inSubquery);
      }
      QueryContext.WholeRow w = q.wholeRowOf(c);
      // a select list's t.* of this level is judged column by column with the level's stars
      if (w != null && w.level() == level && (!w.expanded() || inSubquery)) {
        String ungrouped =
            w.expanded() ? ungroupedColumn(w.entry(), groups) : ungroupedInRow(w.entry(), groups);
        if (ungrouped != null) {
          report(c, ungrouped, inSubquery);
        }
      }
      return;
    }
    boolean sub = inSubquery || n instanceof Query;
    for (Node child : Nodes.children(n)) {
      check(child, level, groups, sub);
    }
  }

  /**
   * What a whole-row reference to {@code e} uses that is not grouped, as PostgreSQL names it, or
   * null: the row is grouped as a whole, or depends on a grouped primary key; a join's row is its
   * columns, each judged as a column.
   */
  private String ungroupedInRow(RangeEntry e, List<Key> groups) {
    if (e.rowIsValue || e.kind == RangeEntry.Kind.JOIN) {
      return ungroupedColumn(e, groups); // a function's value is its one column
    }
    for (Key g : groups) {
      QueryContext.WholeRow w = g.expr() == null ? null : q.wholeRowOf(g.expr());
      if (w != null && !w.called() && !w.expanded() && w.entry() == e) {
        return null;
      }
    }
    return dependsOnGroupedKey(e, groups) ? null : (e.refname == null ? "" : e.refname) + ".*";
  }

  /**
   * The first column of {@code e} (join aliases flattened) that is neither grouped nor dependent.
   */
  private String ungroupedColumn(RangeEntry e, List<Key> groups) {
    for (int i = 0; i < e.columns.size(); i++) {
      RangeEntry.Ref base = e.flatten(i);
      if (!grouped(base, groups)) {
        return qualified(base.entry(), base.index());
      }
    }
    return null;
  }

  /** A column that is grouped, or depends on its table's grouped primary key. */
  private boolean grouped(RangeEntry.Ref column, List<Key> groups) {
    return keyed(column, groups) || dependsOnGroupedKey(column.entry(), groups);
  }

  private boolean isGrouped(Expr e, List<Key> groups) {
    for (Key g : groups) {
      if (g.expr() != null && a.equality.same(e, g.expr())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a key is exactly this column. */
  private boolean keyed(RangeEntry.Ref column, List<Key> groups) {
    for (Key g : groups) {
      if (column.equals(keyColumn(g))) {
        return true;
      }
    }
    return false;
  }

  private RangeEntry.Ref keyColumn(Key g) {
    if (g.column() != null) {
      return g.column();
    }
    QueryContext.Resolved r = g.expr() instanceof Expr.ColumnRef ? q.resolution(g.expr()) : null;
    return r == null ? null : new RangeEntry.Ref(r.entry(), r.column());
  }

  /**
   * A column of a table whose whole primary key is grouped is functionally dependent on the
   * grouping (PostgreSQL 9.1+), so it may be used as is.
   */
  private boolean dependsOnGroupedKey(RangeEntry e, List<Key> groups) {
    if (e.kind != RangeEntry.Kind.RELATION || e.relation == null) {
      return false;
    }
    List<String> key = e.relation.primaryKey();
    if (key.isEmpty()) {
      return false;
    }
    for (String column : key) {
      int index = -1;
      for (int k = 0; k < e.columns.size(); k++) {
        if (column.equals(e.columns.get(k).source())) {
          index = k;
        }
      }
      if (index < 0 || !keyed(new RangeEntry.Ref(e, index), everySet(groups))) {
        return false;
      }
    }
    return true;
  }

  private static List<Key> everySet(List<Key> groups) {
    return groups.stream().filter(Key::everySet).toList();
  }

  private static String qualified(RangeEntry e, int index) {
    return (e.refname == null ? "" : e.refname + ".") + e.columns.get(index).name();
  }

  private void report(Expr.ColumnRef c, String qualified, boolean inSubquery) {
    Identifier last = c.names().get(c.names().size() - 1);
    String message =
        inSubquery
            ? "subquery uses ungrouped column \"" + qualified + "\" from outer query"
            : "column \""
                + qualified
                + "\" must appear in the GROUP BY clause or be used in an aggregate function";
    q.problems.add(
        new Problem(
            ProblemCode.UNGROUPED_COLUMN,
            message,
            c.start(),
            last.end(),
            qualified.endsWith(".*")
                ? "add it to GROUP BY, or group by its table's primary key"
                : "add it to GROUP BY, or aggregate it (max(" + last.name() + "), …)",
            null));
  }
}
