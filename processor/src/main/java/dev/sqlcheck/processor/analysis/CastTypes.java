package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/**
 * The canonical type named in a cast ({@code ::int8}, {@code CAST(x AS varchar(20))}), resolving
 * user enums through the catalog. Spelling follows the dialect's type names, as the schema loader's
 * does, so a cast and a column of the same type always compare equal.
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
    Dialect.TypeName type = PostgresDialect.INSTANCE.normalizeType(raw);
    String name = type.name();
    String schema = type.schema();
    boolean isEnum =
        catalog.enumLabels(schema == null ? "public" : schema, name).isPresent()
            || (schema == null
                && catalog.searchPath().stream()
                    .anyMatch(s -> catalog.enumLabels(s, name).isPresent()));
    return new SqlType(name, type.array(), isEnum);
  }

  /** PostgreSQL's column label for a cast of a nameless value: its type's internal name. */
  static String label(SqlType type) {
    return type.array() ? "?column?" : PostgresDialect.INSTANCE.internalTypeName(type);
  }
}
