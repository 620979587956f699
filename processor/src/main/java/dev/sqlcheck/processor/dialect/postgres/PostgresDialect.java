package dev.sqlcheck.processor.dialect.postgres;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.postgres.parse.PgGrammar;
import dev.sqlcheck.processor.dialect.postgres.types.PgTypeSystem;
import dev.sqlcheck.processor.sql.SqlScan;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import dev.sqlcheck.processor.types.SqlFamily;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL, as seen through its JDBC driver: identifiers fold to lower case, {@code public} is
 * the default schema, types are spelt as {@code format_type} prints them, arrays are bound with
 * {@code createArrayOf}, and the driver reads {@code ??} as a literal {@code ?} operator.
 */
public final class PostgresDialect implements Dialect {
  /** PostgreSQL 14 to 18: a query valid on any of them is accepted. */
  public static final PostgresDialect INSTANCE = new PostgresDialect(PgGrammar.defaultRange());

  private static final Map<String, SqlFamily> FAMILIES =
      Map.ofEntries(
          Map.entry("smallint", SqlFamily.INTEGER),
          Map.entry("integer", SqlFamily.INTEGER),
          Map.entry("bigint", SqlFamily.INTEGER),
          Map.entry("numeric", SqlFamily.DECIMAL),
          Map.entry("money", SqlFamily.DECIMAL),
          Map.entry("real", SqlFamily.FLOATING),
          Map.entry("double precision", SqlFamily.FLOATING),
          Map.entry("text", SqlFamily.TEXT),
          Map.entry("character varying", SqlFamily.TEXT),
          Map.entry("character", SqlFamily.TEXT),
          Map.entry("name", SqlFamily.TEXT),
          Map.entry("citext", SqlFamily.TEXT),
          Map.entry("boolean", SqlFamily.BOOLEAN),
          Map.entry("date", SqlFamily.DATE),
          Map.entry("time without time zone", SqlFamily.TIME),
          Map.entry("time with time zone", SqlFamily.TIME_TZ),
          Map.entry("timestamp without time zone", SqlFamily.TIMESTAMP),
          Map.entry("timestamp with time zone", SqlFamily.TIMESTAMP_TZ),
          Map.entry("uuid", SqlFamily.UUID),
          Map.entry("bytea", SqlFamily.BYTEA));

  /** Columns every table has (pg_attribute with attnum < 0), with their types. */
  private static final Map<String, String> SYSTEM_COLUMNS =
      Map.of(
          "ctid",
          "tid",
          "xmin",
          "xid",
          "xmax",
          "xid",
          "cmin",
          "cid",
          "cmax",
          "cid",
          "tableoid",
          "oid");

  private static final Pattern SAFE_TYPE_NAME =
      Pattern.compile("[a-z_][a-z0-9_]*( [a-z_][a-z0-9_]*)*");

  private final PgGrammar grammar;

  private PostgresDialect(PgGrammar grammar) {
    this.grammar = grammar;
  }

  /** Exactly one major version of PostgreSQL (14 to 18). */
  public static PostgresDialect version(int major) {
    return new PostgresDialect(PgGrammar.of(major));
  }

  /** The versions whose grammar and semantics queries are checked by. */
  public PgGrammar grammar() {
    return grammar;
  }

  /**
   * The built-in types, casts, operators and functions of these versions: what any of them has.
   * Read on first use.
   */
  public PgTypeSystem typeSystem() {
    return PgTypeSystem.forVersions(grammar.versions());
  }

  /**
   * Whether RETURNING has PostgreSQL 18's implicit {@code old} and {@code new} (when no FROM item
   * already has that name).
   */
  public boolean returningOldNew() {
    return grammar.since(18);
  }

  @Override
  public String name() {
    return grammar.versions().size() == 1
        ? "postgresql:" + grammar.versions().iterator().next()
        : "postgresql";
  }

  @Override
  public String foldIdentifier(String written) {
    return PgIdentifiers.fold(written);
  }

  @Override
  public String defaultSchema() {
    return "public";
  }

