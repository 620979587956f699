package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user's schema adds to the built-in types: each enum with its labels in order, and the
 * names of other types it defines (composite types, extension types). With them, an untyped literal
 * is checked against an enum's labels ({@code invalid input value for enum mood: "x"}) and a call
 * such as {@code mood('happy')} is read as a cast, as PostgreSQL does.
 */
public record SchemaTypes(Map<String, List<String>> enumLabels, Set<String> otherTypes) {
  static final SchemaTypes NONE = new SchemaTypes(Map.of(), Set.of());

  public SchemaTypes {
    enumLabels = Map.copyOf(enumLabels);
    otherTypes = Set.copyOf(otherTypes);
  }

  /** The labels of the enum of this name, or null if the schema does not list it. */
  List<String> labels(String enumName) {
    return enumLabels.get(enumName);
  }
}
