package dev.sqlcheck.processor.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.Map;

/**
 * Groups PostgreSQL's canonical type names into the families that decide Java conversions. A user
 * enum is {@link #ENUM}; a type sqlcheck has no rule for is {@link #OTHER} (bound from and read
 * into {@code String}); {@link #UNKNOWN} accepts everything.
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

  private static final Map<String, SqlFamily> BY_NAME =
      Map.ofEntries(
          Map.entry("smallint", INTEGER),
          Map.entry("integer", INTEGER),
          Map.entry("bigint", INTEGER),
          Map.entry("numeric", DECIMAL),
          Map.entry("money", DECIMAL),
          Map.entry("real", FLOATING),
          Map.entry("double precision", FLOATING),
          Map.entry("text", TEXT),
          Map.entry("character varying", TEXT),
          Map.entry("character", TEXT),
          Map.entry("name", TEXT),
          Map.entry("citext", TEXT),
          Map.entry("boolean", BOOLEAN),
          Map.entry("date", DATE),
          Map.entry("time without time zone", TIME),
          Map.entry("time with time zone", TIME_TZ),
          Map.entry("timestamp without time zone", TIMESTAMP),
          Map.entry("timestamp with time zone", TIMESTAMP_TZ),
          Map.entry("uuid", UUID),
          Map.entry("bytea", BYTEA));

  /** The family of a (non-array) type. */
  public static SqlFamily of(SqlType type) {
    if (type == null || type.isUnknown()) {
      return UNKNOWN;
    }
    if (type.enumType()) {
      return ENUM;
    }
    return BY_NAME.getOrDefault(type.name(), OTHER);
  }

  /** True for the families whose values PostgreSQL will not take from a {@code varchar}. */
  boolean isStrict() {
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
