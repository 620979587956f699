package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composite types a load has seen ({@code CREATE TYPE name AS (…)}), as far as typed tables
 * need them: their attributes, and the typed tables made of each.
 */
final class Composites {
  /** One attribute of a composite type: its name and its type as written. */
  record Attribute(String name, String typeText) {}

  /**
   * A composite type: its attributes, and the typed tables made of it ({@code [schema, table]}),
   * which take its columns.
   */
  record Composite(List<Attribute> attributes, List<List<String>> typedTables) {}

  private final Catalog.Builder catalog;
  private final Map<String, Composite> byName = new HashMap<>();

  Composites(Catalog.Builder catalog) {
    this.catalog = catalog;
  }

  void put(String schema, String name, Composite composite) {
    catalog.addSchema(schema);
    byName.put(schema + "." + name, composite);
  }

  /** Forgets a composite type; the one there was, or null. */
  Composite remove(String schema, String name) {
    return byName.remove(schema + "." + name);
  }

  /** A composite type named in DDL, found as PostgreSQL finds it: in its schema or the path. */
  Optional<Composite> find(String schema, String name) {
    if (schema != null) {
      return Optional.ofNullable(byName.get(schema + "." + name));
    }
    for (String s : catalog.searchPath()) {
      Composite c = byName.get(s + "." + name);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
