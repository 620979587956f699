package dev.sqlcheck.processor.codegen.source;

/** An array type: {@code long[]}, {@code String[][]}. */
public record ArrayTypeName(TypeName component) implements TypeName {
  public static ArrayTypeName of(TypeName component) {
    return new ArrayTypeName(component);
  }

  @Override
  public void emit(SourceEmitter out) {
    emit(out, false);
  }

  /** Writes the type, its last brackets as {@code ...} for a variable-arity parameter. */
  void emit(SourceEmitter out, boolean varargs) {
    TypeName leaf = component;
    while (leaf instanceof ArrayTypeName a) {
      leaf = a.component;
    }
    leaf.emit(out);
    for (TypeName t = component; t instanceof ArrayTypeName a; t = a.component) {
      out.text("[]");
    }
    out.text(varargs ? "..." : "[]");
  }
}
