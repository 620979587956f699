package dev.sqlcheck.processor.codegen.source;

/** A method parameter, {@code final} or not. */
public record ParameterSpec(TypeName type, String name, boolean isFinal) {
  public static ParameterSpec of(TypeName type, String name) {
    return new ParameterSpec(type, name, false);
  }

  void emit(SourceEmitter out, boolean varargs) {
    if (isFinal) {
      out.text("final ");
    }
    if (varargs && type instanceof ArrayTypeName array) {
      array.emit(out, true);
    } else {
      type.emit(out);
    }
    out.text(" ");
    out.text(name);
  }
}
