package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;

/**
 * Whether two analysed expressions are the same computation, as PostgreSQL's {@code equal()}
 * compares transformed expressions: column references are equal when they resolved to the same
 * column, names compare by their folded spelling, and positions do not count.
 */
final class ExprEquality {
  private final QueryContext q;
  private final Nodes.Leaf leaf;

  ExprEquality(QueryContext q) {
    this.q = q;
    this.leaf = this::decide;
  }

  boolean same(Expr x, Expr y) {
    return Nodes.same(x, y, leaf);
  }

  private Boolean decide(Node x, Node y) {
    if (x instanceof Expr.ColumnRef cx && y instanceof Expr.ColumnRef cy) {
      QueryContext.Resolved rx = q.resolution(cx);
      QueryContext.Resolved ry = q.resolution(cy);
      if (rx != null && ry != null) {
        return rx.entry() == ry.entry() && rx.column() == ry.column();
      }
      return null;
    }
    if (x instanceof Identifier ix && y instanceof Identifier iy) {
      return ix.name().equals(iy.name());
    }
    return null;
  }
}
