package dev.sqlcheck.processor.codegen.source;

/** {@code ?} or {@code ? extends T}. */
public record WildcardTypeName(TypeName upperBound) implements TypeName {
  public static WildcardTypeName subtypeOf(TypeName upperBound) {
    return new WildcardTypeName(upperBound);
  }

  @Override
  public void emit(SourceEmitter out) {
    if (upperBound.equals(ClassName.OBJECT)) {
      out.text("?");
    } else {
      out.text("? extends ");
      upperBound.emit(out);
    }
  }
}
