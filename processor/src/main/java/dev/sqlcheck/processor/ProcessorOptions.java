package dev.sqlcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code -A} options sqlcheck reads, validated. An invalid value is kept as an error message
 * rather than thrown, so the processor can report it once and carry on.
 */
record ProcessorOptions(List<String> schemaPaths, Dialect dialect, String error) {
  static final String SCHEMA = "sqlcheck.schema";
  static final String DIALECT = "sqlcheck.dialect";

  /** The SQL dialects sqlcheck understands. */
  enum Dialect {
    POSTGRESQL,
    MYSQL
  }

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
    Dialect dialect;
    String error = null;
    switch (dialectName.toLowerCase(Locale.ROOT)) {
      case "postgresql", "postgres" -> dialect = Dialect.POSTGRESQL;
      case "mysql", "mariadb" -> dialect = Dialect.MYSQL;
      default -> {
        dialect = Dialect.POSTGRESQL;
        error =
            "unknown value \"" + dialectName + "\" for -A" + DIALECT
                + "; allowed values are postgresql and mysql";
      }
    }
    if (error == null && dialect == Dialect.MYSQL) {
      error =
          "-A" + DIALECT + "=mysql is not supported yet; allowed today: postgresql";
    }
    if (error == null && schema != null && paths.isEmpty()) {
      error = "-A" + SCHEMA + " is empty; give one or more .sql files or folders, comma-separated";
    }
    return new ProcessorOptions(List.copyOf(paths), dialect, error);
  }
}
