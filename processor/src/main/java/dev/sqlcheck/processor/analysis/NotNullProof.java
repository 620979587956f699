package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.ast.Expr;

/**
 * Columns a WHERE clause, or an inner join's ON clause, proves non-null in every row it keeps. A
 * row survives only when the condition is true, so each top-level AND term that is NULL for a NULL
 * column removes the rows where that column is NULL: {@code x IS NOT NULL}, comparisons, LIKE, IN,
 * BETWEEN, and a bare boolean column. OR, NOT and {@code IS DISTINCT FROM} prove nothing. Only
 * columns of the level itself are narrowed, never those of an enclosing query. An outer join's ON
 * proves nothing: it keeps the rows of its preserved side whatever the condition says, and the
 * other side's columns are NULL where no row matched.
 */
final class NotNullProof {
  private final QueryContext q;

  NotNullProof(QueryContext q) {
    this.q = q;
  }

  /** WHERE's proof: for the rows of the whole level. */
  void prove(Expr where, Level level) {
    walk(where, level, 0);
  }

  /**
   * The ON clause of an inner join built at {@code step}: for the rows of the join, which an outer
   * join around it may still extend with NULLs.
   */
  void proveByJoin(Expr on, Level level, int step) {
    walk(on, level, step);
  }

  /** {@code step} 0 is WHERE's proof, else the join step of an ON clause's. */
  private void walk(Expr where, Level level, int step) {
    if (where instanceof Expr.BoolExpr b && b.op() == Expr.BoolOp.AND) {
      for (Expr arg : b.args()) {
        walk(arg, level, step);
      }
    } else if (where instanceof Expr.NullTest t) {
      if (t.negated()) {
        column(t.arg(), level, step);
      }
    } else if (where instanceof Expr.Operator o && o.left() != null && isStrict(o)) {
      column(o.left(), level, step);
      column(o.right(), level, step);
    } else if (where instanceof Expr.Like l) {
      column(l.arg(), level, step);
      column(l.pattern(), level, step);
    } else if (where instanceof Expr.InList in) {
      column(in.arg(), level, step);
    } else if (where instanceof Expr.Between b) {
      column(b.arg(), level, step);
    } else if (where instanceof Expr.ColumnRef) {
      column(where, level, step);
    }
  }

  private static boolean isStrict(Expr.Operator o) {
    return switch (o.operator().symbol()) {
      case "=", "<>", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
  }

  private void column(Expr e, Level level, int step) {
    if (!(e instanceof Expr.ColumnRef c)) {
      return;
    }
    QueryContext.Resolved r = q.resolution(c);
    if (r == null || r.level() != level) {
      return;
    }
    if (step == 0) {
      r.written().proveNotNull(r.writtenColumn());
    } else {
      r.written().proveNotNullByJoin(r.writtenColumn(), step);
    }
  }
}
