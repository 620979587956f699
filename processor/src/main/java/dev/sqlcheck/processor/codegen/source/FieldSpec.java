package dev.sqlcheck.processor.codegen.source;

import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A field, with its modifiers and initializer. */
public record FieldSpec(
    TypeName type, String name, Set<Modifier> modifiers, CodeBlock initializer) {
  public static Builder builder(Class<?> type, String name, Modifier... modifiers) {
    return new Builder(ClassName.get(type), name, modifiers);
  }

  boolean isStatic() {
    return modifiers.contains(Modifier.STATIC);
  }

  void emit(SourceEmitter out) {
    out.modifiers(modifiers);
    type.emit(out);
    out.text(" ");
    out.text(name);
    if (initializer != null) {
      out.text(" = ");
      out.emit(initializer);
    }
    out.text(";\n");
  }

  /** Sets the initializer. */
  public static final class Builder {
    private final TypeName type;
    private final String name;
    private final Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
    private CodeBlock initializer;

    private Builder(TypeName type, String name, Modifier... modifiers) {
      this.type = type;
      this.name = name;
      this.modifiers.addAll(Set.of(modifiers));
    }

    public Builder initializer(CodeBlock code) {
      this.initializer = code;
      return this;
    }

    public FieldSpec build() {
      return new FieldSpec(type, name, Set.copyOf(modifiers), initializer);
    }
  }
}
