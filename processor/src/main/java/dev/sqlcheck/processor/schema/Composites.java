package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The composite types a load has seen ({@code CREATE TYPE name AS (…)}), as far as typed tables
 * need them: their attributes, and the typed tables made of each.
 */
final class Composites {
  /** One attribute of a composite type: its name and its type as written. */
  record Attribute(String name, String typeText) {}

  /**
   * A composite type: where it is, its attributes, and the typed tables made of it ({@code [schema,
   * table]}), which take its columns.
   */
  record Composite(
      String schema, String name, List<Attribute> attributes, List<List<String>> typedTables) {}

  private final Catalog.Builder catalog;
  private final Function<String, SqlType> types;
  private final Map<String, Composite> byName = new HashMap<>();

  /** {@code types} resolves a type as written in DDL (enums, domains) for the catalog. */
  Composites(Catalog.Builder catalog, Function<String, SqlType> types) {
    this.catalog = catalog;
    this.types = types;
  }

  void put(Composite composite) {
    byName.put(composite.schema() + "." + composite.name(), composite);
    publish(composite);
  }

  /**
   * Gives the catalog the type's attributes as they are now, so that queries can select a field of
   * a value of it ({@code (home).city}).
   */
  void publish(Composite composite) {
    List<Catalog.Attribute> attributes = new ArrayList<>();
    for (Attribute a : composite.attributes()) {
      attributes.add(new Catalog.Attribute(a.name(), types.apply(a.typeText())));
    }
    catalog.putComposite(composite.schema(), composite.name(), attributes);
  }

  /** Forgets a composite type; the one there was, or null. */
  Composite remove(String schema, String name) {
    catalog.putComposite(schema, name, null);
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
