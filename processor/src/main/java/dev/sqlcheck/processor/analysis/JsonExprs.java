package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.JsonExpr;
import dev.sqlcheck.processor.sql.ast.SortItem;

/**
 * The SQL/JSON constructors and query functions of PostgreSQL 16 and 17: their arguments are
 * analysed, and their types are the {@code RETURNING} type when written, else PostgreSQL's defaults
 * ({@code json} for constructors, {@code jsonb} for JSON_QUERY, {@code text} for JSON_VALUE, {@code
 * boolean} for JSON_EXISTS and IS JSON).
 */
final class JsonExprs {
  private final Analyzer a;

  JsonExprs(Analyzer a) {
    this.a = a;
  }

  Val value(JsonExpr j, Level level) {
    if (j instanceof JsonExpr.IsJson is) {
      a.exprs.value(is.arg(), level);
      return Val.typed(SqlType.of("boolean"), true);
    } else if (j instanceof JsonExpr.ObjectConstructor o) {
      for (JsonExpr.KeyValue kv : o.pairs()) {
        a.exprs.value(kv.key(), level);
        a.exprs.value(kv.value().expr(), level);
      }
      return returning(o.returning(), "json", false);
    } else if (j instanceof JsonExpr.ArrayConstructor arr) {
      for (JsonExpr.ValueExpr v : arr.elements()) {
        a.exprs.value(v.expr(), level);
      }
      return returning(arr.returning(), "json", false);
    } else if (j instanceof JsonExpr.ArrayQuery aq) {
      a.queries.subquery(aq.query(), level);
      return returning(aq.returning(), "json", true);
    } else if (j instanceof JsonExpr.ObjectAgg oa) {
      a.exprs.value(oa.pair().key(), level);
      a.exprs.value(oa.pair().value().expr(), level);
      decorations(oa.filter(), oa.over(), level);
      return returning(oa.returning(), "json", true);
    } else if (j instanceof JsonExpr.ArrayAgg aa) {
      a.exprs.value(aa.value().expr(), level);
      for (SortItem s : aa.orderBy()) {
        a.exprs.value(s.expr(), level);
      }
      decorations(aa.filter(), aa.over(), level);
      return returning(aa.returning(), "json", true);
    } else if (j instanceof JsonExpr.Parse p) {
      a.exprs.value(p.value().expr(), level);
      return Val.typed(SqlType.of("json"), true);
    } else if (j instanceof JsonExpr.Scalar s) {
      a.exprs.value(s.arg(), level);
      return Val.typed(SqlType.of("json"), true);
    } else if (j instanceof JsonExpr.Serialize s) {
      a.exprs.value(s.value().expr(), level);
      return returning(s.returning(), "text", true);
    }
    JsonExpr.QueryFunction f = (JsonExpr.QueryFunction) j;
    a.exprs.value(f.context().expr(), level);
    a.exprs.value(f.path(), level);
    for (JsonExpr.Argument arg : f.passing()) {
      a.exprs.value(arg.value().expr(), level);
    }
    String type =
        switch (f.op()) {
          case JSON_QUERY -> "jsonb";
          case JSON_VALUE -> "text";
          case JSON_EXISTS -> "boolean";
        };
    return returning(f.returning(), type, true);
  }

  private void decorations(
      Expr filter, dev.sqlcheck.processor.sql.ast.WindowDef over, Level level) {
    if (filter != null) {
      a.exprs.condition(filter, "FILTER", level);
    }
    if (over != null) {
      a.windows.over(over, level);
    }
  }

  private Val returning(JsonExpr.Returning r, String fallback, boolean nullable) {
    SqlType type = r == null ? SqlType.of(fallback) : a.typeNames.resolve(r.type());
    return Val.typed(type, nullable);
  }
}
