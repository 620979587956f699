package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Raw resource lines for tests that enumerate the catalog (all operators, all functions). */
final class PgCatalogResourceTestAccess {
  private static final CatalogResource RESOURCE = CatalogResource.load();

  private PgCatalogResourceTestAccess() {}

  static List<String> operatorLines() {
    return flatten(RESOURCE.operatorLines);
  }

  static List<String> functionLines() {
    return flatten(RESOURCE.functionLines);
  }

  private static List<String> flatten(Map<String, List<String>> byName) {
    List<String> out = new ArrayList<>();
    byName.keySet().stream().sorted().forEach(k -> out.addAll(byName.get(k)));
    return out;
  }
}
