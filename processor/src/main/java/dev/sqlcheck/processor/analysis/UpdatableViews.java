package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.dialect.postgres.types.PgTypeSystem;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Select;
import dev.sqlcheck.processor.sql.ast.SelectItem;
import dev.sqlcheck.processor.sql.ast.TableRef;
import java.util.Optional;

/**
 * Decides whether a view's query makes it automatically updatable, by PostgreSQL's {@code
 * view_query_is_auto_updatable}: exactly one FROM item that is a table or an updatable view, and
 * none of WITH, DISTINCT, GROUP BY, HAVING, LIMIT/OFFSET, set operations, aggregates, window
 * functions or set-returning functions.
 */
final class UpdatableViews {
  private UpdatableViews() {}

  static boolean isAutoUpdatable(Query q, Catalog catalog, PgTypeSystem types) {
    if (q.with() != null || q.limit() != null || !(q.body() instanceof Select s)) {
      return false;
    }
    if (s.distinct() || s.groupBy() != null || s.having() != null || !s.windows().isEmpty()) {
      return false;
    }
    if (s.from().size() != 1 || !(s.from().get(0) instanceof TableRef.Relation r)) {
      return false;
    }
    String schema =
        r.name().parts().size() > 1
            ? r.name().parts().get(r.name().parts().size() - 2).name()
            : null;
    Optional<Relation> base = catalog.find(schema, r.name().last().name());
    if (base.isPresent() && !catalog.isUpdatable(base.get())) {
      return false;
    }
    for (SelectItem item : s.items()) {
      boolean[] blocks = {false};
      Nodes.walk(
          item.expr(),
          n -> {
            if (n instanceof Expr.FuncCall f) {
              String name = f.name().last().name();
              blocks[0] |=
                  f.over() != null || types.isAggregateName(name) || types.isSetReturningName(name);
            }
            return !(n instanceof Query);
          });
      if (blocks[0]) {
        return false;
      }
    }
    return true;
  }
}
