package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;

/** What one result row maps to: a single value, a record or constructor, or nothing usable. */
public sealed interface RowShape {
  /** The only column, read as {@code type}. */
  record ScalarRow(JavaType type) implements RowShape {}

  /**
   * A record's components, or the parameters of a public constructor, in declaration order; each
   * becomes one constructor argument.
   */
  record CompositeRow(TypeRef type, List<Component> components) implements RowShape {
    public CompositeRow {
      components = List.copyOf(components);
    }
  }

  /** A type sqlcheck cannot build rows of; {@code reason} completes the message. */
  record UnsupportedRow(String display, String reason) implements RowShape {}

  /** A component; {@code type} is null when its Java type is not supported ({@code display}). */
  record Component(String name, JavaType type, String display) {}
}
