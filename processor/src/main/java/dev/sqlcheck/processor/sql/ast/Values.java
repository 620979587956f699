package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/** {@code VALUES (…), (…)}: the rows in order. Row values may be {@link Expr.Default}. */
public record Values(List<List<Expr>> rows, int start, int end) implements QueryExpr {
  public Values {
    List<List<Expr>> copy = new java.util.ArrayList<>(rows.size());
    for (List<Expr> row : rows) {
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }
}
