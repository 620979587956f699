package dev.sqlcheck.processor.codegen.source;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A top-level class: Javadoc, annotations, modifiers, interfaces, then its static fields, other
 * fields, constructors and methods in that order, one blank line between members.
 */
public final class TypeSpec {
  private final String name;
  private final CodeBlock javadoc;
  private final List<AnnotationSpec> annotations;
  private final Set<Modifier> modifiers;
  private final List<TypeName> superinterfaces;
  private final List<FieldSpec> fields;
  private final List<MethodSpec> methods;

  private TypeSpec(Builder b) {
    this.name = b.name;
    this.javadoc = b.javadoc.build();
    this.annotations = List.copyOf(b.annotations);
    this.modifiers = Set.copyOf(b.modifiers);
    this.superinterfaces = List.copyOf(b.superinterfaces);
    this.fields = List.copyOf(b.fields);
    this.methods = List.copyOf(b.methods);
  }

  public static Builder classBuilder(ClassName name) {
    return new Builder(name.simpleName());
  }

  String name() {
    return name;
  }

  void emit(SourceEmitter out) {
    out.pushType(name);
    out.javadoc(javadoc);
    for (AnnotationSpec annotation : annotations) {
      annotation.emit(out);
      out.text("\n");
    }
    out.modifiers(modifiers);
    out.text("class ");
    out.text(name);
    for (int i = 0; i < superinterfaces.size(); i++) {
      out.text(i == 0 ? " implements " : ", ");
      superinterfaces.get(i).emit(out);
    }
    out.text(" {\n");
    out.indent(1);
    boolean first = true;
    for (boolean statics : new boolean[] {true, false}) {
      for (FieldSpec field : fields) {
        if (field.isStatic() == statics) {
          first = separate(out, first);
          field.emit(out);
        }
      }
    }
    for (boolean constructors : new boolean[] {true, false}) {
      for (MethodSpec method : methods) {
        if (method.isConstructor() == constructors) {
          first = separate(out, first);
          method.emit(out, name);
        }
      }
    }
    out.indent(-1);
    out.popType();
    out.text("}\n");
  }

  private static boolean separate(SourceEmitter out, boolean first) {
    if (!first) {
      out.text("\n");
    }
    return false;
  }

  /** Collects the parts of a class. */
  public static final class Builder {
    private final String name;
    private final CodeBlock.Builder javadoc = CodeBlock.builder();
    private final List<AnnotationSpec> annotations = new ArrayList<>();
    private final Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
    private final List<TypeName> superinterfaces = new ArrayList<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    private final List<MethodSpec> methods = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder addAnnotation(AnnotationSpec annotation) {
      annotations.add(annotation);
      return this;
    }

    public Builder addModifiers(Modifier... added) {
      modifiers.addAll(List.of(added));
      return this;
    }

    public Builder addSuperinterface(TypeName type) {
      superinterfaces.add(type);
      return this;
    }

    public Builder addJavadoc(String format, Object... args) {
      javadoc.add(format, args);
      return this;
    }

    public Builder addField(FieldSpec field) {
      fields.add(field);
      return this;
    }

    public Builder addField(Class<?> type, String fieldName, Modifier... fieldModifiers) {
      return addField(FieldSpec.builder(type, fieldName, fieldModifiers).build());
    }

    public Builder addMethod(MethodSpec method) {
      methods.add(method);
      return this;
    }

    public Builder addMethods(Iterable<MethodSpec> added) {
      added.forEach(methods::add);
      return this;
    }

    public TypeSpec build() {
      return new TypeSpec(this);
    }
  }
}
