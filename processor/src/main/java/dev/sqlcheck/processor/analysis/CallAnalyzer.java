package dev.sqlcheck.processor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.NamedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.OrderByElement;

/**
 * Function calls, aggregates and window functions: their arguments, ORDER BY inside the call,
 * FILTER (WHERE ...), and OVER (PARTITION BY ... ORDER BY ...). Functions themselves are not
 * judged; only the columns they reference are.
 */
final class CallAnalyzer {
  private final AnalysisContext ctx;
  private final ExpressionAnalyzer expressions;

  CallAnalyzer(AnalysisContext ctx, ExpressionAnalyzer expressions) {
    this.ctx = ctx;
    this.expressions = expressions;
  }

  Typed function(Function f, Scope scope) {
    String name = name(f.getName());
    if (name.startsWith("xml")) {
      // XML functions take bare XML names (xmlelement(name foo)) that parse as columns.
      ctx.problems().notChecked("XML function " + name);
      return new Typed(dev.sqlcheck.processor.catalog.SqlType.of("xml"), true, name);
    }
    List<Typed> args = arguments(f, scope);
    orderBy(f.getOrderByElements(), scope);
    return FunctionTypes.of(name, args);
  }

  /** Analyses the arguments of a call, skipping {@code *} in {@code count(*)}. */
  List<Typed> arguments(Function f, Scope scope) {
    List<Typed> args = new ArrayList<>();
    ExpressionList<?> params = f.getParameters();
    if (params != null) {
      String function = name(f.getName());
      for (int i = 0; i < params.size(); i++) {
        Expression x = params.get(i);
        if (x instanceof AllColumns || isKeywordArgument(function, i, x)) {
          continue;
        }
        args.add(expressions.analyze(x, scope));
      }
    }
    NamedExpressionList<?> named = f.getNamedParameters();
    if (named != null) {
      for (Expression x : named) {
        args.add(expressions.analyze(x, scope));
      }
    }
    return args;
  }

  Typed analytic(AnalyticExpression a, Scope scope) {
    List<Typed> args = new ArrayList<>();
    if (a.getExpression() != null && !(a.getExpression() instanceof AllColumns)) {
      args.add(expressions.analyze(a.getExpression(), scope));
    }
    expressions.analyze(a.getOffset(), scope);
    expressions.analyze(a.getDefaultValue(), scope);
    if (a.getPartitionExpressionList() != null) {
      for (Expression x : a.getPartitionExpressionList()) {
        expressions.analyze(x, scope);
      }
    }
    orderBy(a.getOrderByElements(), scope);
    orderBy(a.getFuncOrderBy(), scope);
    expressions.analyze(a.getFilterExpression(), scope);
    window(a.getWindowDefinition(), scope);
    return FunctionTypes.of(name(a.getName()), args);
  }

  void window(WindowDefinition w, Scope scope) {
    if (w == null) {
      return;
    }
    if (w.getPartitionExpressionList() != null) {
      for (Object x : w.getPartitionExpressionList()) {
        expressions.analyze((Expression) x, scope);
      }
    }
    orderBy(w.getOrderByElements(), scope);
  }

  void orderBy(List<OrderByElement> elements, Scope scope) {
    if (elements == null) {
      return;
    }
    for (OrderByElement o : elements) {
      expressions.analyze(o.getExpression(), scope);
    }
  }

  /** Normalisation forms, the second argument of {@code normalize(text, NFC)}. */
  private static final java.util.Set<String> NORMAL_FORMS =
      java.util.Set.of("nfc", "nfd", "nfkc", "nfkd");

  /**
   * Bare keywords JSqlParser hands over as column arguments: {@code VARIADIC} (reserved in
   * PostgreSQL, so never a column) and the form of {@code normalize(text, NFC)}.
   */
  private static boolean isKeywordArgument(String function, int index, Expression x) {
    if (!(x instanceof Column c) || c.getTable() != null || c.getColumnName().startsWith("\"")) {
      return false;
    }
    String word = c.getColumnName().toLowerCase(Locale.ROOT);
    return word.equals("variadic")
        || function.equals("normalize") && index == 1 && NORMAL_FORMS.contains(word);
  }

  private static String name(String raw) {
    if (raw == null) {
      return "?column?";
    }
    String n = raw;
    int dot = n.lastIndexOf('.');
    if (dot >= 0) {
      n = n.substring(dot + 1);
    }
    if (n.startsWith("\"")) {
      return n.replace("\"", "");
    }
    return n.toLowerCase(Locale.ROOT);
  }
}
