package dev.sqlcheck.processor.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What each view's query uses, as PostgreSQL records it for the view (pg_depend): the relations and
 * columns it names. PostgreSQL drops a view with what it uses ({@code CASCADE}); the catalog
 * builder asks which views use a dropped relation or column, and keeps the uses in step with
 * renames and moves. Used while a schema loads; not thread-safe.
 */
public final class ViewUses {
  /** A relation a view's query uses ({@code column} null), or one of its columns. */
  public record Use(String schema, String relation, String column) {
    boolean of(String otherSchema, String otherRelation) {
      return schema.equals(otherSchema) && relation.equals(otherRelation);
    }
  }

  private final Map<String, List<Use>> byView = new LinkedHashMap<>(); // key: schema.view

  ViewUses() {}

  /** Records what a view uses, replacing what an earlier definition of it used. */
  void define(String schema, String view, List<Use> uses) {
    byView.put(schema + "." + view, List.copyOf(uses));
  }

  /** Forgets what a dropped view used. */
  void forget(String schema, String view) {
    forget(schema + "." + view);
  }

  void forget(String key) {
    byView.remove(key);
  }

  /** The views (keys "schema.view") that use a relation, or one column of it when given. */
  List<String> using(String schema, String relation, String column) {
    List<String> out = new ArrayList<>();
    byView.forEach(
        (view, uses) -> {
          if (uses.stream()
              .anyMatch(
                  u -> u.of(schema, relation) && (column == null || column.equals(u.column())))) {
            out.add(view);
          }
        });
    return out;
  }

  /** A relation renamed or moved: its own uses, and the uses of it, follow. */
  void relationMoved(String oldSchema, String oldRelation, String newSchema, String newRelation) {
    List<Use> own = byView.remove(oldSchema + "." + oldRelation);
    if (own != null) {
      byView.put(newSchema + "." + newRelation, own);
    }
    rewrite(u -> u.of(oldSchema, oldRelation) ? new Use(newSchema, newRelation, u.column()) : u);
  }

  /** A column renamed: the uses of it follow. */
  void columnRenamed(String schema, String relation, String column, String newName) {
    rewrite(
        u ->
            u.of(schema, relation) && column.equals(u.column())
                ? new Use(schema, relation, newName)
                : u);
  }

  private void rewrite(UnaryOperator<Use> change) {
    byView.replaceAll((view, uses) -> uses.stream().map(change).toList());
  }
}
