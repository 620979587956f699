package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.ast.Expr;

/**
 * Columns a WHERE clause proves non-null in every row it keeps. A row survives WHERE only when the
 * condition is true, so each top-level AND term that is NULL for a NULL column removes the rows
 * where that column is NULL: {@code x IS NOT NULL}, comparisons, LIKE, IN, BETWEEN, and a bare
 * boolean column. OR, NOT and {@code IS DISTINCT FROM} prove nothing. Only columns of the level
 * itself are narrowed, never those of an enclosing query.
 */
final class NotNullProof {
  private final QueryContext q;

  NotNullProof(QueryContext q) {
    this.q = q;
  }

  void prove(Expr where, Level level) {
    if (where instanceof Expr.BoolExpr b && b.op() == Expr.BoolOp.AND) {
      b.args().forEach(arg -> prove(arg, level));
    } else if (where instanceof Expr.NullTest t) {
      if (t.negated()) {
        column(t.arg(), level);
      }
    } else if (where instanceof Expr.Operator o && o.left() != null && isStrict(o)) {
      column(o.left(), level);
      column(o.right(), level);
    } else if (where instanceof Expr.Like l) {
      column(l.arg(), level);
      column(l.pattern(), level);
    } else if (where instanceof Expr.InList in) {
      column(in.arg(), level);
    } else if (where instanceof Expr.Between b) {
      column(b.arg(), level);
    } else if (where instanceof Expr.ColumnRef) {
      column(where, level);
    }
  }

  private static boolean isStrict(Expr.Operator o) {
    return switch (o.operator().symbol()) {
      case "=", "<>", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
  }

  private void column(Expr e, Level level) {
    if (!(e instanceof Expr.ColumnRef c)) {
      return;
    }
    QueryContext.Resolved r = q.resolution(c);
    if (r != null && r.level() == level) {
      r.written().proveNotNull(r.writtenColumn());
    }
  }
}
