package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;

/**
 * Everything needed to write one implementation: the interface, the implementation's simple name
 * ({@code Outer_InnerImpl} for a nested interface) and its methods in a stable order.
 */
public record RepositoryPlan(TypeRef repository, String implName, List<MethodPlan> methods) {
  public RepositoryPlan {
    methods = List.copyOf(methods);
  }
}
