package dev.sqlcheck.processor.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The keys and indexes of the schema's tables, as the load followed them through renames and drops:
 * the constraint names of each table whose constraints are all known, the unique keys of each table
 * whose unique indexes are all known (both by "schema.table"), the names of all indexes
 * ("schema.name"), and the tables whose INSERTs store what they are given: no trigger or rule the
 * load saw (or may have missed) fills in or replaces a row, so a NOT NULL column left without a
 * value fails the INSERT.
 */
public record TableKeys(
    Map<String, Set<String>> constraintNames,
    Map<String, UniqueKeys> uniqueKeys,
    Set<String> indexNames,
    Set<String> insertsJudged) {
  /** Nothing known: no table is judged. */
  public static final TableKeys NONE = new TableKeys(Map.of(), Map.of(), Set.of(), Set.of());

  public TableKeys {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    constraintNames.forEach((table, n) -> names.put(table, Set.copyOf(n)));
    constraintNames = Map.copyOf(names);
    uniqueKeys = Map.copyOf(uniqueKeys);
    indexNames = Set.copyOf(indexNames);
    insertsJudged = Set.copyOf(insertsJudged);
  }
}
