package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.JsonExpr;
import dev.sqlcheck.processor.sql.ast.XmlExpr;

/**
 * The name PostgreSQL gives an unlabelled select-list expression ({@code FigureColname}): a
 * column's name, a function's name, {@code case}, {@code coalesce}, a cast's inner name or else its
 * type's, the first column of a scalar subquery, and {@code ?column?} for anything else.
 */
final class Labels {
  static final String NO_NAME = "?column?";

  private final QueryContext q;

  Labels(QueryContext q) {
    this.q = q;
  }

  String of(Expr e) {
    Named n = figure(e);
    return n == null ? NO_NAME : n.name;
  }

  /** A name and how strongly it was chosen (2: its own name; 1: a fallback such as a type). */
  private record Named(String name, int strength) {}

  private Named figure(Expr e) {
    if (e instanceof Expr.ColumnRef c) {
      if (c.names().isEmpty()) {
        return null;
      }
      return new Named(c.names().get(c.names().size() - 1).name(), 2);
    } else if (e instanceof Expr.Indirection i) {
      for (int k = i.steps().size() - 1; k >= 0; k--) {
        Expr.Step s = i.steps().get(k);
        if (s instanceof Expr.FieldStep f) {
          return new Named(f.name().name(), 2);
        }
        if (s instanceof Expr.StarStep) {
          return null;
        }
      }
      return figure(i.base());
    } else if (e instanceof Expr.FuncCall f) {
      return new Named(f.name().last().name(), 2);
    } else if (e instanceof Expr.TypeCast c) {
      Named inner = figure(c.arg());
      if (inner != null && inner.strength > 1) {
        return inner;
      }
      return new Named(c.type().name().last().name(), 1);
    } else if (e instanceof Expr.Collate c) {
      return figure(c.arg());
    } else if (e instanceof Expr.Case c) {
      Named otherwise = c.otherwise() == null ? null : figure(c.otherwise());
      if (otherwise != null && otherwise.strength > 1) {
        return otherwise;
      }
      return new Named("case", 1);
    }
    String fixed = fixed(e);
    return fixed == null ? null : new Named(fixed, 2);
  }

  private String fixed(Expr e) {
    if (e instanceof Expr.ArrayExpr || e instanceof Expr.ArraySubquery) {
      return "array";
    } else if (e instanceof Expr.Row) {
      return "row";
    } else if (e instanceof Expr.Coalesce) {
      return "coalesce";
    } else if (e instanceof Expr.MinMax m) {
      return m.greatest() ? "greatest" : "least";
    } else if (e instanceof Expr.NullIf) {
      return "nullif";
    } else if (e instanceof Expr.Exists) {
      return "exists";
    } else if (e instanceof Expr.Grouping) {
      return "grouping";
    } else if (e instanceof Expr.AtTimeZone) {
      return "timezone";
    } else if (e instanceof Expr.ScalarSubquery s) {
      QueryShape shape = q.shapeOf(s.query());
      return shape != null && shape.known() && !shape.columns().isEmpty()
          ? shape.columns().get(0).label()
          : null;
    } else if (e instanceof Expr.SqlValueFunction f) {
      return f.function().name().toLowerCase(java.util.Locale.ROOT);
    } else if (e instanceof XmlExpr.Serialize) {
      return "xmlserialize";
    } else if (e instanceof XmlExpr.Function x) {
      return "xml" + x.op().name().toLowerCase(java.util.Locale.ROOT);
    } else if (e instanceof JsonExpr j) {
      return json(j);
    } else if (e instanceof Expr.MergeAction) {
      return "merge_action";
    }
    return null;
  }

  private static String json(JsonExpr j) {
    if (j instanceof JsonExpr.ObjectConstructor) {
      return "json_object";
    } else if (j instanceof JsonExpr.ArrayConstructor || j instanceof JsonExpr.ArrayQuery) {
      return "json_array";
    } else if (j instanceof JsonExpr.ObjectAgg) {
      return "json_objectagg";
    } else if (j instanceof JsonExpr.ArrayAgg) {
      return "json_arrayagg";
    } else if (j instanceof JsonExpr.Parse) {
      return "json";
    } else if (j instanceof JsonExpr.Scalar) {
      return "json_scalar";
    } else if (j instanceof JsonExpr.Serialize) {
      return "json_serialize";
    } else if (j instanceof JsonExpr.QueryFunction f) {
      return f.op().name().toLowerCase(java.util.Locale.ROOT);
    }
    return null;
  }
}
