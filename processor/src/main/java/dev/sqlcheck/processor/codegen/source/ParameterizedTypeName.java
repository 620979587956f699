package dev.sqlcheck.processor.codegen.source;

import java.util.List;

/** A generic type with its arguments: {@code List<String>}. */
public record ParameterizedTypeName(ClassName raw, List<TypeName> arguments) implements TypeName {
  public ParameterizedTypeName {
    arguments = List.copyOf(arguments);
  }

  public static ParameterizedTypeName get(ClassName raw, TypeName... arguments) {
    return new ParameterizedTypeName(raw, List.of(arguments));
  }

  @Override
  public void emit(SourceEmitter out) {
    raw.emit(out);
    out.text("<");
    for (int i = 0; i < arguments.size(); i++) {
      if (i > 0) {
        out.text(", ");
      }
      arguments.get(i).emit(out);
    }
    out.text(">");
  }
}
