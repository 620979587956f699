package dev.sqlcheck.processor.dialect.postgres.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operators PostgreSQL's contrib extensions define on built-in types ({@code
 * extension-operators.txt}, read from PostgreSQL 15), so that an operator the built-in catalog
 * lacks for built-in operands is called an error only when no extension of the schema could define
 * it. An extension not in the list (PostGIS, pgvector, …) may define any operator.
 */
public final class ExtensionOperators {
  private static final Map<String, Set<String>> OPERATORS = read();

  private ExtensionOperators() {}

  /** The extensions among {@code extensions} that define, or may define, operator {@code op}. */
  public static List<String> mayDefine(Collection<String> extensions, String op) {
    List<String> out = new ArrayList<>();
    for (String e : extensions) {
      Set<String> ops = OPERATORS.get(e);
      if (ops == null || ops.contains(op)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Map<String, Set<String>> read() {
    Map<String, Set<String>> out = new HashMap<>();
    try (BufferedReader r = CatalogResource.open("extension-operators.txt")) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int colon = line.indexOf(':');
        if (line.startsWith("#") || colon < 0) {
          continue;
        }
        String ops = line.substring(colon + 1).strip();
        out.put(line.substring(0, colon), ops.isEmpty() ? Set.of() : Set.of(ops.split(" ")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
