package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.ast.Expr;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Columns a WHERE clause, or an inner join's ON clause, proves non-null in every row it keeps. A
 * row survives only when the condition is true, so a condition that cannot be true where a column
 * is NULL removes the rows where it is:
 *
 * <ul>
 *   <li>{@code x IS NOT NULL}, {@code x IS DISTINCT FROM NULL}, {@code x IS TRUE|FALSE} and a bare
 *       boolean column;
 *   <li>an operator on {@code x} (every built-in and extension operator is strict, so NULL in gives
 *       NULL out; one the schema declares with {@code CREATE OPERATOR} may not be), LIKE, ILIKE,
 *       SIMILAR TO, IN and BETWEEN, negated or not, and {@code x op ANY (…)}, {@code x IN (SELECT
 *       …)}, which are true only where some value matched; {@code ALL} is true over no values, so
 *       it proves nothing;
 *   <li>a row comparison {@code (x, y) = (a, b)}, true only where every pair is equal;
 *   <li>every term of an AND; what every branch of an OR proves; under NOT, what makes the inner
 *       condition false ({@code NOT b}, {@code NOT (x = 1)}, {@code NOT (x IS NULL)}), with AND and
 *       OR swapped as De Morgan's laws say.
 * </ul>
 *
 * <p>A cast of a column is NULL only where the column is (every built-in cast is strict), so it
 * proves the column too. Only columns of the level itself are narrowed, never those of an enclosing
 * query. An outer join's ON proves nothing: it keeps the rows of its preserved side whatever the
 * condition says, and the other side's columns are NULL where no row matched.
 */
final class NotNullProof {
  private final QueryContext q;

  NotNullProof(QueryContext q) {
    this.q = q;
  }

  /** WHERE's proof: for the rows of the whole level, after all its joins. */
  void prove(Expr where, Level level) {
    apply(whenTrue(where, level), RangeEntry.AFTER_ALL_JOINS);
  }

  /**
   * The ON clause of an inner join built at {@code step}: for the rows of the join, which an outer
   * join around it may still extend with NULLs.
   */
  void proveByJoin(Expr on, Level level, int step) {
    apply(whenTrue(on, level), step);
  }

  private static void apply(Set<RangeEntry.Ref> columns, int step) {
    for (RangeEntry.Ref c : columns) {
      c.entry().proveNotNull(c.index(), step);
    }
  }

  /** The columns of {@code level} that are not NULL wherever {@code e} is true. */
  private Set<RangeEntry.Ref> whenTrue(Expr e, Level level) {
    Set<RangeEntry.Ref> out = new HashSet<>();
    if (e instanceof Expr.BoolExpr b) {
      return switch (b.op()) {
        case AND -> each(b.args(), level, true, false);
        case OR -> each(b.args(), level, true, true);
        case NOT -> whenFalse(b.args().get(0), level);
      };
    } else if (e instanceof Expr.NullTest t) {
      if (t.negated()) {
        // ROW(a, b) IS NOT NULL: every field is
        operandOrFields(t.arg(), level, out);
      }
    } else if (e instanceof Expr.DistinctFrom d) {
      if (!d.negated() && d.right() instanceof Expr.NullLiteral) {
        operand(d.left(), level, out);
      } else if (!d.negated() && d.left() instanceof Expr.NullLiteral) {
        operand(d.right(), level, out);
      }
    } else if (e instanceof Expr.BooleanTest t) {
      if (!t.negated() && t.value() != Expr.TruthValue.UNKNOWN) {
        operand(t.arg(), level, out);
      }
    } else {
      strictOperands(e, level, true, out);
      quantified(e, level, out);
    }
    return out;
  }

  /** The columns of {@code level} that are not NULL wherever {@code e} is false. */
  private Set<RangeEntry.Ref> whenFalse(Expr e, Level level) {
    Set<RangeEntry.Ref> out = new HashSet<>();
    if (e instanceof Expr.BoolExpr b) {
      // NOT (a AND b) is NOT a OR NOT b; NOT (a OR b) is NOT a AND NOT b
      return switch (b.op()) {
        case AND -> each(b.args(), level, false, true);
        case OR -> each(b.args(), level, false, false);
        case NOT -> whenTrue(b.args().get(0), level);
      };
    } else if (e instanceof Expr.NullTest t) {
      // x IS NULL is false where x is not NULL; ROW(a, b) IS NULL is false where one field is not
      if (!t.negated() && !(t.arg() instanceof Expr.Row)) {
        operand(t.arg(), level, out);
      }
    } else {
      // a strict condition is NULL, never false, where an operand is NULL
      strictOperands(e, level, false, out);
    }
    return out;
  }

