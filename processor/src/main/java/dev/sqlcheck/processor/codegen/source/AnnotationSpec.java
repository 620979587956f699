package dev.sqlcheck.processor.codegen.source;

/** An annotation with no members or with only {@code value}: {@code @Generated("…")}. */
public record AnnotationSpec(ClassName type, CodeBlock value) {
  public static Builder builder(ClassName type) {
    return new Builder(type);
  }

  void emit(SourceEmitter out) {
    out.text("@");
    type.emit(out);
    if (value != null) {
      out.text("(");
      out.indent(2);
      out.emit(value);
      out.indent(-2);
      out.text(")");
    }
  }

  /** Sets the {@code value} member. */
  public static final class Builder {
    private final ClassName type;
    private CodeBlock value;

    private Builder(ClassName type) {
      this.type = type;
    }

    public Builder addMember(String name, String format, Object... args) {
      if (!name.equals("value") || value != null) {
        throw new IllegalArgumentException("only one member, value, is supported: " + name);
      }
      value = CodeBlock.of(format, args);
      return this;
    }

    public AnnotationSpec build() {
      return new AnnotationSpec(type, value);
    }
  }
}
