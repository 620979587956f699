package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.DateUnitExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.OracleNamedFunctionParameter;
import net.sf.jsqlparser.expression.OverlapsCondition;
import net.sf.jsqlparser.expression.PostgresNamedFunctionParameter;
import net.sf.jsqlparser.expression.RowGetExpression;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.TimezoneExpression;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.IsUnknownExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Walks an expression: resolves every column it references, records what each parameter is compared
 * with, and infers the expression's type, nullability and select-list label. Expressions it does
 * not model are reported as not fully checked.
 */
final class ExpressionAnalyzer {
  private final AnalysisContext ctx;
  private final ColumnResolver columns;
  private final CallAnalyzer calls;
  private final OperatorAnalyzer operators;
  private SelectAnalyzer selects;

  ExpressionAnalyzer(AnalysisContext ctx, ColumnResolver columns) {
    this.ctx = ctx;
    this.columns = columns;
    this.calls = new CallAnalyzer(ctx, this);
    this.operators = new OperatorAnalyzer(ctx, this, calls);
  }

  void setSelects(SelectAnalyzer selects) {
    this.selects = selects;
  }

  SelectAnalyzer selects() {
    return selects;
  }

  ColumnResolver columns() {
    return columns;
  }

  /** Analyses an optional expression, ignoring null. */
  Typed analyze(Expression e, Scope scope) {
    if (e == null) {
      return Typed.unknown();
    }
    if (e instanceof Column c) {
      return c.getArrayConstructor() == null ? columns.resolve(c, scope) : subscript(c, scope);
    }
    if (e instanceof JdbcNamedParameter p) {
      ctx.params().seen(p);
      return Typed.unknown();
    }
    Typed literal = Literals.type(e);
    if (literal != null) {
      return literal;
    }
    if (e instanceof BinaryExpression b) {
      return operators.binary(b, scope);
    }
    if (e instanceof ParenthesedSelect ps) {
      return scalarSubquery(ps, scope);
    }
    if (e instanceof Select s) {
      // ARRAY(SELECT ...) and similar: the subquery is checked, its value is not typed.
      selects.select(s, scope);
      return Typed.unknown();
    }
    if (e instanceof ExpressionList<?> list) {
      return list(list, scope);
    }
    return other(e, scope);
  }

  private Typed other(Expression e, Scope scope) {
    if (e instanceof Function f) {
      return calls.function(f, scope);
    }
    if (e instanceof AnalyticExpression a) {
      return calls.analytic(a, scope);
    }
    if (e instanceof CastExpression c) {
      return cast(c, scope);
    }
    if (e instanceof CaseExpression c) {
      return caseExpression(c, scope);
    }
    Typed predicate = operators.predicate(e, scope);
    if (predicate != null) {
      return predicate;
    }
    return misc(e, scope);
  }

  private Typed misc(Expression e, Scope scope) {
    if (e instanceof SignedExpression s) {
      Typed inner = analyze(s.getExpression(), scope);
      return inner.withLabel(Typed.NO_NAME);
    }
    if (e instanceof ArrayConstructor a) {
      Typed first = Typed.unknown();
      if (a.getExpressions() != null) {
        for (Expression x : a.getExpressions()) {
          Typed t = analyze(x, scope);
          first = first.type().isUnknown() ? t : first;
        }
      }
      SqlType type =
          first.type().isUnknown() || first.type().array()
              ? SqlType.UNKNOWN
              : first.type().asArray();
      return new Typed(type, false, "array");
    }
    if (e instanceof ArrayExpression a) {
      Typed obj = analyze(a.getObjExpression(), scope);
      analyze(a.getIndexExpression(), scope);
      analyze(a.getStartIndexExpression(), scope);
      analyze(a.getStopIndexExpression(), scope);
      SqlType t = obj.type();
      boolean slice = a.getIndexExpression() == null;
      return new Typed(
          t.array() && !slice ? t.elementType() : t.array() ? t : SqlType.UNKNOWN,
          true,
          obj.label());
    }
    if (e instanceof JsonExpression j) {
      Typed base = analyze(j.getExpression(), scope);
      var idents = j.getIdentList();
      idents.forEach(x -> analyze(x.getKey(), scope));
      String last = idents.isEmpty() ? "" : idents.get(idents.size() - 1).getValue();
      SqlType t = last.equals("->>") || last.equals("#>>") ? SqlType.of("text") : base.type();
      return new Typed(t, true, Typed.NO_NAME);
    }
    return rare(e, scope);
  }

