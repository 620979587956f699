package dev.sqlcheck.processor.collect;

import dev.sqlcheck.processor.model.EnumModel;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodModel.ParamModel;
import dev.sqlcheck.processor.model.MethodModel.ReturnKind;
import dev.sqlcheck.processor.model.MethodModel.ReturnModel;
import dev.sqlcheck.processor.model.RowShape;
import dev.sqlcheck.processor.model.Suppressions;
import dev.sqlcheck.processor.model.ValueShape;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Query} method's signature into a {@link MethodModel}: parameter names (after
 * {@code @Param}), what each parameter binds, the return shape, {@code throws SQLException} and
 * {@code @SuppressWarnings("sqlcheck:unused-column")} on the method or its interface.
 */
final class MethodCollector {
  private final Elements elements;
  private final Types types;
  private final TypeInspector inspector;

  MethodCollector(Elements elements, Types types, DeclarationOrder order) {
    this.elements = elements;
    this.types = types;
    this.inspector = new TypeInspector(elements, types, order);
  }

  TypeInspector inspector() {
    return inspector;
  }

  MethodModel collect(ExecutableElement method, String sql) {
    List<ParamModel> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      String javaName = p.getSimpleName().toString();
      String sqlName = paramName(p).orElse(javaName);
      params.add(
          new ParamModel(
              sqlName, javaName, inspector.signature(p.asType()), inspector.shape(p.asType(), 0)));
    }
    TypeMirror ret = method.getReturnType();
    ReturnModel returns = returns(ret);
    return new MethodModel(
        method.getSimpleName().toString(),
        sql,
        params,
        inspector.signature(ret),
        returns,
        throwsSqlException(method),
        suppressed(method) || suppressed(method.getEnclosingElement()),
        method.isVarArgs(),
        enums(params, returns.row()));
  }

  /** The Java enums the parameters and the row type mention, in the order they appear. */
  private List<EnumModel> enums(List<ParamModel> params, RowShape row) {
    Set<TypeRef> refs = new LinkedHashSet<>();
    for (ParamModel p : params) {
      enumsIn(p.shape(), refs);
    }
    if (row instanceof RowShape.ScalarRow s) {
      addEnum(s.type(), refs);
    } else if (row instanceof RowShape.CompositeRow c) {
      c.components().forEach(component -> addEnum(component.type(), refs));
    }
    List<EnumModel> out = new ArrayList<>();
    for (TypeRef ref : refs) {
      EnumModel model = inspector.enumModel(ref);
      if (model != null) {
        out.add(model);
      }
    }
    return out;
  }

  private static void enumsIn(ValueShape shape, Set<TypeRef> refs) {
    if (shape instanceof ValueShape.Scalar s) {
      addEnum(s.type(), refs);
    } else if (shape instanceof ValueShape.Multi m) {
      enumsIn(m.element(), refs);
    } else if (shape instanceof ValueShape.Bean b) {
      b.properties().forEach(p -> enumsIn(p.shape(), refs));
    }
  }

  private static void addEnum(JavaType type, Set<TypeRef> refs) {
    if (type != null && type.enumType() != null) {
      refs.add(type.enumType());
    }
  }

  private ReturnModel returns(TypeMirror type) {
    String display = TypeInspector.simple(type);
    if (type.getKind() == TypeKind.VOID) {
      return new ReturnModel(ReturnKind.VOID, null, display);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeKind component = ((ArrayType) type).getComponentType().getKind();
      if (component == TypeKind.INT) {
        return new ReturnModel(ReturnKind.INT_ARRAY, null, display);
      }
      if (component == TypeKind.LONG) {
        return new ReturnModel(ReturnKind.LONG_ARRAY, null, display);
      }
    }
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      ReturnKind wrapper =
          switch (name) {
            case "java.util.Optional" -> ReturnKind.OPTIONAL;
            case "java.util.List" -> ReturnKind.LIST;
            case "java.util.stream.Stream" -> ReturnKind.STREAM;
            default -> null;
          };
      if (wrapper != null) {
        if (declared.getTypeArguments().size() != 1) {
          return new ReturnModel(ReturnKind.UNSUPPORTED, null, display);
        }
        TypeMirror row = declared.getTypeArguments().get(0);
        return new ReturnModel(wrapper, inspector.row(row), display);
      }
    }
    RowShape row = inspector.row(type);
    return new ReturnModel(ReturnKind.SINGLE, row, display);
  }

  private Optional<String> paramName(VariableElement p) {
    return Annotations.find(p, Annotations.PARAM).map(Annotations::stringValue);
  }

  private boolean throwsSqlException(ExecutableElement method) {
    if (method.getThrownTypes().isEmpty()) {
      return false;
    }
    TypeElement sqlException = elements.getTypeElement("java.sql.SQLException");
    if (sqlException == null) {
      return false;
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (types.isAssignable(sqlException.asType(), thrown)) {
        return true;
      }
    }
    return false;
  }

  private static boolean suppressed(Element element) {
    return Annotations.suppresses(element, Suppressions.UNUSED_COLUMN);
  }
}
