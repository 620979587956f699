package dev.sqlcheck.processor.codegen.source;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A method or constructor with its body. */
public final class MethodSpec {
  private final String name;
  private final CodeBlock javadoc;
  private final List<ClassName> annotations;
  private final Set<Modifier> modifiers;
  private final List<TypeVariableName> typeVariables;
  private final TypeName returnType;
  private final List<ParameterSpec> parameters;
  private final boolean varargs;
  private final List<TypeName> exceptions;
  private final CodeBlock code;

  private MethodSpec(Builder b) {
    this.name = b.name;
    this.javadoc = b.javadoc.build();
    this.annotations = List.copyOf(b.annotations);
    this.modifiers = Set.copyOf(b.modifiers);
    this.typeVariables = List.copyOf(b.typeVariables);
    this.returnType = b.returnType;
    this.parameters = List.copyOf(b.parameters);
    this.varargs = b.varargs;
    this.exceptions = List.copyOf(b.exceptions);
    this.code = b.code.build();
  }

  public static Builder methodBuilder(String name) {
    return new Builder(name);
  }

  public static Builder constructorBuilder() {
    return new Builder(null);
  }

  boolean isConstructor() {
    return name == null;
  }

  void emit(SourceEmitter out, String typeName) {
    out.javadoc(javadoc);
    for (ClassName annotation : annotations) {
      out.text("@");
      annotation.emit(out);
      out.text("\n");
    }
    out.modifiers(modifiers);
    if (!typeVariables.isEmpty()) {
      out.typeVariables(typeVariables);
      out.text(" ");
    }
    if (isConstructor()) {
      out.text(typeName);
    } else {
      returnType.emit(out);
      out.text(" ");
      out.text(name);
    }
    out.text("(");
    out.zeroWidthSpace();
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        out.text(",");
        out.wrappingSpace();
      }
      parameters.get(i).emit(out, varargs && i == parameters.size() - 1);
    }
    out.text(")");
    if (!exceptions.isEmpty()) {
      out.wrappingSpace();
      out.text("throws");
      for (int i = 0; i < exceptions.size(); i++) {
        if (i > 0) {
          out.text(",");
        }
        out.wrappingSpace();
        exceptions.get(i).emit(out);
      }
    }
    out.text(" {\n");
    out.indent(1);
    out.emit(code);
    out.endLine();
    out.indent(-1);
    out.text("}\n");
    out.popTypeVariables(typeVariables);
  }

  /** Collects the parts of a method. */
  public static final class Builder {
    private final String name;
    private final CodeBlock.Builder javadoc = CodeBlock.builder();
    private final List<ClassName> annotations = new ArrayList<>();
    private final Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
    private final List<TypeVariableName> typeVariables = new ArrayList<>();
    private TypeName returnType = TypeName.VOID;
    private final List<ParameterSpec> parameters = new ArrayList<>();
    private boolean varargs;
    private final List<TypeName> exceptions = new ArrayList<>();
    private final CodeBlock.Builder code = CodeBlock.builder();

    private Builder(String name) {
      this.name = name;
    }

    public Builder addJavadoc(String format, Object... args) {
      javadoc.add(format, args);
      return this;
    }

    public Builder addJavadoc(CodeBlock block) {
      javadoc.add(block);
      return this;
    }

    public Builder addAnnotation(Class<?> type) {
      annotations.add(ClassName.get(type));
      return this;
    }

    public Builder addModifiers(Modifier... added) {
      modifiers.addAll(List.of(added));
      return this;
    }

    public Builder addTypeVariable(TypeVariableName variable) {
      typeVariables.add(variable);
      return this;
    }

    public Builder returns(TypeName type) {
      this.returnType = type;
      return this;
    }

    public Builder returns(Class<?> type) {
      return returns(ClassName.get(type));
    }

    public Builder addParameter(ParameterSpec parameter) {
      parameters.add(parameter);
      return this;
    }

    public Builder addParameter(TypeName type, String parameterName) {
      return addParameter(ParameterSpec.of(type, parameterName));
    }

    public Builder addParameter(Class<?> type, String parameterName) {
      return addParameter(ClassName.get(type), parameterName);
    }

    public Builder varargs(boolean varargs) {
      this.varargs = varargs;
      return this;
    }

    public Builder addException(TypeName type) {
      exceptions.add(type);
      return this;
    }

    public Builder addException(Class<?> type) {
      return addException(ClassName.get(type));
    }

    public Builder addCode(CodeBlock block) {
      code.add(block);
      return this;
    }

    public Builder addCode(String format, Object... args) {
      code.add(format, args);
      return this;
    }

    public Builder addStatement(String format, Object... args) {
      code.addStatement(format, args);
      return this;
    }

    public MethodSpec build() {
      return new MethodSpec(this);
    }
  }
}