  @Override
  public boolean isSystemSchema(String schema) {
    return schema.equals("pg_catalog") || schema.equals("information_schema");
  }

  @Override
  public Optional<SqlType> systemColumn(String name) {
    String type = SYSTEM_COLUMNS.get(name);
    return type == null ? Optional.empty() : Optional.of(SqlType.of(type));
  }

  @Override
  public TypeName normalizeType(String written) {
    return PgTypeNames.normalize(written);
  }

  @Override
  public boolean isSerial(String written) {
    return PgTypeNames.isSerial(written);
  }

  @Override
  public String internalTypeName(SqlType type) {
    return PgTypeNames.internal(type);
  }

  @Override
  public SqlFamily family(SqlType type) {
    if (type == null || type.isUnknown()) {
      return SqlFamily.UNKNOWN;
    }
    if (type.enumType()) {
      return SqlFamily.ENUM;
    }
    return FAMILIES.getOrDefault(type.name(), SqlFamily.OTHER);
  }

  @Override
  public int integerBytes(SqlType type) {
    if (type == null || type.array()) {
      return 0;
    }
    return switch (type.name()) {
      case "smallint" -> 2;
      case "integer" -> 4;
      case "bigint" -> 8;
      default -> 0;
    };
  }

  @Override
  public Map<String, SqlFamily> namedFamilies() {
    return FAMILIES;
  }

  /**
   * A string or enum meeting a user enum, json or another type PostgreSQL will not take from {@code
   * varchar} goes as {@code OTHER}, which lets the server infer the type.
   */
  @Override
  public String jdbcType(JavaType java, SqlType expected) {
    if ((java.kind() == ScalarKind.STRING || java.kind() == ScalarKind.ENUM)
        && expected != null
        && !expected.array()) {
      SqlFamily family = family(expected);
      if (family == SqlFamily.ENUM || family == SqlFamily.OTHER) {
        return "OTHER";
      }
    }
    return java.kind().jdbcType();
  }

  /**
   * PostgreSQL's JDBC driver sends {@code java.sql.Date}, {@code Time} and {@code Timestamp} values
   * without a type (a NULL {@code java.sql.Date} as {@code date}); measured with pgjdbc 42.7 in
   * {@code DriverTypedParametersTest}. The NULLs it would send untyped otherwise go with a type
   * name ({@link #nullType}).
   */
  @Override
  public String sentUntyped(JavaType java) {
    if (java.primitive() || java.kind() == null) {
      return null;
    }
    return switch (java.kind()) {
      case SQL_DATE -> "a java.sql.Date that is not null";
      case SQL_TIME, SQL_TIMESTAMP -> "a " + java.kind().boxed();
      default -> null;
    };
  }

  /**
   * PostgreSQL's JDBC driver types numbers, booleans, {@code BigDecimal}, {@code LocalDate}, {@code
   * byte[]}, {@code java.time} values and {@code UUID}s, and generated code types their NULLs
   * ({@code DriverTypedParametersTest} measures each). A {@code String} goes as {@code varchar}
   * unless the connection sets {@code stringtype=unspecified}, so it has no type here.
   */
  @Override
  public SqlType sentType(JavaType java) {
    if (java.kind() == null) {
      return null;
    }
    String name =
        switch (java.kind()) {
          case BOOLEAN -> "boolean";
          case BYTE, SHORT -> "smallint";
          case INT -> "integer";
          case LONG -> "bigint";
          case FLOAT -> "real";
          case DOUBLE -> "double precision";
          case BIG_DECIMAL -> "numeric";
          case LOCAL_DATE -> "date";
          case BYTES -> "bytea";
          case LOCAL_TIME -> "time without time zone";
          case LOCAL_DATE_TIME -> "timestamp without time zone";
          case OFFSET_DATE_TIME, INSTANT -> "timestamp with time zone";
          case UUID -> "uuid";
          default -> null;
        };
    return name == null ? null : SqlType.of(name);
  }

