package dev.sqlcheck.processor.codegen.source;

import java.util.List;

/** A type variable, with the bounds its declaration lists. */
public record TypeVariableName(String name, List<TypeName> bounds) implements TypeName {
  public TypeVariableName {
    bounds = List.copyOf(bounds);
  }

  public static TypeVariableName get(String name, TypeName... bounds) {
    return new TypeVariableName(name, List.of(bounds));
  }

  @Override
  public void emit(SourceEmitter out) {
    out.text(name);
  }
}
