package dev.sqlcheck.processor.codegen.source;

/** A Java type as a generated source file names it. */
public sealed interface TypeName
    permits ClassName,
        ArrayTypeName,
        ParameterizedTypeName,
        WildcardTypeName,
        TypeVariableName,
        TypeName.Primitive {
  TypeName BOOLEAN = new Primitive("boolean");
  TypeName BYTE = new Primitive("byte");
  TypeName SHORT = new Primitive("short");
  TypeName INT = new Primitive("int");
  TypeName LONG = new Primitive("long");
  TypeName CHAR = new Primitive("char");
  TypeName FLOAT = new Primitive("float");
  TypeName DOUBLE = new Primitive("double");
  TypeName VOID = new Primitive("void");

  /** Writes the name, importing or qualifying class names as the file's imports allow. */
  void emit(SourceEmitter out);

  /** A primitive type or {@code void}. */
  record Primitive(String keyword) implements TypeName {
    @Override
    public void emit(SourceEmitter out) {
      out.text(keyword);
    }
  }
}
