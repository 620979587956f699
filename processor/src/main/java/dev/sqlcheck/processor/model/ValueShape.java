package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.JavaType;
import java.util.List;
import java.util.Optional;

/**
 * What a method parameter (or one of its properties) holds, as far as binding is concerned: one
 * value, many values, a record or bean whose properties can be bound, or something sqlcheck cannot
 * bind.
 */
public sealed interface ValueShape {
  /** A single supported value such as {@code long} or {@code String}. */
  record Scalar(JavaType type) implements ValueShape {}

  /** A collection, iterable or array of {@code element}. */
  record Multi(ValueShape element, Container container) implements ValueShape {}

  /** A record or bean; {@code properties} sorted by name. */
  record Bean(String display, List<Property> properties) implements ValueShape {
    public Bean {
      properties = List.copyOf(properties);
    }

    public Optional<Property> property(String name) {
      return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }
  }

  /** A type with no binding, named for messages. */
  record Unsupported(String display) implements ValueShape {}

  /** How many values travel, and how generated code walks them. */
  enum Container {
    COLLECTION,
    ITERABLE,
    ARRAY
  }

  /** A readable property: {@code title} read by {@code title()} or {@code getTitle()}. */
  record Property(String name, String accessor, ValueShape shape) {}

  /** The type as written, for messages. */
  default String display() {
    if (this instanceof Scalar s) {
      return s.type().display();
    }
    if (this instanceof Multi m) {
      String element = m.element().display();
      return switch (m.container()) {
        case ARRAY -> element + "[]";
        case ITERABLE -> "Iterable<" + element + ">";
        case COLLECTION -> "Collection<" + element + ">";
      };
    }
    return this instanceof Bean b ? b.display() : ((Unsupported) this).display();
  }
}
