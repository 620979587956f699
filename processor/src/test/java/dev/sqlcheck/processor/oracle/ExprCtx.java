package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an expression is written and what that clause allows: aggregates (select list, HAVING and
 * ORDER BY of an aggregating query), window functions (select list and ORDER BY), the grouping keys
 * that are the only columns allowed outside aggregates when the query groups, and the named windows
 * of the query being written.
 */
record ExprCtx(
    Scope scope,
    boolean aggOk,
    boolean windowOk,
    List<Expr> keys,
    boolean inAgg,
    int depth,
    Windows windows) {

  /** The named windows of one SELECT: {@code WINDOW w AS (...)}. */
  static final class Windows {
    /** A named window; an ordered one cannot be refined by another ORDER BY. */
    record Def(String name, Sql spec, boolean ordered) {}

    final List<Def> defs = new ArrayList<>();
  }

  /** A clause without aggregates or windows: WHERE, ON, GROUP BY, DML. */
  static ExprCtx plain(Scope scope) {
    return new ExprCtx(scope, false, false, null, false, 0, null);
  }

  /** True when column references outside aggregates must be grouping keys. */
  boolean grouped() {
    return keys != null && !inAgg;
  }

  ExprCtx deeper() {
    return new ExprCtx(scope, aggOk, windowOk, keys, inAgg, depth + 1, windows);
  }

  /** Inside an aggregate's arguments: any column, but no nested aggregate or window. */
  ExprCtx insideAggregate() {
    return new ExprCtx(scope, false, false, keys, true, depth + 1, windows);
  }

  /** Inside a window's arguments and specification: no aggregates, no windows. */
  ExprCtx insideWindow() {
    return new ExprCtx(scope, false, false, null, false, depth + 1, windows);
  }

  ExprCtx withoutAggregates() {
    return new ExprCtx(scope, false, false, keys, inAgg, depth, windows);
  }
}
