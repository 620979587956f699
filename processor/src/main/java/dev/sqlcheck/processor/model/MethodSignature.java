package dev.sqlcheck.processor.model;

import java.util.List;

/**
 * A method's signature as an override must repeat it: {@code <T extends Book> List<T> find(final
 * String title, long... ids) throws SQLException}. Detached from {@code javax.lang.model} so that
 * code generation needs no compiler.
 */
public record MethodSignature(
    String name,
    List<TypeParameter> typeParameters,
    JType returnType,
    List<Parameter> parameters,
    boolean varargs,
    List<JType> thrown) {

  public MethodSignature {
    typeParameters = List.copyOf(typeParameters);
    parameters = List.copyOf(parameters);
    thrown = List.copyOf(thrown);
  }

  /** A type parameter and its bounds ({@code T extends Number & Comparable<T>}). */
  public record TypeParameter(String name, List<JType> bounds) {
    public TypeParameter {
      bounds = List.copyOf(bounds);
    }
  }

  /** One parameter; {@code isFinal} when the source declares it {@code final}. */
  public record Parameter(String name, JType type, boolean isFinal) {}
}
