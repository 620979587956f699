package dev.sqlcheck.processor;

import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code -A} options sqlcheck reads, validated. An invalid value is kept as an error message
 * rather than thrown, so the processor can report it once and carry on.
 */
record ProcessorOptions(List<String> schemaPaths, Dialect dialect, String error) {
  static final String SCHEMA = "sqlcheck.schema";
  static final String DIALECT = "sqlcheck.dialect";

  static ProcessorOptions parse(Map<String, String> options) {
    List<String> paths = new ArrayList<>();
    String schema = options.get(SCHEMA);
    if (schema != null) {
      for (String part : schema.split(",")) {
        if (!part.isBlank()) {
          paths.add(part.trim());
        }
      }
    }
    String dialectName = options.getOrDefault(DIALECT, "postgresql").trim();
    Optional<Dialect> dialect = Dialects.byName(dialectName);
    String error = null;
    if (dialect.isEmpty() && Dialects.isPlanned(dialectName)) {
      error = "-A" + DIALECT + "=mysql is not supported yet; allowed today: " + Dialects.SUPPORTED;
    } else if (dialect.isEmpty()) {
      error =
          "unknown value \""
              + dialectName
              + "\" for -A"
              + DIALECT
              + "; allowed values are "
              + Dialects.SUPPORTED;
    } else if (schema != null && paths.isEmpty()) {
      error = "-A" + SCHEMA + " is empty; give one or more .sql files or folders, comma-separated";
    }
    return new ProcessorOptions(List.copyOf(paths), dialect.orElse(Dialects.postgresql()), error);
  }
}
