package dev.sqlcheck.processor;

import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Suggestions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code -A} options sqlcheck reads, validated. An invalid value is kept as an error message
 * rather than thrown, so the processor can report it once and carry on.
 */
record ProcessorOptions(
    List<String> schemaPaths,
    Dialect dialect,
    Set<ProblemCode> disabled,
    Map<String, String> placeholders,
    String error) {
  static final String SCHEMA = "sqlcheck.schema";
  static final String DIALECT = "sqlcheck.dialect";
  static final String DISABLE = "sqlcheck.disable";
  static final String PLACEHOLDERS = "sqlcheck.placeholders";

  /** Every option sqlcheck reads; any other {@code sqlcheck.*} option is an error. */
  static final Set<String> KNOWN =
      java.util.Collections.unmodifiableSet(
          new TreeSet<>(List.of(SCHEMA, DIALECT, DISABLE, PLACEHOLDERS)));

  /** The lints {@code -Asqlcheck.disable} can switch off. */
  static final List<ProblemCode> LINTS =
      List.of(
          ProblemCode.TABLE_EXISTS_SKIPPED,
          ProblemCode.FOREIGN_KEY_TARGET_MISSING,
          ProblemCode.DUPLICATE_OBJECT_NAME,
          ProblemCode.MIGRATION_BREAKS_RUNNING_CODE,
          ProblemCode.TRUNCATE_REFERENCED);

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
      error =
          "-A"
              + SCHEMA
              + " is empty; give one or more .sql files, migration folders or changelogs,"
              + " comma-separated";
    }
    Set<ProblemCode> disabled = EnumSet.noneOf(ProblemCode.class);
    String disableError = disabled(options.get(DISABLE), disabled);
    if (error == null) {
      error = disableError;
    }
    Map<String, String> placeholders = new LinkedHashMap<>();
    String placeholderError = placeholders(options.get(PLACEHOLDERS), placeholders);
    if (error == null) {
      error = placeholderError;
    }
    String unknown = unknownOption(options.keySet());
    if (unknown != null) {
      error = unknown;
    }
    return new ProcessorOptions(
        List.copyOf(paths),
        dialect.orElse(Dialects.postgresql()),
        disabled,
        Map.copyOf(placeholders),
        error);
  }

  /**
   * Reads {@code -Asqlcheck.placeholders=schema=app,flyway:defaultSchema=app}, the values Flyway is
   * given for the {@code ${…}} placeholders of its migrations, into {@code into}; the error for an
   * entry without {@code =}, or null.
   */
  private static String placeholders(String value, Map<String, String> into) {
    if (value == null) {
      return null;
    }
    for (String part : value.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        return "-A"
            + PLACEHOLDERS
            + " has \""
            + part.trim()
            + "\", which is not name=value; give the placeholders as Flyway is given them,"
            + " comma-separated: -A"
            + PLACEHOLDERS
            + "=schema=app,owner=app_user";
      }
      into.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
    }
    return null;
  }

  /**
   * Reads {@code -Asqlcheck.disable=SQLCHECK-008,208} into {@code into}; the error for a code that
   * is not a lint, or null.
   */
  private static String disabled(String value, Set<ProblemCode> into) {
    if (value == null) {
      return null;
    }
    for (String part : value.split(",")) {
      String code = part.trim().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      String full = code.startsWith("SQLCHECK-") ? code : "SQLCHECK-" + code;
      Optional<ProblemCode> lint = LINTS.stream().filter(c -> c.code().equals(full)).findFirst();
      if (lint.isEmpty()) {
        return "-A"
            + DISABLE
            + " names \""
            + part.trim()
            + "\", which is not a lint sqlcheck can switch off; allowed: "
            + String.join(", ", LINTS.stream().map(ProblemCode::code).toList());
      }
      into.add(lint.get());
    }
    return null;
  }

  /** The message for the first unknown {@code sqlcheck.*} option (in name order), or null. */
  private static String unknownOption(Set<String> given) {
    for (String name : new TreeSet<>(given)) {
      if (name.startsWith("sqlcheck.") && !KNOWN.contains(name)) {
        String hint =
            Suggestions.closest(name, KNOWN).map(k -> " (did you mean -A" + k + "?)").orElse("");
        String known = String.join(" and ", KNOWN.stream().map(k -> "-A" + k).toList());
        return Message.UNKNOWN_OPTION.text(name, hint, known);
      }
    }
    return null;
  }
}
