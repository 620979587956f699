package dev.sqlcheck.processor.types;

import java.util.EnumSet;
import java.util.Set;

/**
 * A supported Java value type: its kind, whether it is the primitive form ({@code long} rather than
 * {@code Long}), for {@link ScalarKind#ENUM} the enum class, and for a result read from a SQL array
 * column the {@link Container} ({@code List<String>}, {@code String[]}); {@code container} is null
 * for a single value.
 */
public record JavaType(ScalarKind kind, boolean primitive, TypeRef enumType, Container container) {

  /** How the elements of a SQL array are handed over. */
  public enum Container {
    LIST,
    ARRAY
  }

  /** Element kinds a SQL array column can be read into. */
  private static final Set<ScalarKind> ARRAY_ELEMENTS =
      EnumSet.of(
          ScalarKind.STRING,
          ScalarKind.SHORT,
          ScalarKind.INT,
          ScalarKind.LONG,
          ScalarKind.FLOAT,
          ScalarKind.DOUBLE,
          ScalarKind.BIG_DECIMAL,
          ScalarKind.BOOLEAN,
          ScalarKind.UUID,
          ScalarKind.ENUM);

  public JavaType(ScalarKind kind, boolean primitive, TypeRef enumType) {
    this(kind, primitive, enumType, null);
  }

  public static JavaType primitive(ScalarKind kind) {
    return new JavaType(kind, true, null);
  }

  public static JavaType boxed(ScalarKind kind) {
    return new JavaType(kind, false, null);
  }

  public static JavaType enumOf(TypeRef type) {
    return new JavaType(ScalarKind.ENUM, false, type);
  }

  /**
   * {@code List<element>} or {@code element[]} for reading a SQL array, or null when the element is
   * not one of the kinds arrays are read into (or is primitive).
   */
  public static JavaType collectionOf(JavaType element, Container container) {
    if (element.primitive()
        || element.container() != null
        || !ARRAY_ELEMENTS.contains(element.kind())) {
      return null;
    }
    return new JavaType(element.kind(), false, element.enumType(), container);
  }

  /** The element type of a collection; the type itself for a single value. */
  public JavaType element() {
    return container == null ? this : new JavaType(kind, false, enumType, null);
  }

  /** The type as written in source, for messages: {@code long}, {@code Long}, {@code Status}. */
  public String display() {
    if (container != null) {
      String element = element().display();
      return container == Container.LIST ? "List<" + element + ">" : element + "[]";
    }
    if (primitive) {
      return kind.primitive();
    }
    if (kind == ScalarKind.ENUM) {
      return enumType.nestedName();
    }
    String boxed = kind.boxed();
    return boxed.substring(boxed.lastIndexOf('.') + 1);
  }

  // Written out: Java types are map keys on hot paths, and the generated record methods are slow
  // until the JIT has compiled them.
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof JavaType t
            && kind == t.kind
            && primitive == t.primitive
            && container == t.container
            && java.util.Objects.equals(enumType, t.enumType));
  }

  @Override
  public int hashCode() {
    return (kind.ordinal() * 31 + (primitive ? 1 : 0)) * 31 + java.util.Objects.hashCode(enumType);
  }
}
