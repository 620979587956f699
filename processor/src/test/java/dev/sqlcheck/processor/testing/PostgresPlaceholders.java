package dev.sqlcheck.processor.testing;

import dev.sqlcheck.processor.analysis.NamedParameterScanner;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewrites {@code :name} parameters to PostgreSQL's {@code $1, $2, ...} (one number per distinct
 * name) so a query can be given to {@code PREPARE}. The product's own scanner finds them, so a
 * parameter it finds where there is none (inside a string, a {@code ::} cast, an array slice) makes
 * PostgreSQL reject the query and the test fail.
 */
public final class PostgresPlaceholders {
  private PostgresPlaceholders() {}

  public static String positional(String sql) {
    StringBuilder out = new StringBuilder();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    int copied = 0;
    for (NamedParameterScanner.Found f : NamedParameterScanner.scan(sql).parameters()) {
      String key = f.property() == null ? f.name() : f.name() + "." + f.property();
      int number = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
      out.append(sql, copied, f.start()).append('$').append(number);
      copied = f.end();
    }
    return out.append(sql.substring(copied)).toString();
  }
}
