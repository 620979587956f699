package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.TableKeys;
import dev.sqlcheck.processor.catalog.UniqueKeys;
import dev.sqlcheck.processor.schema.SchemaObjects.Kind;
import dev.sqlcheck.processor.schema.SchemaObjects.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's view of the keys and indexes {@link SchemaObjects} followed ({@link TableKeys}).
 */
final class TableKeysOf {
  private TableKeysOf() {}

  /**
   * The keys and indexes of {@code objects}; no table's unique keys when {@code indexesUncertain}
   * (an index may have been made unseen); {@code judged}, the tables whose INSERTs are judged.
   */
  static TableKeys of(
      List<Named> objects, Set<String> keysKnown, boolean indexesUncertain, Set<String> judged) {
    return new TableKeys(
        constraintNames(objects, keysKnown),
        indexesUncertain ? Map.of() : uniqueKeys(objects, keysKnown),
        indexNames(objects),
        judged);
  }

  /**
   * The names of the constraints of each table whose constraints are all known (see {@link
   * SchemaObjects#keysKnown}), by "schema.table".
   */
  private static Map<String, Set<String>> constraintNames(
      List<Named> objects, Set<String> keysKnown) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    keysKnown.forEach(t -> out.put(t, new java.util.TreeSet<>()));
    for (Named o : objects) {
      Set<String> names = out.get(o.schema() + "." + o.table());
      if (names != null && o.isConstraint()) {
        names.add(o.name());
      }
    }
    return out;
  }

  /**
   * The unique keys of each table whose constraints are all known (see {@link
   * SchemaObjects#keysKnown}), by "schema.table".
   */
  private static Map<String, UniqueKeys> uniqueKeys(List<Named> objects, Set<String> keysKnown) {
    Map<String, List<Set<String>>> exact = new LinkedHashMap<>();
    Map<String, List<Set<String>>> inexact = new LinkedHashMap<>();
    keysKnown.forEach(
        t -> {
          exact.put(t, new ArrayList<>());
          inexact.put(t, new ArrayList<>());
        });
    for (Named o : objects) {
      String table = o.schema() + "." + o.table();
      boolean unique =
          o.kind() == Kind.KEY && !o.definition().equals("excl")
              || o.kind() == Kind.INDEX && o.definition().startsWith("unique ");
      if (!unique || !exact.containsKey(table)) {
        continue;
      }
      boolean plain =
          !o.columns().contains("expr")
              && !(o.kind() == Kind.INDEX && o.definition().contains(" where "));
      (plain ? exact : inexact).get(table).add(Set.copyOf(o.columns()));
    }
    Map<String, UniqueKeys> out = new LinkedHashMap<>();
    exact.forEach((t, sets) -> out.put(t, new UniqueKeys(sets, inexact.get(t))));
    return out;
  }

  /** The names ("schema.name") of the indexes, and of the keys that own one. */
  private static Set<String> indexNames(List<Named> objects) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Named o : objects) {
      if (o.ownsIndex()) {
        out.add(o.schema() + "." + o.name());
      }
    }
    return out;
  }
}
