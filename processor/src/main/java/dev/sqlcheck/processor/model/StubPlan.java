package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;

/**
 * A stand-in implementation for a repository with errors: the interface, the implementation's
 * simple name, and the signature of every abstract method, as seen from the interface (type
 * arguments of generic super-interfaces already substituted), in a stable order.
 */
public record StubPlan(TypeRef repository, String implName, List<MethodSignature> methods) {
  public StubPlan {
    methods = List.copyOf(methods);
  }
}
