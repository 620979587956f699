package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;

/**
 * SELECT in all its forms: WITH, plain selects, set operations, parenthesised selects and VALUES.
 * Builds the scope of each level, checks every clause, and infers the result columns.
 */
final class SelectAnalyzer {
  /** The result columns of a select, and whether they are fully known. */
  record Output(List<ResultColumn> columns, boolean known) {
    static final Output UNKNOWN = new Output(List.of(), false);
  }

  private final AnalysisContext ctx;
  private final ExpressionAnalyzer expressions;
  private final FromAnalyzer from;
  private final WithAnalyzer with;

  SelectAnalyzer(AnalysisContext ctx, ExpressionAnalyzer expressions, DmlAnalyzer dml) {
    this.ctx = ctx;
    this.expressions = expressions;
    this.from = new FromAnalyzer(ctx, expressions, this);
    this.with = new WithAnalyzer(ctx, this, dml);
  }

  FromAnalyzer from() {
    return from;
  }

  WithAnalyzer with() {
    return with;
  }

  Output select(Select select, Scope outer) {
    Scope scope = with.define(select.getWithItemsList(), outer);
    if (select instanceof PlainSelect ps) {
      return plain(ps, scope);
    }
    if (select instanceof SetOperationList sol) {
      return setOperation(sol, scope);
    }
    if (select instanceof ParenthesedSelect ps) {
      Output out = select(ps.getSelect(), scope);
      tail(ps, outputScope(out, scope));
      return out;
    }
    if (select instanceof Values v) {
      return values(v.getExpressions(), scope);
    }
    ctx.problems().notChecked(select.getClass().getSimpleName());
    return Output.UNKNOWN;
  }

  private Output plain(PlainSelect ps, Scope outer) {
    Scope scope = new Scope(outer);
    from.addFrom(ps.getFromItem(), ps.getJoins(), scope);
    expressions.analyze(ps.getWhere(), scope);
    NotNullFilter.narrow(ps.getWhere(), scope);
    Output out = selectList(ps.getSelectItems(), scope);
    if (hasGroupingSets(ps.getGroupBy())) {
      out = groupingSetOutputs(ps.getSelectItems(), out);
    }
    // Output aliases are visible in GROUP BY, DISTINCT ON and ORDER BY, not in HAVING or WINDOW.
    scope.outputs = out.columns();
    if (ps.getGroupBy() != null) {
      groupBy(ps.getGroupBy(), scope);
    }
    scope.outputs = List.of();
    expressions.analyze(ps.getHaving(), scope);
    expressions.analyze(ps.getQualify(), scope);
    if (ps.getWindowDefinitions() != null) {
      CallAnalyzer calls = new CallAnalyzer(ctx, expressions);
      for (WindowDefinition w : ps.getWindowDefinitions()) {
        calls.window(w, scope);
      }
    }
    scope.outputs = out.columns();
    if (ps.getDistinct() != null && ps.getDistinct().getOnSelectItems() != null) {
      for (SelectItem<?> item : ps.getDistinct().getOnSelectItems()) {
        orderItem(item.getExpression(), scope);
      }
    }
    tail(ps, scope);
    return out;
  }

  /** ROLLUP, CUBE or GROUPING SETS: some result rows have NULL in place of grouped columns. */
  private static boolean hasGroupingSets(GroupByElement g) {
    if (g == null) {
      return false;
    }
    if (g.getGroupingSets() != null && !g.getGroupingSets().isEmpty()) {
      return true;
    }
    ExpressionList<?> list = g.getGroupByExpressionList();
    return list != null
        && list.stream()
            .anyMatch(
                x ->
                    x instanceof Function f
                        && f.getName() != null
                        && Set.of("rollup", "cube").contains(PgIdentifiers.fold(f.getName())));
  }

  /**
   * Under grouping sets every output may be NULL in the super-aggregate rows, except {@code
   * count(…)} and {@code grouping(…)}, which are never NULL.
   */
  private static Output groupingSetOutputs(List<SelectItem<?>> items, Output out) {
    Set<String> nonNull = new java.util.HashSet<>();
    for (SelectItem<?> item : items) {
      if (item.getExpression() instanceof Function f
          && f.getName() != null
          && Set.of("count", "grouping").contains(PgIdentifiers.fold(f.getName()))) {
        nonNull.add(
            item.getAlias() != null
                ? PgIdentifiers.fold(item.getAlias().getName())
                : PgIdentifiers.fold(f.getName()));
      }
    }
    List<ResultColumn> cols = new ArrayList<>();
    for (ResultColumn c : out.columns()) {
      cols.add(
          c.nullable() || nonNull.contains(c.label())
              ? c
              : new ResultColumn(c.label(), c.type(), true));
    }
    return new Output(cols, out.known());
  }

