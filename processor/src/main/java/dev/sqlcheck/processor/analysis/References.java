package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Relation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the {@link Reference}s of one query as the resolvers find them: each once, relations and
 * columns in the order they were first resolved.
 */
final class References {
  private final Set<Reference> found = new LinkedHashSet<>();

  /** A table or view resolved from the catalog. */
  void relation(Relation relation) {
    if (relation != null) {
      found.add(new Reference(relation.schema(), relation.name(), null));
    }
  }

  /** A column of a catalog relation; ignored when {@code relation} is not from the catalog. */
  void column(Relation relation, String column) {
    if (relation != null && relation.column(column).isPresent()) {
      found.add(new Reference(relation.schema(), relation.name(), column));
    }
  }

  /** Every column of a catalog relation, as {@code *} reads them. */
  void allColumns(Relation relation) {
    if (relation != null) {
      relation.columns().forEach(c -> column(relation, c.name()));
    }
  }

  List<Reference> all() {
    return List.copyOf(found);
  }
}
