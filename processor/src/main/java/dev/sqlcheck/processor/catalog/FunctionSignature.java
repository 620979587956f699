package dev.sqlcheck.processor.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The input parameters of one overload of a function the schema defines, as PostgreSQL matches a
 * call against them: their types in order ({@code null} for a type the schema model does not know),
 * their names ({@code null} where unnamed), how many trailing ones have a default, and whether the
 * last is {@code VARIADIC} (its type is then the array type).
 */
public record FunctionSignature(
    List<SqlType> types, List<String> names, int defaults, boolean variadic) {
  public FunctionSignature {
    types = Collections.unmodifiableList(new ArrayList<>(types));
    names = Collections.unmodifiableList(new ArrayList<>(names));
  }

  /** Whether every parameter type is known to the schema model. */
  public boolean typesKnown() {
    return types.stream().allMatch(t -> t != null && !t.isUnknown());
  }
}
