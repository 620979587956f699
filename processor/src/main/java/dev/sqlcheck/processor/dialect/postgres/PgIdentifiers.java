package dev.sqlcheck.processor.dialect.postgres;

import java.util.Locale;

/** PostgreSQL identifier rules: unquoted names fold to lower case, quoted names are kept. */
public final class PgIdentifiers {
  private PgIdentifiers() {}

  /** Normalises one identifier part as written in SQL: {@code Users} → {@code users}. */
  public static String fold(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.length() >= 2
        && ((raw.startsWith("\"") && raw.endsWith("\""))
            || (raw.startsWith("`") && raw.endsWith("`")))) {
      return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
    }
    return raw.toLowerCase(Locale.ROOT);
  }
}
