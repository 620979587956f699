package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;

/**
 * A Java type as written in a method signature, detached from {@code javax.lang.model} so code
 * generation and tests need no compiler: a primitive (or {@code void}), a declared type with its
 * type arguments, an array, or a wildcard.
 */
public sealed interface JType {
  /** {@code long}, {@code boolean}, ... or {@code void}. */
  record Primitive(String keyword) implements JType {}

  /** {@code java.util.List<Book>}. */
  record Declared(TypeRef type, List<JType> arguments) implements JType {
    public Declared {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code long[]}. */
  record ArrayOf(JType component) implements JType {}

  /** {@code ?} or {@code ? extends Book}; {@code upperBound} is null for a plain {@code ?}. */
  record Wildcard(JType upperBound) implements JType {}

  /** A type variable, which sqlcheck does not map: kept for the signature only. */
  record Variable(String name) implements JType {}
}
