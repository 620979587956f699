package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.DateUnitExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * UPDATE and DELETE, plus the parts of INSERT shared with them (target table, SET lists,
 * RETURNING). The target's columns are checked, FROM/USING items join the scope, and parameters
 * assigned to a column expect that column's type.
 */
final class DmlAnalyzer {
  /** What a data-modifying statement returns: its RETURNING columns, if any. */
  record Result(SelectAnalyzer.Output output, boolean returning) {}

  private final AnalysisContext ctx;
  private final ExpressionAnalyzer expressions;
  private final ColumnResolver columns;
  private SelectAnalyzer selects;
  private InsertAnalyzer inserts;

  DmlAnalyzer(AnalysisContext ctx, ExpressionAnalyzer expressions, ColumnResolver columns) {
    this.ctx = ctx;
    this.expressions = expressions;
    this.columns = columns;
  }

  void setSelects(SelectAnalyzer selects) {
    this.selects = selects;
    this.inserts = new InsertAnalyzer(ctx, expressions, selects, this);
  }

  Result insert(Insert insert, Scope outer) {
    return inserts.insert(insert, outer);
  }

  Scope withScope(List<net.sf.jsqlparser.statement.select.WithItem<?>> items, Scope outer) {
    return selects.with().define(items, outer);
  }

  ScopeRelation target(Table table, Scope scope) {
    return selects.from().tables().resolve(table, scope);
  }

  Result update(Update update, Scope outer) {
    Scope scope = new Scope(withScope(update.getWithItemsList(), outer));
    ScopeRelation target = target(update.getTable(), scope);
    scope.add(target);
    selects.from().addFrom(update.getFromItem(), update.getJoins(), scope);
    setList(update.getUpdateSets(), target, scope);
    expressions.analyze(update.getWhere(), scope);
    return returning(update.getReturningClause(), scope);
  }

  Result delete(Delete delete, Scope outer) {
    Scope scope = new Scope(withScope(delete.getWithItemsList(), outer));
    ScopeRelation target = target(delete.getTable(), scope);
    scope.add(target);
    if (delete.getUsingFromItemList() != null) {
      for (FromItem item : delete.getUsingFromItemList()) {
        selects.from().addFrom(item, null, scope);
      }
    }
    selects.from().addFrom(null, delete.getJoins(), scope);
    expressions.analyze(delete.getWhere(), scope);
    return returning(delete.getReturningClause(), scope);
  }

  Result returning(List<SelectItem<?>> items, Scope scope) {
    if (items == null || items.isEmpty()) {
      return new Result(new SelectAnalyzer.Output(List.of(), true), false);
    }
    return new Result(selects.selectList(items, scope), true);
  }

  /** {@code SET a = x, (b, c) = (y, z)}: targets must exist; values expect their types. */
  void setList(List<UpdateSet> sets, ScopeRelation target, Scope scope) {
    if (sets == null) {
      return;
    }
    for (UpdateSet set : sets) {
      List<SqlType> types = new ArrayList<>();
      for (Object c : set.getColumns()) {
        types.add(targetColumn(c, target));
      }
      ExpressionList<?> values = set.getValues();
      List<Expression> cells = new ArrayList<>();
      if (values != null) {
        values.forEach(cells::add);
      }
      if (cells.size() == 1 && types.size() > 1 && cells.get(0) instanceof ExpressionList<?> row) {
        cells = new ArrayList<>(row);
      }
      for (int i = 0; i < cells.size(); i++) {
        expressions.analyze(cells.get(i), scope);
        if (cells.size() == types.size()) {
          expressions.expectParam(cells.get(i), types.get(i));
        }
      }
    }
  }

  /**
   * The type of a target column named in SET or an INSERT column list. The parser gives {@code
   * year}, {@code month}... as DateUnitExpression even there, whatever the declared type says.
   */
  SqlType targetColumn(Object element, ScopeRelation target) {
    if (element instanceof Column c) {
      return targetColumn(c, target);
    }
    if (element instanceof DateUnitExpression d) {
      return target
          .column(d.getType().name().toLowerCase(java.util.Locale.ROOT))
          .map(ScopeColumn::type)
          .orElse(SqlType.UNKNOWN);
    }
    ctx.problems().notChecked("target column " + element);
    return SqlType.UNKNOWN;
  }

  /** The type of a target column; reports it missing. */
  SqlType targetColumn(Column c, ScopeRelation target) {
    String name = PgIdentifiers.fold(c.getColumnName());
    Optional<ScopeColumn> col = target.column(name);
    if (col.isPresent()) {
      ctx.references().column(target.relation, name);
      return col.get().type();
    }
    if (target.columnsKnown) {
      int[] at = ctx.locator().locate(c, List.of(name), 0);
      ctx.problems().add(columns.missingIn(target, name, at));
    }
    return SqlType.UNKNOWN;
  }
}
