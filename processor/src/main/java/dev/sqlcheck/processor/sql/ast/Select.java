package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * One SELECT: {@code SELECT [ALL|DISTINCT [ON (…)]] items [INTO …] [FROM …] [WHERE …] [GROUP BY …]
 * [HAVING …] [WINDOW …]}. The target list may be empty ({@code SELECT FROM t}).
 *
 * @param distinct whether DISTINCT (with or without ON) was written
 * @param distinctOn the DISTINCT ON expressions (empty for plain DISTINCT)
 * @param into the INTO clause, or null
 * @param where the WHERE condition, or null
 * @param groupBy the GROUP BY clause, or null
 * @param having the HAVING condition, or null
 */
public record Select(
    boolean distinct,
    List<Expr> distinctOn,
    List<SelectItem> items,
    IntoClause into,
    List<TableRef> from,
    Expr where,
    GroupBy groupBy,
    Expr having,
    List<WindowDef> windows,
    int start,
    int end)
    implements QueryExpr {
  public Select {
    distinctOn = List.copyOf(distinctOn);
    items = List.copyOf(items);
    from = List.copyOf(from);
    windows = List.copyOf(windows);
  }
}
