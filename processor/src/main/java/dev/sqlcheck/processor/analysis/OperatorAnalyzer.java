package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseAnd;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.JsonOperator;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.SimilarToExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;

/**
 * Operators and predicates: comparisons, LIKE, BETWEEN, IN, IS NULL, EXISTS, AND/OR/NOT, arithmetic
 * and {@code ||}. This is where a parameter learns its expected type from the column it is compared
 * with, and where {@code IN (:list)} and {@code = ANY(:array)} are recognised.
 */
final class OperatorAnalyzer {
  private final AnalysisContext ctx;
  private final ExpressionAnalyzer expressions;
  private final CallAnalyzer calls;

  OperatorAnalyzer(AnalysisContext ctx, ExpressionAnalyzer expressions, CallAnalyzer calls) {
    this.ctx = ctx;
    this.expressions = expressions;
    this.calls = calls;
  }

  /**
   * {@code U&'d\\0061t'} and {@code U&"d\\0061y"} reach us as {@code u & 'd...'}: a bitwise AND of
   * a column "u" that no relation in scope has, with a string or a quoted name.
   */
  private boolean isUnicodeEscape(BinaryExpression b, Scope scope) {
    return b instanceof BitwiseAnd
        && b.getLeftExpression() instanceof Column c
        && c.getTable() == null
        && "u".equalsIgnoreCase(c.getColumnName())
        && expressions.columns().lookupQuietly("u", scope).isEmpty()
        && (b.getRightExpression() instanceof StringValue
            || b.getRightExpression() instanceof Column q
                && q.getTable() == null
                && q.getColumnName().startsWith("\""));
  }

  Typed binary(BinaryExpression b, Scope scope) {
    Expression left = b.getLeftExpression();
    Expression right = b.getRightExpression();
    if (isUnicodeEscape(b, scope)) {
      ctx.problems().notChecked("Unicode escape (U&'...')");
      return Typed.unknown();
    }
    Typed l = expressions.analyze(left, scope);
    Typed r = anyAll(right) != null ? Typed.unknown() : expressions.analyze(right, scope);
    boolean nullable = l.nullable() || r.nullable();
    if (b instanceof ComparisonOperator
        || b instanceof LikeExpression
        || b instanceof SimilarToExpression
        || b instanceof RegExpMatchOperator
        || b instanceof IsDistinctExpression) {
      compare(left, l, right, r, scope);
      return Typed.of("boolean", nullable && !(b instanceof IsDistinctExpression));
    }
    if (b instanceof AndExpression || b instanceof OrExpression || b instanceof XorExpression) {
      return Typed.of("boolean", nullable);
    }
    if (b instanceof Concat) {
      return Typed.of("text", nullable);
    }
    if (b instanceof JsonOperator) {
      return Typed.of("boolean", nullable);
    }
    return new Typed(FunctionTypes.arithmetic(l.type(), r.type()), nullable, Typed.NO_NAME);
  }

  /** Records what a parameter on either side of a comparison is compared with. */
  private void compare(Expression left, Typed l, Expression right, Typed r, Scope scope) {
    Function quantified = anyAll(right);
    if (quantified != null) {
      List<Typed> args = calls.arguments(quantified, scope);
      if (quantified.getParameters() != null && quantified.getParameters().size() == 1) {
        Expression arg = quantified.getParameters().get(0);
        if (arg instanceof JdbcNamedParameter p && !l.type().isUnknown()) {
          ctx.params().expect(p, l.type().asArray(), ParameterUse.Context.ARRAY);
        } else if (arg instanceof ParenthesedSelect) {
          return;
        }
      }
      expressions.expectParam(
          left, args.isEmpty() ? SqlType.UNKNOWN : args.get(0).type().elementType());
      return;
    }
    expressions.expectParam(left, r.type());
    expressions.expectParam(right, l.type());
  }

  private static Function anyAll(Expression e) {
    if (e instanceof Function f && f.getName() != null) {
      String name = f.getName().toUpperCase(Locale.ROOT);
      if (name.equals("ANY") || name.equals("ALL") || name.equals("SOME")) {
        return f;
      }
    }
    return null;
  }

  Typed predicate(Expression e, Scope scope) {
    if (e instanceof IsNullExpression n) {
      expressions.analyze(n.getLeftExpression(), scope);
      return Typed.of("boolean", false);
    }
    if (e instanceof IsBooleanExpression n) {
      expressions.analyze(n.getLeftExpression(), scope);
      return Typed.of("boolean", false);
    }
    if (e instanceof NotExpression n) {
      Typed inner = expressions.analyze(n.getExpression(), scope);
      return Typed.of("boolean", inner.nullable());
    }
    if (e instanceof Between b) {
      Typed l = expressions.analyze(b.getLeftExpression(), scope);
      Typed lo = expressions.analyze(b.getBetweenExpressionStart(), scope);
      Typed hi = expressions.analyze(b.getBetweenExpressionEnd(), scope);
      expressions.expectParam(b.getBetweenExpressionStart(), l.type());
      expressions.expectParam(b.getBetweenExpressionEnd(), l.type());
      expressions.expectParam(b.getLeftExpression(), lo.type().isUnknown() ? hi.type() : lo.type());
      return Typed.of("boolean", l.nullable() || lo.nullable() || hi.nullable());
    }
    if (e instanceof InExpression in) {
      return in(in, scope);
    }
    if (e instanceof ExistsExpression x) {
      expressions.analyze(x.getRightExpression(), scope);
      return new Typed(SqlType.of("boolean"), false, "exists");
    }
    return null;
  }

  private Typed in(InExpression in, Scope scope) {
    Typed left = expressions.analyze(in.getLeftExpression(), scope);
    Expression right = in.getRightExpression();
    if (right instanceof ParenthesedExpressionList<?> list) {
      if (list.size() == 1 && list.get(0) instanceof JdbcNamedParameter p) {
        // IN (:p) decides how a collection binds (one placeholder per element), whatever the
        // left side's type; an unknown type only leaves the element type unchecked.
        ctx.params().expect(p, left.type(), ParameterUse.Context.IN_LIST);
        return Typed.of("boolean", true);
      }
      for (Expression x : list) {
        expressions.analyze(x, scope);
        expressions.expectParam(x, left.type());
      }
      return Typed.of("boolean", true);
    }
    Typed r = expressions.analyze(right, scope);
    if (r.type().isUnknown()) {
      expressions.expectParam(in.getLeftExpression(), r.type());
    }
    return Typed.of("boolean", true);
  }
}
