package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Node;
import java.util.List;

/**
 * The values of subqueries used as expressions: a scalar subquery is its one column, possibly NULL
 * (it may return no row); {@code ARRAY(…)} is an array of its one column; {@code x IN (…)} and
 * {@code x op ANY/ALL (…)} compare {@code x}, or a row, with its columns.
 */
final class Subqueries {
  private static final SqlType BOOLEAN = SqlType.of("boolean");

  private final Analyzer a;

  Subqueries(Analyzer a) {
    this.a = a;
  }

  Val scalar(QueryShape shape, Node at) {
    if (!shape.known()) {
      return Val.wildcard();
    }
    if (shape.columns().size() != 1) {
      a.exprs.invalid("subquery must return only one column", at);
      return Val.wildcard();
    }
    Val column = shape.columns().get(0).value();
    // NULL when it returns no row, unless it always returns one: SELECT count(*) FROM t
    return Val.typed(column.resolvedType(), !shape.oneRow() || column.nullable());
  }

  Val array(QueryShape shape, Node at) {
    if (!shape.known()) {
      return Val.wildcard(false);
    }
    if (shape.columns().size() != 1) {
      a.exprs.invalid("subquery must return only one column", at);
      return Val.wildcard(false);
    }
    SqlType t = shape.columns().get(0).value().resolvedType();
    if (t.isUnknown()) {
      return Val.wildcard(false);
    }
    return Val.typed(t.array() ? t : t.asArray(), false);
  }

  /** {@code left op ANY|ALL (subquery)} and {@code left IN (subquery)}. */
  Val compare(String op, Expr leftExpr, Val left, QueryShape shape, Node at, Level level) {
    if (!shape.known()) {
      return Val.typed(BOOLEAN, true);
    }
    List<Level.Output> columns = shape.columns();
    if (leftExpr instanceof Expr.Row row) {
      if (row.fields().size() != columns.size()) {
        a.exprs.invalid(
            row.fields().size() < columns.size()
                ? "subquery has too many columns"
                : "subquery has too few columns",
            at);
        return Val.typed(BOOLEAN, true);
      }
      List<Val> fields = a.exprs.values(row.fields(), level);
      for (int i = 0; i < fields.size(); i++) {
        a.operators.compare(op, fields.get(i), columns.get(i).value(), at, at);
      }
      return Val.typed(BOOLEAN, true);
    }
    if (columns.size() != 1) {
      a.exprs.invalid(
          columns.isEmpty() ? "subquery has too few columns" : "subquery has too many columns", at);
      return Val.typed(BOOLEAN, true);
    }
    Val column = columns.get(0).value();
    if (column.isUntyped()) {
      column = Val.typed(column.resolvedType(), true);
    }
    a.operators.compare(op, left, column, at, at);
    return Val.typed(BOOLEAN, true);
  }
}
