package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * Where a conversion happens, which decides the casts it may use ({@code pg_cast.castcontext}):
 * {@code IMPLICIT} in expressions (operator and function arguments, CASE arms), {@code ASSIGNMENT}
 * when storing into a column (INSERT, UPDATE SET), {@code EXPLICIT} in {@code CAST(x AS t)} and
 * {@code x::t}. Each context also allows everything the earlier ones allow.
 */
public enum CoercionContext {
  IMPLICIT,
  ASSIGNMENT,
  EXPLICIT;

  boolean allows(char castContext) {
    return switch (castContext) {
      case 'i' -> true;
      case 'a' -> this != IMPLICIT;
      default -> this == EXPLICIT;
    };
  }
}
