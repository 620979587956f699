package dev.sqlcheck.processor.types;

import java.util.Arrays;
import java.util.Optional;

/**
 * The single-value Java types sqlcheck binds and reads. {@code jdbcType} is the {@code
 * java.sql.Types} constant used to bind a value (and SQL NULL) of the type; {@code arrayElement} is
 * the PostgreSQL element type name used for {@code Connection.createArrayOf} when the SQL does not
 * say.
 */
public enum ScalarKind {
  BOOLEAN("boolean", "java.lang.Boolean", "BOOLEAN", "boolean"),
  BYTE("byte", "java.lang.Byte", "SMALLINT", "smallint"),
  SHORT("short", "java.lang.Short", "SMALLINT", "smallint"),
  INT("int", "java.lang.Integer", "INTEGER", "integer"),
  LONG("long", "java.lang.Long", "BIGINT", "bigint"),
  FLOAT("float", "java.lang.Float", "REAL", "real"),
  DOUBLE("double", "java.lang.Double", "DOUBLE", "float8"),
  STRING(null, "java.lang.String", "VARCHAR", "text"),
  BIG_DECIMAL(null, "java.math.BigDecimal", "NUMERIC", "numeric"),
  LOCAL_DATE(null, "java.time.LocalDate", "DATE", "date"),
  LOCAL_TIME(null, "java.time.LocalTime", "TIME", "time"),
  LOCAL_DATE_TIME(null, "java.time.LocalDateTime", "TIMESTAMP", "timestamp"),
  OFFSET_DATE_TIME(null, "java.time.OffsetDateTime", "TIMESTAMP_WITH_TIMEZONE", "timestamptz"),
  INSTANT(null, "java.time.Instant", "TIMESTAMP_WITH_TIMEZONE", "timestamptz"),
  UUID(null, "java.util.UUID", "OTHER", "uuid"),
  BYTES(null, "byte[]", "BINARY", "bytea"),
  SQL_DATE(null, "java.sql.Date", "DATE", "date"),
  SQL_TIME(null, "java.sql.Time", "TIME", "time"),
  SQL_TIMESTAMP(null, "java.sql.Timestamp", "TIMESTAMP", "timestamp"),
  /** Any Java enum, bound and read as its constant's name. */
  ENUM(null, null, "VARCHAR", "text");

  private final String primitive;
  private final String boxed;
  private final String jdbcType;
  private final String arrayElement;

  ScalarKind(String primitive, String boxed, String jdbcType, String arrayElement) {
    this.primitive = primitive;
    this.boxed = boxed;
    this.jdbcType = jdbcType;
    this.arrayElement = arrayElement;
  }

  /** The primitive keyword, or null when the kind has none. */
  public String primitive() {
    return primitive;
  }

  /** The qualified class name ({@code java.lang.Long}), or null for {@link #ENUM}. */
  public String boxed() {
    return boxed;
  }

  /** The {@code java.sql.Types} field name used to bind values of this kind. */
  public String jdbcType() {
    return jdbcType;
  }

  /** The PostgreSQL type name for arrays of this kind. */
  public String arrayElement() {
    return arrayElement;
  }

  /** The kind of a primitive keyword ({@code long}). */
  public static Optional<ScalarKind> ofPrimitive(String keyword) {
    return Arrays.stream(values()).filter(k -> keyword.equals(k.primitive)).findFirst();
  }

  /** The kind of a qualified class name ({@code java.lang.Long}, {@code java.util.UUID}). */
  public static Optional<ScalarKind> ofClass(String qualifiedName) {
    for (ScalarKind k : values()) {
      if (qualifiedName.equals(k.boxed)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
