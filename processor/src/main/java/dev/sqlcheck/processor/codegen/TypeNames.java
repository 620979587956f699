package dev.sqlcheck.processor.codegen;

import dev.sqlcheck.processor.codegen.source.ArrayTypeName;
import dev.sqlcheck.processor.codegen.source.ClassName;
import dev.sqlcheck.processor.codegen.source.ParameterizedTypeName;
import dev.sqlcheck.processor.codegen.source.TypeName;
import dev.sqlcheck.processor.codegen.source.TypeVariableName;
import dev.sqlcheck.processor.codegen.source.WildcardTypeName;
import dev.sqlcheck.processor.model.JType;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;

/** Converts the model's type values to the type names of generated source. */
final class TypeNames {
  private TypeNames() {}

  static ClassName of(TypeRef ref) {
    List<String> names = ref.simpleNames();
    return ClassName.get(
        ref.packageName(), names.get(0), names.subList(1, names.size()).toArray(new String[0]));
  }

  static TypeName of(JType type) {
    if (type instanceof JType.Primitive p) {
      return primitive(p.keyword());
    }
    if (type instanceof JType.ArrayOf a) {
      return ArrayTypeName.of(of(a.component()));
    }
    if (type instanceof JType.Wildcard w) {
      return WildcardTypeName.subtypeOf(
          w.upperBound() == null ? ClassName.OBJECT : of(w.upperBound()));
    }
    if (type instanceof JType.Variable v) {
      return TypeVariableName.get(v.name());
    }
    JType.Declared d = (JType.Declared) type;
    ClassName raw = of(d.type());
    if (d.arguments().isEmpty()) {
      return raw;
    }
    return ParameterizedTypeName.get(
        raw, d.arguments().stream().map(TypeNames::of).toArray(TypeName[]::new));
  }

  /** The Java type of a value, boxed when {@code boxed} is set (for generic positions). */
  static TypeName of(JavaType type, boolean boxed) {
    if (type.container() == JavaType.Container.LIST) {
      return ParameterizedTypeName.get(ClassName.get(List.class), of(type.element(), true));
    }
    if (type.container() == JavaType.Container.ARRAY) {
      return ArrayTypeName.of(of(type.element(), true));
    }
    if (type.kind() == ScalarKind.ENUM) {
      return of(type.enumType());
    }
    if (type.kind() == ScalarKind.BYTES) {
      return ArrayTypeName.of(TypeName.BYTE);
    }
    if (type.primitive() && !boxed) {
      return primitive(type.kind().primitive());
    }
    return ClassName.bestGuess(type.kind().boxed());
  }

  private static TypeName primitive(String keyword) {
    return switch (keyword) {
      case "boolean" -> TypeName.BOOLEAN;
      case "byte" -> TypeName.BYTE;
      case "short" -> TypeName.SHORT;
      case "int" -> TypeName.INT;
      case "long" -> TypeName.LONG;
      case "char" -> TypeName.CHAR;
      case "float" -> TypeName.FLOAT;
      case "double" -> TypeName.DOUBLE;
      default -> TypeName.VOID;
    };
  }
}
