package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.insert.InsertConflictTarget;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.Values;

/**
 * INSERT: the target and its column list, the arity and parameter types of every VALUES row or of
 * the SELECT, ON CONFLICT (with the {@code EXCLUDED} pseudo-table) and RETURNING.
 */
final class InsertAnalyzer {
  private final AnalysisContext ctx;
  private final ExpressionAnalyzer expressions;
  private final SelectAnalyzer selects;
  private final DmlAnalyzer dml;

  InsertAnalyzer(
      AnalysisContext ctx,
      ExpressionAnalyzer expressions,
      SelectAnalyzer selects,
      DmlAnalyzer dml) {
    this.ctx = ctx;
    this.expressions = expressions;
    this.selects = selects;
    this.dml = dml;
  }

  DmlAnalyzer.Result insert(Insert insert, Scope outer) {
    Scope withScope = dml.withScope(insert.getWithItemsList(), outer);
    ScopeRelation target = dml.target(insert.getTable(), withScope);
    boolean listed = insert.getColumns() != null && !insert.getColumns().isEmpty();
    List<SqlType> types = new ArrayList<>();
    if (listed) {
      for (Object c : insert.getColumns()) {
        types.add(dml.targetColumn(c, target));
      }
    } else {
      target.columns().forEach(c -> types.add(c.type()));
    }
    Integer expected =
        listed
            ? Integer.valueOf(types.size())
            : target.columnsKnown ? Integer.valueOf(types.size()) : null;
    Select source = insert.isOnlyDefaultValues() ? null : insert.getSelect();
    if (source instanceof Values v) {
      values(v, types, expected, listed, new Scope(withScope));
    } else if (source != null) {
      fromSelect(source, types, expected, listed, withScope);
    }
    Scope scope = new Scope(withScope);
    scope.add(target);
    conflict(insert, target, scope);
    return dml.returning(insert.getReturningClause(), scope);
  }

  private void values(
      Values v, List<SqlType> types, Integer expected, boolean listed, Scope scope) {
    ExpressionList<?> exprs = v.getExpressions();
    List<ExpressionList<?>> rows = new ArrayList<>();
    if (exprs instanceof ParenthesedExpressionList<?>) {
      rows.add(exprs);
    } else {
      for (Expression row : exprs) {
        rows.add(row instanceof ExpressionList<?> list ? list : new ExpressionList<>(row));
      }
    }
    int firstSize = rows.isEmpty() ? 0 : rows.get(0).size();
    for (ExpressionList<?> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        expressions.analyze(row.get(i), scope);
        if (i < types.size()) {
          expressions.expectParam(row.get(i), types.get(i));
        }
      }
      if (!arity(row.size(), expected, listed, row) && row.size() != firstSize) {
        report(row, "VALUES lists must all be the same length", null);
      }
    }
  }

  /** Checks one row's length; true when a problem was reported. */
  private boolean arity(int size, Integer expected, boolean listed, Object at) {
    if (expected == null) {
      return false;
    }
    String note =
        "the target has "
            + expected
            + " column"
            + (expected == 1 ? "" : "s")
            + ", the row has "
            + size;
    if (size > expected) {
      report(at, "INSERT has more expressions than target columns", note);
      return true;
    }
    if (size < expected && listed) {
      report(at, "INSERT has more target columns than expressions", note);
      return true;
    }
    return false;
  }

  private void report(Object element, String message, String note) {
    int[] at =
        element instanceof ExpressionList<?> row
            ? ctx.locator().locateList(row)
            : ctx.locator().locateElement(element);
    ctx.problems().add(new Problem(ProblemCode.INSERT_ARITY, message, at[0], at[1], null, note));
  }

  private void fromSelect(
      Select source, List<SqlType> types, Integer expected, boolean listed, Scope scope) {
    SelectAnalyzer.Output out = selects.select(source, scope);
    if (out.known()) {
      Object at = source;
      if (source instanceof PlainSelect ps && !ps.getSelectItems().isEmpty()) {
        at = ps.getSelectItems().get(0).getExpression();
      }
      arity(out.columns().size(), expected, listed, at);
    }
    if (source instanceof PlainSelect ps) {
      for (int i = 0; i < ps.getSelectItems().size() && i < types.size(); i++) {
        Object e = ps.getSelectItems().get(i).getExpression();
        if (e instanceof Expression x) {
          expressions.expectParam(x, types.get(i));
        }
      }
    }
  }

  private void conflict(Insert insert, ScopeRelation target, Scope scope) {
    InsertConflictTarget ct = insert.getConflictTarget();
    if (ct != null) {
      if (ct.getIndexColumnNames() != null) {
        for (String raw : ct.getIndexColumnNames()) {
          conflictColumn(PgIdentifiers.fold(raw), target);
        }
      }
      expressions.analyze(ct.getIndexExpression(), scope);
      expressions.analyze(ct.getWhereExpression(), scope);
    }
    InsertConflictAction action = insert.getConflictAction();
    if (action == null) {
      return;
    }
    Scope withExcluded = new Scope(scope.parent);
    withExcluded.add(scope.relations.get(0));
    withExcluded.add(
        new ScopeRelation(
            "excluded", null, target.relation, target.columns(), target.columnsKnown));
    dml.setList(action.getUpdateSets(), target, withExcluded);
    expressions.analyze(action.getWhereExpression(), withExcluded);
  }

  private void conflictColumn(String name, ScopeRelation target) {
    ctx.references().column(target.relation, name);
    if (target.columnsKnown && target.column(name).isEmpty()) {
      int[] at = ctx.locator().locateWord(name);
      ctx.problems().add(new ColumnResolver(ctx).missingIn(target, name, at));
    }
  }
}