  private void groupBy(GroupByElement g, Scope scope) {
    ExpressionList<?> list = g.getGroupByExpressionList();
    if (list != null) {
      for (Expression x : list) {
        if (!(x instanceof LongValue)) {
          expressions.analyze(x, scope);
        }
      }
    }
    if (g.getGroupingSets() != null) {
      for (ExpressionList<?> set : g.getGroupingSets()) {
        for (Expression x : set) {
          expressions.analyze(x, scope);
        }
      }
    }
  }

  /**
   * An ORDER BY or DISTINCT ON item. A bare name that is an output column's label means that output
   * column, even when several FROM items have a column of that name (PostgreSQL's rule for these
   * clauses, unlike GROUP BY); the output was already checked with the select list.
   */
  private void orderItem(Expression x, Scope scope) {
    if (x instanceof Column c
        && c.getTable() == null
        && scope.outputs.stream()
            .anyMatch(o -> o.label().equals(PgIdentifiers.fold(c.getColumnName())))) {
      return;
    }
    expressions.analyze(x, scope);
  }

  /** ORDER BY, LIMIT, OFFSET and FETCH of a select level. */
  private void tail(Select s, Scope scope) {
    if (s.getOrderByElements() != null) {
      for (OrderByElement o : s.getOrderByElements()) {
        if (!(o.getExpression() instanceof LongValue)) {
          orderItem(o.getExpression(), scope);
        }
      }
    }
    if (s.getLimit() != null) {
      count(s.getLimit().getRowCount(), scope);
      count(s.getLimit().getOffset(), scope);
    }
    if (s.getOffset() != null) {
      count(s.getOffset().getOffset(), scope);
    }
    if (s.getFetch() != null) {
      count(s.getFetch().getExpression(), scope);
    }
  }

  private void count(Expression e, Scope scope) {
    if (e == null) {
      return;
    }
    expressions.analyze(e, scope);
    if (ExpressionAnalyzer.unwrap(e) instanceof JdbcNamedParameter p) {
      ctx.params().expect(p, SqlType.of("bigint"), ParameterUse.Context.SCALAR);
    }
  }

  /** Analyses a select list or RETURNING list in {@code scope}. */
  Output selectList(List<SelectItem<?>> items, Scope scope) {
    List<ResultColumn> columns = new ArrayList<>();
    boolean known = true;
    for (SelectItem<?> item : items) {
      Expression e = item.getExpression();
      if (e instanceof AllTableColumns atc) {
        List<ScopeColumn> cols = tableStar(atc, scope);
        known &= cols != null;
        if (cols != null) {
          cols.forEach(c -> columns.add(c.toResult()));
        }
      } else if (e instanceof AllColumns) {
        scope.relations.forEach(r -> ctx.references().allColumns(r.relation));
        known &= scope.star != null && !scope.incomplete;
        if (scope.star != null) {
          scope.star.forEach(c -> columns.add(c.toResult()));
        }
      } else if (isTypedLiteral(item)) {
        // jsonb '{}' reaches us as column "jsonb" with the alias '{}': a typed literal.
        String type = PgIdentifiers.fold(((Column) e).getColumnName());
        columns.add(
            new ResultColumn(type, CastTypes.of(new ColDataType(type), ctx.catalog()), false));
      } else {
        Typed t = expressions.analyze(e, scope);
        String label =
            item.getAlias() != null ? PgIdentifiers.fold(item.getAlias().getName()) : t.label();
        columns.add(new ResultColumn(label, t.type(), t.nullable()));
      }
    }
    return new Output(columns, known);
  }

  /**
   * {@code type 'text'} in a select list: JSqlParser reads a bare name followed by a string as a
   * column with a quoted alias, which PostgreSQL never accepts as an alias.
   */
  private static boolean isTypedLiteral(SelectItem<?> item) {
    return item.getExpression() instanceof Column c
        && c.getTable() == null
        && item.getAlias() != null
        && !item.getAlias().isUseAs()
        && item.getAlias().getName().startsWith("'");
  }

