package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;

/**
 * WITH clauses: each CTE is analysed in order (earlier ones are visible to later ones) and becomes
 * a named relation. A recursive CTE takes its columns from its first, non-recursive branch (or its
 * column list) before the recursive branch is checked. Data-modifying CTEs expose their RETURNING
 * columns.
 */
final class WithAnalyzer {
  private final AnalysisContext ctx;
  private final SelectAnalyzer selects;
  private final DmlAnalyzer dml;

  WithAnalyzer(AnalysisContext ctx, SelectAnalyzer selects, DmlAnalyzer dml) {
    this.ctx = ctx;
    this.selects = selects;
    this.dml = dml;
  }

  /** A scope holding the CTEs, or {@code outer} itself when there are none. */
  Scope define(List<WithItem<?>> items, Scope outer) {
    if (items == null || items.isEmpty()) {
      return outer;
    }
    Scope scope = new Scope(outer);
    if (items.stream().anyMatch(WithItem::isRecursive)) {
      // WITH RECURSIVE makes every CTE of the list visible to all the others, even earlier ones.
      for (WithItem<?> item : items) {
        String name = PgIdentifiers.fold(item.getAliasName());
        scope.ctes.put(name, new Scope.Cte(name, List.of(), false));
      }
    }
    for (WithItem<?> item : items) {
      String name = PgIdentifiers.fold(item.getAliasName());
      List<String> names = columnNames(item.getWithItemList());
      if (item.isRecursive()
          && item.getParenthesedStatement() instanceof ParenthesedSelect ps
          && ps.getSelect() instanceof SetOperationList sol) {
        SelectAnalyzer.Output seed = selects.select(sol.getSelects().get(0), scope);
        scope.ctes.put(name, cte(name, seed, names));
      }
      SelectAnalyzer.Output out = body(item, scope);
      Scope.Cte cte = cte(name, out, names);
      if (item.getSearchClause() != null || item.getCycleClause() != null) {
        // SEARCH ... SET col and CYCLE ... SET mark USING path add columns we do not model.
        ctx.problems().notChecked("SEARCH or CYCLE clause");
        cte = new Scope.Cte(name, cte.columns(), false);
      }
      scope.ctes.put(name, cte);
    }
    return scope;
  }

  private SelectAnalyzer.Output body(WithItem<?> item, Scope scope) {
    Object statement = item.getParenthesedStatement();
    if (statement instanceof ParenthesedSelect ps) {
      return selects.select(ps, scope);
    }
    if (statement instanceof ParenthesedInsert pi) {
      return dml.insert(pi.getInsert(), scope).output();
    }
    if (statement instanceof ParenthesedUpdate pu) {
      return dml.update(pu.getUpdate(), scope).output();
    }
    if (statement instanceof ParenthesedDelete pd) {
      return dml.delete(pd.getDelete(), scope).output();
    }
    ctx.problems().notChecked("WITH item");
    return SelectAnalyzer.Output.UNKNOWN;
  }

  private static List<String> columnNames(List<SelectItem<?>> list) {
    List<String> names = new ArrayList<>();
    if (list != null) {
      for (SelectItem<?> item : list) {
        names.add(PgIdentifiers.fold(item.getExpression().toString()));
      }
    }
    return names;
  }

  private static Scope.Cte cte(String name, SelectAnalyzer.Output out, List<String> names) {
    List<ScopeColumn> cols = new ArrayList<>();
    for (ResultColumn c : out.columns()) {
      cols.add(new ScopeColumn(c.label(), c.type(), c.nullable()));
    }
    boolean known = out.known();
    if (!names.isEmpty()) {
      if (known && names.size() > cols.size()) {
        known = false;
      }
      while (cols.size() < names.size()) {
        cols.add(
            new ScopeColumn(
                names.get(cols.size()), dev.sqlcheck.processor.catalog.SqlType.UNKNOWN, true));
      }
      for (int i = 0; i < names.size(); i++) {
        ScopeColumn c = cols.get(i);
        cols.set(i, new ScopeColumn(names.get(i), c.type(), c.nullable()));
      }
    }
    return new Scope.Cte(name, cols, known);
  }
}
