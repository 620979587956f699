package dev.sqlcheck.processor.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A table, view or materialized view. {@code columnsKnown} is false when a statement that touched
 * this relation could not be understood (for example an ALTER TABLE that failed to parse): a column
 * missing from such a relation is never reported as an error.
 */
public record Relation(
    String schema,
    String name,
    Kind kind,
    List<Column> columns,
    boolean columnsKnown,
    SourceLocation definedAt,
    List<String> primaryKey) {

  /** What sort of relation this is. */
  public enum Kind {
    TABLE,
    VIEW,
    MATERIALIZED_VIEW
  }

  public Relation {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  /** A relation without a known primary key. */
  public Relation(
      String schema,
      String name,
      Kind kind,
      List<Column> columns,
      boolean columnsKnown,
      SourceLocation definedAt) {
    this(schema, name, kind, columns, columnsKnown, definedAt, List.of());
  }

  /** The same relation with this primary key (column names in key order). */
  public Relation withPrimaryKey(List<String> key) {
    return new Relation(schema, name, kind, columns, columnsKnown, definedAt, key);
  }

  public Optional<Column> column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** {@code schema.name}, or just {@code name} in the {@code public} schema. */
  public String displayName() {
    return "public".equals(schema) ? name : schema + "." + name;
  }
}