  private List<ScopeColumn> tableStar(AllTableColumns atc, Scope scope) {
    Table t = atc.getTable();
    String qualifier = PgIdentifiers.fold(t.getName());
    String schema = PgIdentifiers.fold(t.getSchemaName());
    for (Scope s = scope; s != null; s = s.parent) {
      var rel = s.relation(qualifier, schema);
      if (rel.isPresent()) {
        ctx.references().allColumns(rel.get().relation);
        return rel.get().columnsKnown ? rel.get().columns() : null;
      }
    }
    if (!scope.incomplete) {
      List<String> parts = schema == null ? List.of(qualifier) : List.of(schema, qualifier);
      int[] at = ctx.locator().locate(atc, parts, parts.size() - 1);
      ctx.problems()
          .add(
              new Problem(
                  ProblemCode.UNKNOWN_QUALIFIER,
                  "missing FROM-clause entry for table \"" + qualifier + "\"",
                  at[0],
                  at[1],
                  dev.sqlcheck.processor.problem.Suggestions.hint(qualifier, scope.qualifiers()),
                  null));
    }
    return null;
  }

  private Output setOperation(SetOperationList sol, Scope scope) {
    Output first = null;
    List<ResultColumn> merged = new ArrayList<>();
    boolean known = true;
    for (Select branch : sol.getSelects()) {
      Output out = select(branch, scope);
      known &= out.known();
      if (first == null) {
        first = out;
        merged.addAll(out.columns());
        continue;
      }
      if (first.known() && out.known() && out.columns().size() != first.columns().size()) {
        reportArity(sol, branch, first.columns().size(), out.columns().size());
        known = false;
      } else if (out.known() && first.known()) {
        for (int i = 0; i < merged.size(); i++) {
          ResultColumn m = merged.get(i);
          ResultColumn o = out.columns().get(i);
          merged.set(
              i,
              new ResultColumn(
                  m.label(),
                  m.type().isUnknown() ? o.type() : m.type(),
                  m.nullable() || o.nullable()));
        }
      }
    }
    Output result = new Output(merged, known && first != null);
    tail(sol, outputScope(result, scope));
    return result;
  }

  private void reportArity(SetOperationList sol, Select branch, int expected, int actual) {
    String op =
        sol.getOperations().isEmpty()
            ? "UNION"
            : sol.getOperations().get(0).toString().split(" ")[0].toUpperCase();
    int[] at = firstItemPosition(branch);
    ctx.problems()
        .add(
            new Problem(
                ProblemCode.SET_OPERATION_ARITY,
                "each " + op + " query must have the same number of columns",
                at[0],
                at[1],
                null,
                "the first query has "
                    + expected
                    + " column"
                    + (expected == 1 ? "" : "s")
                    + ", this one has "
                    + actual));
  }

  private int[] firstItemPosition(Select branch) {
    Select s = branch;
    while (s instanceof ParenthesedSelect ps) {
      s = ps.getSelect();
    }
    if (s instanceof PlainSelect ps && !ps.getSelectItems().isEmpty()) {
      int[] at = ctx.locator().locateElement(ps.getSelectItems().get(0).getExpression());
      if (at[0] >= 0) {
        return at;
      }
    }
    return ctx.locator().locateElement(branch);
  }

  private static Scope outputScope(Output out, Scope parent) {
    Scope s = new Scope(parent);
    s.outputs = out.columns();
    if (!out.known()) {
      s.incomplete = true;
    }
    return s;
  }

  /** VALUES rows: column1, column2, ... typed from the first row. */
  Output values(ExpressionList<?> rows, Scope scope) {
    List<ResultColumn> columns = new ArrayList<>();
    boolean first = true;
    List<Expression> rowList = new ArrayList<>();
    if (rows instanceof ParenthesedExpressionList<?>) {
      rowList.add(rows);
    } else {
      rowList.addAll(rows);
    }
    for (Expression row : rowList) {
      List<Expression> cells = new ArrayList<>();
      if (row instanceof ExpressionList<?> list) {
        cells.addAll(list);
      } else {
        cells.add(row);
      }
      for (int i = 0; i < cells.size(); i++) {
        Typed t = expressions.analyze(cells.get(i), scope);
        if (first) {
          columns.add(new ResultColumn("column" + (i + 1), t.type(), t.nullable()));
        } else if (i < columns.size()) {
          ResultColumn c = columns.get(i);
          columns.set(
              i,
              new ResultColumn(
                  c.label(),
                  c.type().isUnknown() ? t.type() : c.type(),
                  c.nullable() || t.nullable()));
        }
      }
      first = false;
    }
    return new Output(columns, true);
  }
}
