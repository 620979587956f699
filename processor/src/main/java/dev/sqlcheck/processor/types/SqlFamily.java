package dev.sqlcheck.processor.types;

/**
 * The families of SQL types that decide Java conversions; a dialect assigns each type its family
 * ({@code Dialect.family}). A user enum is {@link #ENUM}; a type sqlcheck has no rule for is {@link
 * #OTHER} (bound from and read into {@code String}); {@link #UNKNOWN} accepts everything.
 */
public enum SqlFamily {
  INTEGER,
  DECIMAL,
  FLOATING,
  TEXT,
  BOOLEAN,
  DATE,
  TIME,
  TIME_TZ,
  TIMESTAMP,
  TIMESTAMP_TZ,
  UUID,
  BYTEA,
  ENUM,
  OTHER,
  UNKNOWN;

  /** True for the families whose values PostgreSQL will not take from a {@code varchar}. */
  public boolean isStrict() {
    return switch (this) {
      case INTEGER,
          DECIMAL,
          FLOATING,
          BOOLEAN,
          DATE,
          TIME,
          TIME_TZ,
          TIMESTAMP,
          TIMESTAMP_TZ,
          UUID,
          BYTEA ->
          true;
      default -> false;
    };
  }
}
