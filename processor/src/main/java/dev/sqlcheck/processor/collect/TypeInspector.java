package dev.sqlcheck.processor.collect;

import dev.sqlcheck.processor.model.EnumModel;
import dev.sqlcheck.processor.model.JType;
import dev.sqlcheck.processor.model.RowShape;
import dev.sqlcheck.processor.model.ValueShape;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns {@code javax.lang.model} types into the plain values of the {@code model} package: the
 * signature spelling ({@link JType}), what a parameter binds ({@link ValueShape}) and what a row
 * maps to ({@link RowShape}). Only reads public API, so it behaves the same under javac and ecj.
 */
final class TypeInspector {
  private final Elements elements;
  private final Types types;
  private final DeclarationOrder order;

  /** The Java enums met so far, with their constants. */
  private final Map<TypeRef, EnumModel> enums = new HashMap<>();

  TypeInspector(Elements elements, Types types, DeclarationOrder order) {
    this.elements = elements;
    this.types = types;
    this.order = order;
  }

  JType signature(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY:
        return new JType.ArrayOf(signature(((ArrayType) type).getComponentType()));
      case DECLARED:
        DeclaredType d = (DeclaredType) type;
        List<JType> args = new ArrayList<>();
        for (TypeMirror a : d.getTypeArguments()) {
          args.add(signature(a));
        }
        return new JType.Declared(ref((TypeElement) d.asElement()), args);
      case WILDCARD:
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return new JType.Wildcard(bound == null ? null : signature(bound));
      case TYPEVAR:
        return new JType.Variable(type.toString());
      default:
        return new JType.Primitive(type.getKind().toString().toLowerCase(Locale.ROOT));
    }
  }

  TypeRef ref(TypeElement type) {
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    List<String> names = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      names.add(0, t.getSimpleName().toString());
    }
    return new TypeRef(pkg, names);
  }

  /** A supported single value, or empty. */
  Optional<JavaType> scalar(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return ScalarKind.ofPrimitive(type.getKind().toString().toLowerCase(Locale.ROOT))
          .map(JavaType::primitive);
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return Optional.of(JavaType.boxed(ScalarKind.BYTES));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) types.asElement(type);
    if (element.getKind() == ElementKind.ENUM) {
      TypeRef ref = ref(element);
      enums.computeIfAbsent(ref, r -> enumModel(r, element));
      return Optional.of(JavaType.enumOf(ref));
    }
    return ScalarKind.ofClass(element.getQualifiedName().toString()).map(JavaType::boxed);
  }

  /** The constants of a Java enum that {@link #scalar} has met, or null. */
  EnumModel enumModel(TypeRef type) {
    return enums.get(type);
  }

  private EnumModel enumModel(TypeRef ref, TypeElement element) {
    List<EnumModel.Constant> constants = new ArrayList<>();
    List<VariableElement> fields = ElementFilter.fieldsIn(element.getEnclosedElements());
    for (VariableElement f : order.of(element, fields)) {
      if (f.getKind() == ElementKind.ENUM_CONSTANT) {
        String label =
            Annotations.find(f, Annotations.ENUM_LABEL).map(Annotations::stringValue).orElse(null);
        constants.add(new EnumModel.Constant(f.getSimpleName().toString(), label));
      }
    }
    return new EnumModel(ref, constants);
  }

  /** What a parameter (depth 0) or a property (depth 1) binds. */
  ValueShape shape(TypeMirror type, int depth) {
    Optional<JavaType> scalar = scalar(type);
    if (scalar.isPresent()) {
      return new ValueShape.Scalar(scalar.get());
    }
    if (type.getKind() == TypeKind.ARRAY) {
      ValueShape element = shape(((ArrayType) type).getComponentType(), depth + 1);
      return new ValueShape.Multi(element, ValueShape.Container.ARRAY);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return new ValueShape.Unsupported(type.toString());
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    Optional<ValueShape.Container> container = container(declared);
    if (container.isPresent()) {
      if (declared.getTypeArguments().size() != 1) {
        return new ValueShape.Unsupported(simple(type));
      }
      TypeMirror arg = declared.getTypeArguments().get(0);
      if (arg instanceof WildcardType w && w.getExtendsBound() != null) {
        arg = w.getExtendsBound();
      }
      return new ValueShape.Multi(shape(arg, depth + 1), container.get());
    }
    if (depth == 0 || depth == 1 && isUserType(element)) {
      List<ValueShape.Property> properties = properties(element, depth);
      if (!properties.isEmpty() && isUserType(element)) {
        return new ValueShape.Bean(element.getSimpleName().toString(), properties);
      }
    }
    return new ValueShape.Unsupported(simple(type));
  }

  private Optional<ValueShape.Container> container(DeclaredType type) {
    TypeElement collection = elements.getTypeElement("java.util.Collection");
    TypeElement iterable = elements.getTypeElement("java.lang.Iterable");
    TypeMirror erased = types.erasure(type);
    if (types.isAssignable(erased, types.erasure(collection.asType()))) {
      return Optional.of(ValueShape.Container.COLLECTION);
    }
    if (types.isSameType(erased, types.erasure(iterable.asType()))) {
      return Optional.of(ValueShape.Container.ITERABLE);
    }
    return Optional.empty();
  }

  /** Record components, or public getters {@code getX()}/{@code isX()}, sorted by name. */
  private List<ValueShape.Property> properties(TypeElement type, int depth) {
    List<ValueShape.Property> out = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement c : recordComponents(type)) {
        String name = c.getSimpleName().toString();
        out.add(new ValueShape.Property(name, name, shape(c.asType(), depth + 1)));
      }
    } else {
      for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
        String property = getterProperty(m);
        if (property != null) {
          out.add(
              new ValueShape.Property(
                  property, m.getSimpleName().toString(), shape(m.getReturnType(), depth + 1)));
        }
      }
    }
    out.sort(Comparator.comparing(ValueShape.Property::name));
    return out;
  }

  private static String getterProperty(ExecutableElement m) {
    if (!m.getModifiers().contains(Modifier.PUBLIC)
        || m.getModifiers().contains(Modifier.STATIC)
        || !m.getParameters().isEmpty()
        || m.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String name = m.getSimpleName().toString();
    String rest;
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      rest = name.substring(3);
    } else if (name.startsWith("is")
        && name.length() > 2
        && m.getReturnType().getKind() == TypeKind.BOOLEAN) {
      rest = name.substring(2);
    } else {
      return null;
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /** What rows of {@code type} are built from. */
  RowShape row(TypeMirror type) {
    Optional<JavaType> scalar = value(type);
    if (scalar.isPresent()) {
      return new RowShape.ScalarRow(scalar.get());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return new RowShape.UnsupportedRow(type.toString(), "it is neither a value nor a class");
    }
    TypeElement element = (TypeElement) types.asElement(type);
    if (!isUserType(element) || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new RowShape.UnsupportedRow(
          simple(type), "it is not a supported value type, a record or a concrete class");
    }
    if (element.getKind() == ElementKind.RECORD) {
      List<RowShape.Component> components = new ArrayList<>();
      for (RecordComponentElement c : recordComponents(element)) {
        components.add(component(c.getSimpleName().toString(), c.asType()));
      }
      return new RowShape.CompositeRow(ref(element), components);
    }
    return constructorRow(element, type);
  }

  private RowShape constructorRow(TypeElement element, TypeMirror type) {
    ExecutableElement best = null;
    for (ExecutableElement c : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (c.getModifiers().contains(Modifier.PUBLIC)
          && !c.getParameters().isEmpty()
          && (best == null || c.getParameters().size() > best.getParameters().size())) {
        best = c;
      }
    }
    if (best == null
        || element.getNestingKind().isNested()
            && !element.getModifiers().contains(Modifier.STATIC)
            && element.getEnclosingElement().getKind() == ElementKind.CLASS) {
      return new RowShape.UnsupportedRow(
          simple(type), "it has no public constructor with parameters to pass the columns to");
    }
    List<RowShape.Component> components = new ArrayList<>();
    for (VariableElement p : best.getParameters()) {
      components.add(component(p.getSimpleName().toString(), p.asType()));
    }
    return new RowShape.CompositeRow(ref(element), components);
  }

  private RowShape.Component component(String name, TypeMirror type) {
    return new RowShape.Component(name, value(type).orElse(null), simple(type));
  }

  /** A single value, or a {@code List<T>} / {@code T[]} to read a SQL array column into. */
  Optional<JavaType> value(TypeMirror type) {
    Optional<JavaType> scalar = scalar(type);
    if (scalar.isPresent()) {
      return scalar;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return scalar(((ArrayType) type).getComponentType())
          .map(e -> JavaType.collectionOf(e, JavaType.Container.ARRAY));
    }
    if (type.getKind() == TypeKind.DECLARED
        && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals("java.util.List")
        && ((DeclaredType) type).getTypeArguments().size() == 1) {
      return scalar(((DeclaredType) type).getTypeArguments().get(0))
          .map(e -> JavaType.collectionOf(e, JavaType.Container.LIST));
    }
    return Optional.empty();
  }

  private static List<RecordComponentElement> recordComponents(TypeElement type) {
    return ElementFilter.recordComponentsIn(type.getEnclosedElements());
  }

  private boolean isUserType(TypeElement element) {
    String pkg = elements.getPackageOf(element).getQualifiedName().toString();
    return !(pkg.startsWith("java.") || pkg.startsWith("javax.") || pkg.equals("java"));
  }

  /** The type without package names, for messages: {@code List<Book>}. */
  static String simple(TypeMirror type) {
    // Drops each package segment: a lower-case word that starts a name and ends in a dot.
    String s = type.toString();
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean startsWord = i == 0 || !isWordChar(s.charAt(i - 1));
      if (startsWord && c >= 'a' && c <= 'z') {
        int j = i + 1;
        while (j < s.length() && isSegmentChar(s.charAt(j))) {
          j++;
        }
        if (j < s.length() && s.charAt(j) == '.') {
          i = j + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean isSegmentChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }
}
