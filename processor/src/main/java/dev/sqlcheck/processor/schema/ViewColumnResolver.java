package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.ViewUses;
import java.util.List;
import java.util.Optional;

/**
 * Derives the output columns of a view's (or {@code CREATE TABLE .. AS}) query against the catalog
 * built so far. The schema loader does not analyse queries itself; the analysis package supplies
 * the real implementation. Returning empty means "could not tell": the view then exists with
 * unknown columns, and queries on it are never reported as wrong.
 */
@FunctionalInterface
public interface ViewColumnResolver {
  /** A resolver that never knows, used when none is given. */
  ViewColumnResolver NONE = (soFar, selectSql, at) -> Optional.empty();

  Optional<List<Column>> resolve(Catalog soFar, String selectSql, SourceLocation at);

  /**
   * Whether a view with this query is automatically updatable (PostgreSQL's {@code
   * view_query_is_auto_updatable}); empty when it cannot tell.
   */
  default Optional<Boolean> autoUpdatable(Catalog soFar, String selectSql) {
    return Optional.empty();
  }

  /**
   * The relations and columns a view's query uses, as PostgreSQL records them for its view; empty
   * when it cannot tell. Asked only after {@link #resolve} gave the view's columns.
   */
  default List<ViewUses.Use> uses(Catalog soFar, String selectSql) {
    return List.of();
  }

  /**
   * Why PostgreSQL would refuse a view with this query because it refers to a relation or column
   * that does not exist in {@code soFar} (the analyser's message, such as {@code relation
   * "active_users" does not exist}); empty when everything it refers to exists, or when it cannot
   * tell. Asked only after {@link #resolve} gave empty.
   */
  default Optional<String> missingReference(Catalog soFar, String selectSql) {
    return Optional.empty();
  }
}