  /**
   * The columns a strict condition compares: not NULL wherever the condition is true or false (it
   * is NULL where one of them is). A row comparison {@code (x, y) = (a, b)} is the exception: it is
   * false where one pair differs, whatever the others hold, so it proves only where true.
   */
  private void strictOperands(Expr e, Level level, boolean whenTrue, Set<RangeEntry.Ref> out) {
    if (e instanceof Expr.Operator o && o.left() != null && isStrict(o)) {
      if (o.left() instanceof Expr.Row l && o.right() instanceof Expr.Row r) {
        if (whenTrue && o.operator().symbol().equals("=")) {
          operandOrFields(l, level, out);
          operandOrFields(r, level, out);
        }
        return;
      }
      operand(o.left(), level, out);
      operand(o.right(), level, out);
    } else if (e instanceof Expr.Like l) {
      operand(l.arg(), level, out);
      operand(l.pattern(), level, out);
    } else if (e instanceof Expr.InList in) {
      operand(in.arg(), level, out);
    } else if (e instanceof Expr.Between b) {
      operand(b.arg(), level, out);
    } else if (e instanceof Expr.ColumnRef) {
      operand(e, level, out);
    }
  }

  /**
   * Adds what {@code x op ANY (…)} and {@code x IN (SELECT …)} prove where they are true: some
   * value matched. Over no values they are false, so they prove nothing where false.
   */
  private void quantified(Expr e, Level level, Set<RangeEntry.Ref> out) {
    if (e instanceof Expr.Quantified qf
        && qf.quantifier() != Expr.Quantifier.ALL
        && isStrict(qf.operator().symbol())) {
      operand(qf.left(), level, out);
      if (qf.array() != null) {
        operand(qf.array(), level, out);
      }
    } else if (e instanceof Expr.InSubquery in && !in.negated()) {
      operandOrFields(in.arg(), level, out);
    }
  }

  /**
   * What the arguments prove where each is true ({@code whenTrue}) or false: all of them hold (AND
   * true, OR false), so the union, or one of them does (OR true, AND false), so what every one
   * proves.
   */
  private Set<RangeEntry.Ref> each(
      List<Expr> args, Level level, boolean whenTrue, boolean onlyCommon) {
    Set<RangeEntry.Ref> out = new HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      Set<RangeEntry.Ref> one =
          whenTrue ? whenTrue(args.get(i), level) : whenFalse(args.get(i), level);
      if (i == 0 || !onlyCommon) {
        out.addAll(one);
      } else {
        out.retainAll(one);
      }
    }
    return out;
  }

  /** The fields of a row constructor, each a column or a cast of one; else {@link #operand}. */
  private void operandOrFields(Expr e, Level level, Set<RangeEntry.Ref> out) {
    if (e instanceof Expr.Row row) {
      row.fields().forEach(f -> operand(f, level, out));
    } else {
      operand(e, level, out);
    }
  }

  private boolean isStrict(Expr.Operator o) {
    return isStrict(o.operator().symbol());
  }

  /**
   * Every operator of PostgreSQL's catalog and of the extensions it ships is strict (but for array
   * concatenation {@code ||}, which no condition is); an operator the schema declares may not be.
   */
  private boolean isStrict(String symbol) {
    return !symbol.equals("||") && !q.catalog.routines().hasOperator(symbol);
  }

  /** A column of {@code level}, or a cast of one. */
  private void operand(Expr e, Level level, Set<RangeEntry.Ref> out) {
    Expr inner = e;
    while (inner instanceof Expr.TypeCast c) {
      inner = c.arg();
    }
    if (!(inner instanceof Expr.ColumnRef c) || c.star()) {
      return;
    }
    QueryContext.Resolved r = q.resolution(c);
    if (r != null && r.level() == level && r.written() != null) {
      out.add(new RangeEntry.Ref(r.written(), r.writtenColumn()));
    }
  }
}