  /**
   * A {@code String}, or a Java enum (its name or label), bound where the SQL expects no particular
   * type goes as {@code varchar} (a NULL too), unless the connection sets {@code
   * stringtype=unspecified}.
   */
  @Override
  public SqlType sentTypeByDefault(JavaType java) {
    return java.kind() == ScalarKind.STRING || java.kind() == ScalarKind.ENUM
        ? SqlType.of("character varying")
        : null;
  }

  /**
   * The driver sends a NULL {@code LocalTime}, {@code LocalDateTime}, {@code OffsetDateTime},
   * {@code Instant} or {@code UUID} bound by its {@code java.sql.Types} constant without a type
   * (values go typed), so generated code names the type, as {@code setNull} allows.
   */
  @Override
  public String nullType(JavaType java) {
    if (java.kind() == null) {
      return null;
    }
    return switch (java.kind()) {
      case LOCAL_TIME -> "time";
      case LOCAL_DATE_TIME -> "timestamp";
      case OFFSET_DATE_TIME, INSTANT -> "timestamptz";
      case UUID -> "uuid";
      default -> null;
    };
  }

  /**
   * Generated code makes the array with {@code createArrayOf} of the element's own type, and binds
   * a null collection as a NULL of that array type, so PostgreSQL always knows it. An enum's array
   * type is the SQL enum's, which the Java side does not name.
   */
  @Override
  public SqlType sentArrayType(JavaType element) {
    if (element.kind() == null
        || element.kind() == ScalarKind.ENUM
        || element.kind() == ScalarKind.BYTES) {
      return null;
    }
    return SqlType.arrayOf(PgTypeNames.normalize(element.kind().arrayElement()).name());
  }

  /**
   * The SQL side's element type when known, else the Java element's natural type, spelt as the
   * driver looks it up in {@code pg_type}.
   */
  @Override
  public String arrayElementType(JavaType element, SqlType expected) {
    String name =
        expected != null && !expected.isUnknown() ? expected.name() : element.kind().arrayElement();
    return PgTypeNames.internal(SqlType.of(name));
  }

  /**
   * {@code x IN (SELECT CAST(NULL AS bigint) WHERE FALSE)} is false for every row and {@code x NOT
   * IN (...)} true, as for a mathematically empty list. The SQL side's type when known and safe to
   * spell, else the Java element's natural type; null for an enum of unknown SQL type.
   */
  @Override
  public String emptyListType(JavaType element, SqlType expected) {
    if (expected != null && !expected.isUnknown() && !expected.array()) {
      return SAFE_TYPE_NAME.matcher(expected.name()).matches() ? expected.name() : null;
    }
    return element.kind() == ScalarKind.ENUM ? null : element.kind().arrayElement();
  }

  @Override
  public BitSet operatorQuestionMarks(String sql) {
    return SqlScan.questionMarksInCode(sql);
  }

  /**
   * {@code x IN (:ids)} becomes {@code x = ANY(?)} and {@code x NOT IN (:ids)} {@code x <> ALL(?)}
   * when {@code x}'s type is known (see {@link PgInLists} for the precedence guard). The array's
   * element type is the one each expanded placeholder would have had, so comparisons resolve as
   * before: the Java type's own for numbers, dates, times, booleans and UUIDs ({@code int4_col =
   * ANY(int8[])} compares as bigint, as {@code int4_col IN ($1::int8)} did); the SQL side's for
   * strings and enums, which were sent untyped or as text.
   */
  @Override
  public Optional<ArrayInList> inListAsArray(
      String sql, int paramStart, int paramEnd, JavaType element, SqlType expected) {
    if (expected == null || expected.isUnknown() || expected.array()) {
      return Optional.empty();
    }
    String type;
    if (element.kind() == ScalarKind.STRING || element.kind() == ScalarKind.ENUM) {
      type = PgTypeNames.internal(expected);
    } else if (element.kind() == ScalarKind.BYTES) {
      return Optional.empty();
    } else {
      type = PgTypeNames.internal(SqlType.of(element.kind().arrayElement()));
    }
    if (!SAFE_TYPE_NAME.matcher(type).matches()) {
      return Optional.empty();
    }
    return PgInLists.around(sql, paramStart, paramEnd).map(span -> PgInLists.rewrite(span, type));
  }
}
