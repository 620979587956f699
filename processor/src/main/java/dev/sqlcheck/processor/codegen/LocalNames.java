package dev.sqlcheck.processor.codegen;

import java.util.Set;

/**
 * Names of the local variables a generated method declares, chosen so they never collide with the
 * method's own parameter names: {@code conn}, or {@code conn_} when a parameter is called {@code
 * conn}.
 */
final class LocalNames {
  private final Set<String> taken;

  LocalNames(Set<String> parameterNames) {
    this.taken = Set.copyOf(parameterNames);
  }

  private String pick(String base) {
    String name = base;
    while (taken.contains(name)) {
      name = name + "_";
    }
    return name;
  }

  String connection() {
    return pick("conn");
  }

  String statement() {
    return pick("ps");
  }

  String resultSet() {
    return pick("rs");
  }

  String counter() {
    return pick("p");
  }

  String sql() {
    return pick("sql");
  }

  String item() {
    return pick("item");
  }

  String exception() {
    return pick("e");
  }
}
