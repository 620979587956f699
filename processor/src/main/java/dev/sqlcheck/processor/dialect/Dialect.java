package dev.sqlcheck.processor.dialect;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.SqlFamily;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one SQL dialect, selected by {@code -Asqlcheck.dialect}: how identifiers fold, which
 * schemas and columns the database itself provides, how type names are spelt and grouped, and how
 * values are bound through JDBC. Dialect-neutral code (orchestration, signature checks, the
 * catalog) reaches a database's rules only through this interface; {@code dialect/postgres} holds
 * PostgreSQL's.
 *
 * <pre>{@code
 * Dialect pg = Dialects.byName("postgresql").orElseThrow();
 * pg.foldIdentifier("Users");          // users
 * pg.foldIdentifier("\"Users\"");      // Users
 * pg.normalizeType("int4[]");          // TypeName[schema=null, name=integer, array=true]
 * pg.internalTypeName(SqlType.of("bigint")); // int8
 * }</pre>
 */
public interface Dialect {
  /** The name {@code -Asqlcheck.dialect} selects it by. */
  String name();

  /** An identifier as written (quoted or not) as the catalog spells it. */
  String foldIdentifier(String written);

  /** The schema unqualified names are created in when nothing else says. */
  String defaultSchema();

  /** Schemas the database provides itself (their relations are never in a schema source). */
  boolean isSystemSchema(String schema);

  /** The type of a column every table has without declaring it ({@code ctid}), if any. */
  Optional<SqlType> systemColumn(String name);

  /** A type as written in DDL or a cast, in the catalog's canonical spelling. */
  TypeName normalizeType(String written);

  /** True for the pseudo-types that make an auto-incremented column ({@code bigserial}). */
  boolean isSerial(String written);

  /** The database's internal short name of a type ({@code int8} for bigint). */
  String internalTypeName(SqlType type);

  /** The family deciding which Java types a value converts to and from. */
  SqlFamily family(SqlType type);

  /** The size in bytes of an integer type (2, 4 or 8), or 0 for any other type. */
  int integerBytes(SqlType type);

  /**
   * The built-in type names, in the catalog's spelling, that have a family other than {@link
   * SqlFamily#OTHER}; with {@link #family} they let code outside the compiler (the run-time
   * verifier) classify a type name the database reports.
   */
  Map<String, SqlFamily> namedFamilies();

  /**
   * The {@code java.sql.Types} field to bind {@code java} where the SQL expects {@code expected}.
   */
  String jdbcType(JavaType java, SqlType expected);

  /**
   * Which values of {@code java} the driver sends without a type, for a message ("a null
   * OffsetDateTime"), or null when it types them all. Such a value fails where the database cannot
   * tell a placeholder's type from where it stands.
   */
  default String sentUntyped(JavaType java) {
    return null;
  }

  /**
   * The type the driver sends every value of {@code java} as, NULL or not, as generated code binds
   * it where the SQL expects no particular type; null when some values go without a type, or when a
   * connection setting decides.
   */
  default SqlType sentType(JavaType java) {
    return null;
  }

  /**
   * The type a value of {@code java} goes as under the driver's default settings where a connection
   * setting may send it untyped instead; null otherwise.
   */
  default SqlType sentTypeByDefault(JavaType java) {
    return null;
  }

  /**
   * The type name generated code gives a NULL of {@code java} ({@code setNull} with a type name),
   * where the {@code java.sql.Types} constant alone would send it without a type; null otherwise.
   */
  default String nullType(JavaType java) {
    return null;
  }

  /**
   * The array type the driver sends a collection or array of {@code element} as, where the SQL
   * expects no particular type (the element's own type), NULL or not; null when it may go untyped.
   */
  default SqlType sentArrayType(JavaType element) {
    return null;
  }

  /** The element type name for {@code Connection.createArrayOf}. */
  String arrayElementType(JavaType element, SqlType expected);

  /**
   * The SQL type of the empty row source an empty IN list becomes, or null to expand it to {@code
   * NULL} where any guess could fail to compare.
   */
  String emptyListType(JavaType element, SqlType expected);

  /**
   * The offsets of each {@code ?} in {@code sql} that is an operator, not a placeholder, and must
   * be escaped for the JDBC driver.
   */
  BitSet operatorQuestionMarks(String sql);

  /**
   * How the IN list whose only element is the collection parameter at {@code paramStart..paramEnd}
   * of {@code sql} ({@code x IN (:ids)}) is sent as one array parameter, with the same result for
   * every input, NULLs and the empty list included; or empty when it must be expanded into one
   * placeholder per element: the database cannot take it as an array, {@code expected} (the type of
   * the left side) is unknown, or the rewrite would change how the statement parses.
   */
  default Optional<ArrayInList> inListAsArray(
      String sql, int paramStart, int paramEnd, JavaType element, SqlType expected) {
    return Optional.empty();
  }

  /**
   * An IN list sent as one array: {@code start..end} of the SQL ({@code IN (:ids)}) is replaced by
   * {@code replacement} ({@code = ANY(?)}), holding the one placeholder, and the array's elements
   * have the database type {@code elementType}.
   */
  record ArrayInList(int start, int end, String replacement, String elementType) {}

  /** A canonical type name: schema (null when unqualified or built in), name, array. */
  record TypeName(String schema, String name, boolean array) {}
}
