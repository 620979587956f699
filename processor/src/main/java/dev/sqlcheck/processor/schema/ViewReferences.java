package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.problem.Message;
import java.util.Optional;

/**
 * A view whose query refers to a relation or column that does not exist at that point: PostgreSQL
 * refuses the CREATE VIEW, so the view is not created. sqlcheck reports it (SQLCHECK-004) and makes
 * the view unknown, so that queries on it get a warning rather than a clean pass or a false error.
 */
final class ViewReferences {
  private ViewReferences() {}

  /** Reports and forgets the view when its query refers to something missing. */
  static boolean missing(LoadContext ctx, String schema, String name, String query) {
    Optional<String> missing = ctx.resolver.missingReference(ctx.catalog.build(), query);
    if (missing.isEmpty()) {
      return false;
    }
    ctx.catalog.removeRelation(schema, name);
    ctx.lose(schema, name);
    ctx.warn(Message.VIEW_REFERENCE_MISSING, name, missing.get(), name);
    return true;
  }
}
