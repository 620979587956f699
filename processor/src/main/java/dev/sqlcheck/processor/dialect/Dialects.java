package dev.sqlcheck.processor.dialect;

import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import java.util.Locale;
import java.util.Optional;

/** The dialects {@code -Asqlcheck.dialect} can select. */
public final class Dialects {
  /** The values {@code -Asqlcheck.dialect} accepts today, as listed in messages. */
  public static final String SUPPORTED =
      "postgresql (PostgreSQL 14 to 18), or one version: postgresql:14 … postgresql:18";

  private Dialects() {}

  /**
   * The dialect of that option value: {@code postgresql} (also {@code postgres}) for PostgreSQL 14
   * to 18, or {@code postgresql:15} for exactly one version.
   */
  public static Optional<Dialect> byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("postgresql") || n.equals("postgres")) {
      return Optional.of(PostgresDialect.INSTANCE);
    }
    int colon = n.indexOf(':');
    if (colon > 0) {
      String base = n.substring(0, colon);
      String version = n.substring(colon + 1);
      if ((base.equals("postgresql") || base.equals("postgres")) && version.matches("1[4-8]")) {
        return Optional.of(PostgresDialect.version(Integer.parseInt(version)));
      }
    }
    return Optional.empty();
  }

  /** True for a dialect sqlcheck knows of but cannot check yet. */
  public static boolean isPlanned(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "mysql", "mariadb" -> true;
      default -> false;
    };
  }

  /** The default dialect. */
  public static Dialect postgresql() {
    return PostgresDialect.INSTANCE;
  }
}
