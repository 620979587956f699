package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.TypeRef;

/**
 * The generated implementation's name: {@code com.example.Outer.Inner} → simple {@code
 * Outer_InnerImpl}, qualified {@code com.example.Outer_InnerImpl}.
 */
public record ImplName(String simple, String qualified) {
  public static ImplName of(TypeRef repository) {
    String simple = String.join("_", repository.simpleNames()) + "Impl";
    return new ImplName(
        simple,
        repository.packageName().isEmpty() ? simple : repository.packageName() + "." + simple);
  }
}
