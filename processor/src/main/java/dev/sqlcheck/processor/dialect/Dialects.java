package dev.sqlcheck.processor.dialect;

import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import java.util.Locale;
import java.util.Optional;

/** The dialects {@code -Asqlcheck.dialect} can select. */
public final class Dialects {
  /** The values {@code -Asqlcheck.dialect} accepts today, as listed in messages. */
  public static final String SUPPORTED = "postgresql";

  private Dialects() {}

  /** The dialect of that option value ({@code postgresql}, also {@code postgres}). */
  public static Optional<Dialect> byName(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "postgresql", "postgres" -> Optional.of(PostgresDialect.INSTANCE);
      default -> Optional.empty();
    };
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