  private Typed rare(Expression e, Scope scope) {
    if (e instanceof DateUnitExpression d) {
      String name = d.getType().name().toLowerCase(Locale.ROOT);
      return columns.lookupQuietly(name, scope).orElse(Typed.unknown().withLabel(name));
    }
    if (e instanceof IntervalExpression i) {
      analyze(i.getExpression(), scope);
      return new Typed(SqlType.of("interval"), false, "interval");
    }
    if (e instanceof ExtractExpression x) {
      Typed inner = analyze(x.getExpression(), scope);
      return new Typed(SqlType.of("numeric"), inner.nullable(), "extract");
    }
    if (e instanceof CollateExpression c) {
      return analyze(c.getLeftExpression(), scope);
    }
    if (e instanceof TimezoneExpression t) {
      Typed left = analyze(t.getLeftExpression(), scope);
      t.getTimezoneExpressions().forEach(x -> analyze(x, scope));
      String name =
          left.type().name().equals("timestamp with time zone")
              ? "timestamp without time zone"
              : "timestamp with time zone";
      return new Typed(SqlType.of(name), left.nullable(), "timezone");
    }
    if (e instanceof OracleNamedFunctionParameter n) {
      return analyze(n.getExpression(), scope);
    }
    if (e instanceof PostgresNamedFunctionParameter n) {
      return analyze(n.getExpression(), scope);
    }
    if (e instanceof RowGetExpression r) {
      analyze(r.getExpression(), scope);
      return Typed.unknown().withLabel(PgIdentifiers.fold(r.getColumnName()));
    }
    if (e instanceof TrimFunction t) {
      Typed a = analyze(t.getExpression(), scope);
      Typed b = analyze(t.getFromExpression(), scope);
      boolean nullable =
          (t.getExpression() != null && a.nullable())
              || (t.getFromExpression() != null && b.nullable());
      return new Typed(SqlType.of("text"), nullable, "btrim");
    }
    if (e instanceof OverlapsCondition o) {
      analyze(o.getLeft(), scope);
      analyze(o.getRight(), scope);
      return Typed.of("boolean", true);
    }
    if (e instanceof IsUnknownExpression u) {
      analyze(u.getLeftExpression(), scope);
      return Typed.of("boolean", false);
    }
    if (e instanceof AnyComparisonExpression a) {
      selects.select(a.getSelect(), scope);
      return Typed.unknown();
    }
    if (e instanceof AllColumns || e instanceof JdbcParameter || e instanceof AllValue) {
      return Typed.unknown();
    }
    ctx.problems().notChecked("expression " + e.getClass().getSimpleName());
    return Typed.unknown();
  }

  /** {@code tags[1]} (an element) or {@code tags[1:2]} (a slice, still an array). */
  private Typed subscript(Column c, Scope scope) {
    Typed base = columns.resolve(c, scope);
    boolean slice = false;
    for (Expression index : c.getArrayConstructor().getExpressions()) {
      if (index instanceof JsonExpression j) {
        slice = true;
        analyze(j.getExpression(), scope);
        j.getIdentList().forEach(x -> analyze(x.getKey(), scope));
      } else {
        analyze(index, scope);
      }
    }
    SqlType t = base.type();
    SqlType type = !t.array() ? SqlType.UNKNOWN : slice ? t : t.elementType();
    return new Typed(type, true, base.label());
  }

  /** If {@code e} is a parameter (possibly in parentheses), expects {@code type} for it. */
  void expectParam(Expression e, SqlType type) {
    Expression inner = unwrap(e);
    if (inner instanceof JdbcNamedParameter p && !type.isUnknown()) {
      ctx.params().expect(p, type, ParameterUse.Context.SCALAR);
    }
  }

  static Expression unwrap(Expression e) {
    Expression x = e;
    while (x instanceof ParenthesedExpressionList<?> list
        && list.size() == 1
        && !(x instanceof net.sf.jsqlparser.expression.RowConstructor)) {
      x = list.get(0);
    }
    return x;
  }

  private Typed cast(CastExpression c, Scope scope) {
    Typed inner = analyze(c.getLeftExpression(), scope);
    SqlType type = CastTypes.of(c.getColDataType(), ctx.catalog());
    Expression arg = unwrap(c.getLeftExpression());
    if (arg instanceof JdbcNamedParameter p) {
      ctx.params().expectCast(p, type);
      ctx.params().anchor(p, c);
    }
    String label = inner.label().equals(Typed.NO_NAME) ? CastTypes.label(type) : inner.label();
    boolean nullable = inner.nullable() || arg instanceof JdbcNamedParameter;
    return new Typed(type, nullable, label);
  }

  private Typed caseExpression(CaseExpression c, Scope scope) {
    Typed switched = analyze(c.getSwitchExpression(), scope);
    SqlType type = SqlType.UNKNOWN;
    boolean nullable = c.getElseExpression() == null;
    List<Typed> branches = new ArrayList<>();
    for (WhenClause w : c.getWhenClauses()) {
      Typed when = analyze(w.getWhenExpression(), scope);
      if (c.getSwitchExpression() != null) {
        expectParam(w.getWhenExpression(), switched.type());
        expectParam(c.getSwitchExpression(), when.type());
      }
      branches.add(analyze(w.getThenExpression(), scope));
    }
    if (c.getElseExpression() != null) {
      branches.add(analyze(c.getElseExpression(), scope));
    }
    for (Typed b : branches) {
      nullable |= b.nullable();
      type = type.isUnknown() ? b.type() : type;
    }
    return new Typed(type, nullable, "case");
  }

  private Typed scalarSubquery(ParenthesedSelect ps, Scope scope) {
    SelectAnalyzer.Output out = selects.select(ps, scope);
    if (out.known() && out.columns().size() == 1) {
      ResultColumn col = out.columns().get(0);
      return new Typed(col.type(), true, col.label());
    }
    return Typed.unknown();
  }

  private Typed list(ExpressionList<?> list, Scope scope) {
    List<Typed> items = new ArrayList<>();
    for (Expression x : list) {
      items.add(analyze(x, scope));
    }
    if (list instanceof ParenthesedExpressionList<?>
        && items.size() == 1
        && !(list instanceof net.sf.jsqlparser.expression.RowConstructor)) {
      return items.get(0);
    }
    return new Typed(SqlType.UNKNOWN, false, "row");
  }

  /** Analyses a select statement in expression position (EXISTS, IN, ANY). */
  SelectAnalyzer.Output subquery(Select select, Scope scope) {
    return selects.select(select, scope);
  }
}
