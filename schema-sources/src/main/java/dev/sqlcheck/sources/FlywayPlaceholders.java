package dev.sqlcheck.sources;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Flyway's placeholder replacement in a migration's text, as Flyway does it before running the
 * migration: every {@code ${name}} (names are case-insensitive) is replaced by its value wherever
 * it stands, in identifiers, strings, dollar quotes and comments alike, except right after a {@code
 * $}. The built-in {@code ${flyway:defaultSchema}} is {@code public} unless given, {@code
 * ${flyway:filename}} the migration's file name and {@code ${flyway:table}} the history table.
 * Flyway refuses a migration with a placeholder it has no value for; here that placeholder is left
 * as written, and named once in a warning that says how to give it a value.
 */
final class FlywayPlaceholders {
  static final String OPTION = "-Asqlcheck.placeholders";

  private final Map<String, String> values = new HashMap<>();
  private final Set<String> reported = new LinkedHashSet<>();

  /** {@code given} maps names (any case) to values, as Flyway's {@code placeholders} does. */
  FlywayPlaceholders(Map<String, String> given) {
    values.put("flyway:defaultschema", "public");
    values.put("flyway:table", "flyway_schema_history");
    given.forEach((k, v) -> values.put(k.toLowerCase(Locale.ROOT), v));
  }

  /** The text with its placeholders replaced; an unknown one is reported once into {@code out}. */
  String replace(String file, String fileName, String text, List<SourceProblem> out) {
    int at = text.indexOf("${");
    if (at < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int copied = 0;
    while (at >= 0) {
      int close = text.indexOf('}', at + 2);
      if (close < 0) {
        break;
      }
      if (at > 0 && text.charAt(at - 1) == '$') {
        at = text.indexOf("${", at + 2);
        continue;
      }
      String name = text.substring(at + 2, close);
      String key = name.toLowerCase(Locale.ROOT);
      String value = key.equals("flyway:filename") ? fileName : values.get(key);
      if (value == null) {
        if (reported.add(key)) {
          out.add(
              new SourceProblem(
                  SourceProblem.Kind.SKIPPED,
                  file,
                  lineOf(text, at),
                  "Flyway placeholder ${"
                      + name
                      + "} has no value here, so the statements that use it are not read"
                      + " (Flyway refuses the migration without one); give it the value Flyway"
                      + " is given: "
                      + OPTION
                      + "="
                      + name
                      + "=..."));
        }
        at = text.indexOf("${", close + 1);
        continue;
      }
      b.append(text, copied, at).append(value);
      copied = close + 1;
      at = text.indexOf("${", copied);
    }
    return b.append(text, copied, text.length()).toString();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }
}
