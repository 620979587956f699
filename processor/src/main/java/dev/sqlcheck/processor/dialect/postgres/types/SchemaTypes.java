package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user's schema adds to the built-in types: each enum with its labels in order, the names
 * of other types it defines (extension types), and of its composite types, tables' and views' row
 * types among them, which follow PostgreSQL's rules for composites (a row converts to {@code
 * record}, so record functions and comparisons take it). With them, an untyped literal is checked
 * against an enum's labels ({@code invalid input value for enum mood: "x"}) and a call such as
 * {@code mood('happy')} is read as a cast, as PostgreSQL does.
 */
public record SchemaTypes(
    Map<String, List<String>> enumLabels,
    Set<String> otherTypes,
    Set<String> composites,
    Set<String> enumsOnPath) {
  static final SchemaTypes NONE = new SchemaTypes(Map.of(), Set.of(), Set.of(), Set.of());

  public SchemaTypes {
    enumLabels = Map.copyOf(enumLabels);
    otherTypes = Set.copyOf(otherTypes);
    composites = Set.copyOf(composites);
    enumsOnPath = Set.copyOf(enumsOnPath);
  }

  /** Every enum on the search path; no composite types. */
  public SchemaTypes(Map<String, List<String>> enumLabels, Set<String> otherTypes) {
    this(enumLabels, otherTypes, Set.of(), enumLabels.keySet());
  }

  /** The labels of the enum of this name, or null if the schema does not list it. */
  List<String> labels(String enumName) {
    return enumLabels.get(enumName);
  }
}
