package dev.sqlcheck.processor.catalog;

import java.util.List;

/**
 * A foreign key of the final schema: the referencing table ({@code schema.table}) and its columns,
 * the referenced table and its columns (empty when the key names none, which means the referenced
 * table's primary key), the constraint's name when known, and where it was declared.
 */
public record ForeignKey(
    String name,
    String schema,
    String table,
    List<String> columns,
    String refSchema,
    String refTable,
    List<String> refColumns,
    SourceLocation definedAt) {

  public ForeignKey {
    columns = List.copyOf(columns);
    refColumns = List.copyOf(refColumns);
  }

  /** True when this key references {@code schema.table}. */
  public boolean references(String schemaName, String tableName) {
    return refSchema.equals(schemaName) && refTable.equals(tableName);
  }
}
