package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.schema.TypeNames;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/**
 * The canonical type named in a cast ({@code ::int8}, {@code CAST(x AS varchar(20))}), resolving
 * user enums through the catalog. Spelling follows the schema loader's {@link TypeNames}, so a
 * cast and a column of the same type always compare equal.
 */
final class CastTypes {
  private CastTypes() {}

  static SqlType of(ColDataType type, Catalog catalog) {
    if (type == null || type.getDataType() == null) {
      return SqlType.UNKNOWN;
    }
    boolean array = type.getArrayData() != null && !type.getArrayData().isEmpty();
    return parse(type.getDataType() + (array ? "[]" : ""), catalog);
  }

  static SqlType parse(String raw, Catalog catalog) {
    TypeNames.Normalized type = TypeNames.normalize(raw);
    String name = type.name();
    String schema = type.schema();
    boolean isEnum = catalog.enumLabels(schema == null ? "public" : schema, name).isPresent()
        || (schema == null && catalog.searchPath().stream()
            .anyMatch(s -> catalog.enumLabels(s, name).isPresent()));
    return new SqlType(name, type.array(), isEnum);
  }

  /** PostgreSQL's column label for a cast of a nameless value: its type's internal name. */
  static String label(SqlType type) {
    String name = switch (type.name()) {
      case "integer" -> "int4";
      case "bigint" -> "int8";
      case "smallint" -> "int2";
      case "boolean" -> "bool";
      case "character varying" -> "varchar";
      case "character" -> "bpchar";
      case "real" -> "float4";
      case "double precision" -> "float8";
      case "timestamp with time zone" -> "timestamptz";
      case "timestamp without time zone" -> "timestamp";
      case "time with time zone" -> "timetz";
      case "time without time zone" -> "time";
      default -> type.name();
    };
    return type.array() ? "?column?" : name;
  }
}
