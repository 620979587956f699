package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.GroupBy;
import dev.sqlcheck.processor.sql.ast.GroupingElement;
import dev.sqlcheck.processor.sql.ast.GroupingSet;
import dev.sqlcheck.processor.sql.ast.SortItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ORDER BY, GROUP BY and DISTINCT ON of a SELECT, as PostgreSQL's {@code
 * findTargetlistEntrySQL92}/{@code SQL99} resolve them: a bare name may be an output column (in
 * ORDER BY and DISTINCT ON before an input column, in GROUP BY after a local one); an integer
 * constant is a position in the select list; anything else is an expression over input columns, in
 * which output names are not visible.
 */
final class SortGroup {
  private final Analyzer a;
  private final QueryContext q;

  SortGroup(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  /**
   * What an item resolved to: an output column, or an expression of its own; for an ORDER BY item,
   * also the operator it sorts by ({@code <} for ASC, {@code >} for DESC, or the USING operator).
   */
  record Target(Level.Output output, Expr expr, String sortOperator) {
    Target(Level.Output output, Expr expr) {
      this(output, expr, null);
    }

    Grouping.Key key() {
      if (output != null) {
        return new Grouping.Key(output.expr(), output.column(), true);
      }
      return new Grouping.Key(expr, null, true);
    }
  }

  /** ORDER BY items of a SELECT; with DISTINCT each must be an output column. */
  List<Target> orderBy(List<SortItem> items, Level level, boolean distinct) {
    List<Target> out = new ArrayList<>();
    for (SortItem s : items) {
      Target t = level.in(Clause.ORDER_BY, () -> resolve(s.expr(), level, "ORDER BY", false));
      if (t == null) {
        continue;
      }
      if (distinct && t.output() == null) {
        q.problems.add(
            Problem.at(
                ProblemCode.OUTPUT_REFERENCE,
                "for SELECT DISTINCT, ORDER BY expressions must appear in select list",
                s.expr().start(),
                s.expr().end()));
      }
      out.add(new Target(t.output(), t.expr(), sortOperator(s)));
    }
    return out;
  }

  /**
   * The operator an item sorts by, up to its commutator (PostgreSQL's {@code targetIsInSortList}
   * takes an item sorted by the commutator of an earlier one's operator as a repeat): ASC, DESC,
   * {@code USING <} and {@code USING >} are one; another USING operator is itself.
   */
  private static String sortOperator(SortItem s) {
    if (s.direction() != SortItem.Direction.USING) {
      return "<";
    }
    String op = s.usingOperator().symbol();
    return op.equals(">") ? "<" : op;
  }

  /**
   * DISTINCT ON expressions, which must lead the ORDER BY list as PostgreSQL reads it: an ORDER BY
   * item that repeats an earlier one (the same value, in either direction) is dropped, and no
   * DISTINCT ON value may follow an item that is none.
   */
  List<Target> distinctOn(List<Expr> exprs, Level level, List<Target> orderBy) {
    List<Target> out = new ArrayList<>();
    for (Expr e : exprs) {
      Target t = level.in(Clause.DISTINCT_ON, () -> resolve(e, level, "DISTINCT ON", false));
      if (t != null) {
        out.add(t);
      }
    }
    // PostgreSQL's transformDistinctOnClause: ORDER BY items (repeats dropped) adopt the DISTINCT
    // ON values they lead with; once an item is skipped, no DISTINCT ON value may follow it, and
    // every DISTINCT ON value must have been adopted before it.
    List<Target> kept = new ArrayList<>();
    List<Target> adopted = new ArrayList<>();
    boolean skipped = false;
    boolean refused = false;
    for (Target sort : orderBy) {
      if (kept.stream()
          .anyMatch(k -> same(k, sort) && Objects.equals(k.sortOperator(), sort.sortOperator()))) {
        continue;
      }
      kept.add(sort);
      if (out.stream().noneMatch(d -> same(d, sort))) {
        skipped = true;
      } else if (skipped) {
        refused = true;
        break;
      } else {
        adopted.add(sort);
      }
    }
    if (skipped && !refused) {
      refused = out.stream().anyMatch(d -> adopted.stream().noneMatch(o -> same(d, o)));
    }
    if (refused) {
      Expr at = exprs.get(0);
      q.problems.add(
          Problem.at(
              ProblemCode.OUTPUT_REFERENCE,
              "SELECT DISTINCT ON expressions must match initial ORDER BY expressions",
              at.start(),
              at.end()));
    }
    return out;
  }

  /** GROUP BY items (grouping sets flattened), as grouping keys. */
  List<Grouping.Key> groupBy(GroupBy g, Level level) {
    List<Grouping.Key> keys = new ArrayList<>();
    for (GroupingElement e : g.items()) {
      element(e, level, keys);
    }
    return keys;
  }

  /** True when GROUP BY has ROLLUP, CUBE, GROUPING SETS or {@code ()}. */
  static boolean hasGroupingSets(GroupBy g) {
    return g != null && g.items().stream().anyMatch(e -> e instanceof GroupingSet);
  }

  /**
   * Resolves a GROUP BY element's keys. A key inside ROLLUP or CUBE is missing from some grouping
   * set (they include {@code ()}); inside GROUPING SETS it is in every set only when every member
   * has it.
   */
  private void element(GroupingElement e, Level level, List<Grouping.Key> keys) {
    if (e instanceof GroupingSet set) {
      List<List<Grouping.Key>> members = new ArrayList<>();
      for (GroupingElement inner : set.content()) {
        List<Grouping.Key> member = new ArrayList<>();
        if (inner instanceof Expr.Row row) {
          row.fields().forEach(f -> element(f, level, member));
        } else {
          element(inner, level, member);
        }
        members.add(member);
      }
      for (List<Grouping.Key> member : members) {
        for (Grouping.Key k : member) {
          boolean everySet =
              set.kind() == GroupingSet.Kind.SETS
                  && k.everySet()
                  && members.stream().allMatch(m -> m.stream().anyMatch(o -> sameKey(o, k)));
          keys.add(everySet ? k : k.notInEverySet());
        }
      }
      return;
    }
    Expr expr = (Expr) e;
    Target t = level.in(Clause.GROUP_BY, () -> resolve(expr, level, "GROUP BY", true));
    if (t != null) {
      if (t.output() != null && t.output().expr() != null) {
        outputInGroupBy(t.output().expr(), level);
      }
      keys.add(t.key());
    }
  }

  /**
   * A select-list item GROUP BY names (by its label or position) is grouped by its expression,
   * where this level's aggregates and window functions are not allowed: {@code SELECT count(*) AS n
   * … GROUP BY n} is PostgreSQL's error, at the aggregate.
   */
  private void outputInGroupBy(Expr output, Level level) {
    Expr.FuncCall[] found = {null};
    boolean[] window = {false};
    Nodes.walk(
        output,
        n -> {
          if (found[0] == null && n instanceof Expr.FuncCall c) {
            if (q.aggregateOwner(c) == level) {
              found[0] = c;
            } else if (q.windowLevel(c) == level) {
              found[0] = c;
              window[0] = true;
            }
          }
          return found[0] == null;
        });
    if (found[0] != null) {
      q.problems.add(
          Problem.at(
              ProblemCode.INVALID_CONSTRUCT,
              (window[0] ? "window functions" : "aggregate functions")
                  + " are not allowed in GROUP BY",
              found[0].start(),
              found[0].end()));
    }
  }

  /**
   * Resolves one item; null after an error. {@code groupBy}: an input column of the level wins over
   * an output name.
   */
  Target resolve(Expr e, Level level, String clause, boolean groupBy) {
    if (e instanceof Expr.ColumnRef c && c.names().size() == 1 && !c.star()) {
      String name = c.names().get(0).name();
      boolean input = groupBy && hasLocalColumn(name, level);
      if (!input) {
        List<Level.Output> matches = new ArrayList<>();
        for (Level.Output o : level.outputs) {
          if (name.equals(o.label())) {
            matches.add(o);
          }
        }
        for (Level.Output m : matches) {
          if (!sameOutput(m, matches.get(0))) {
            q.problems.add(
                Problem.at(
                    ProblemCode.AMBIGUOUS_COLUMN,
                    clause + " \"" + name + "\" is ambiguous",
                    e.start(),
                    e.end()));
            return null;
          }
        }
        if (!matches.isEmpty()) {
          return new Target(matches.get(0), null);
        }
      }
    }
    if (isConstant(e)) {
      return position(e, level, clause);
    }
    a.exprs.value(e, level);
    QueryContext.Resolved r = e instanceof Expr.ColumnRef ? q.resolution(e) : null;
    RangeEntry.Ref column = r == null ? null : new RangeEntry.Ref(r.entry(), r.column());
    for (Level.Output o : level.outputs) {
      if (o.expr() != null && a.equality.same(o.expr(), e)) {
        return new Target(o, null);
      }
      if (column != null && column.equals(columnOf(o))) {
        return new Target(o, null);
      }
    }
    return new Target(null, e);
  }

  private static boolean isConstant(Expr e) {
    return e instanceof Expr.NumberLiteral
        || e instanceof Expr.StringLiteral
        || e instanceof Expr.BitStringLiteral
        || e instanceof Expr.BooleanLiteral
        || e instanceof Expr.NullLiteral;
  }

  private Target position(Expr e, Level level, String clause) {
    if (!(e instanceof Expr.NumberLiteral n) || n.type() != Expr.NumberType.INTEGER) {
      q.problems.add(
          Problem.at(
              ProblemCode.OUTPUT_REFERENCE,
              "non-integer constant in " + clause,
              e.start(),
              e.end()));
      return null;
    }
    int pos = Integer.parseInt(n.value());
    if (pos > 0 && !level.outputsKnown) {
      // A * sqlcheck cannot list leaves positions unknown; the query is already "not fully
      // checked".
      return null;
    }
    if (pos < 1 || pos > level.outputs.size()) {
      q.problems.add(
          new Problem(
              ProblemCode.OUTPUT_REFERENCE,
              clause + " position " + pos + " is not in select list",
              e.start(),
              e.end(),
              "the select list has "
                  + level.outputs.size()
                  + " column"
                  + (level.outputs.size() == 1 ? "" : "s"),
              null));
      return null;
    }
    return new Target(level.outputs.get(pos - 1), null);
  }

  /** Whether a FROM item of this level (not an outer one) has a visible column of that name. */
  private static boolean hasLocalColumn(String name, Level level) {
    for (NsItem item : level.namespace) {
      if (item.colsVisible && !item.lateralOnly && !item.entry.find(name).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private boolean sameOutput(Level.Output x, Level.Output y) {
    if (x == y) {
      return true;
    }
    RangeEntry.Ref cx = columnOf(x);
    RangeEntry.Ref cy = columnOf(y);
    if (cx != null && cy != null) {
      return cx.equals(cy);
    }
    return x.expr() != null && y.expr() != null && a.equality.same(x.expr(), y.expr());
  }

  /** The column an output is, when it is a plain column. */
  private RangeEntry.Ref columnOf(Level.Output o) {
    if (o.column() != null) {
      return o.column();
    }
    QueryContext.Resolved r = o.expr() instanceof Expr.ColumnRef ? q.resolution(o.expr()) : null;
    return r == null ? null : new RangeEntry.Ref(r.entry(), r.column());
  }

  private boolean sameKey(Grouping.Key x, Grouping.Key y) {
    if (x.column() != null && x.column().equals(y.column())) {
      return true;
    }
    return x.expr() != null && y.expr() != null && a.equality.same(x.expr(), y.expr());
  }

  private boolean same(Target x, Target y) {
    if (x.output() != null && y.output() != null) {
      return sameOutput(x.output(), y.output());
    }
    Expr ex = x.output() != null ? x.output().expr() : x.expr();
    Expr ey = y.output() != null ? y.output().expr() : y.expr();
    return ex != null && ey != null && a.equality.same(ex, ey);
  }
}
