package dev.sqlcheck.processor.analysis;

/**
 * A catalog table, view or column that a query uses: {@code schema} and {@code relation} name the
 * relation as the catalog spells it ({@code public}, {@code books}); {@code column} is the column,
 * or null when the entry stands for the relation itself (it is read, written or joined).
 *
 * <p>Only names resolved against the catalog are recorded, never CTEs, derived tables, aliases or
 * system columns, and never a name that does not exist. A view is recorded as the view, not as the
 * tables behind it.
 */
public record Reference(String schema, String relation, String column) {
  /** {@code books} or {@code books.title}, schema-qualified outside {@code public}. */
  @Override
  public String toString() {
    String rel = "public".equals(schema) ? relation : schema + "." + relation;
    return column == null ? rel : rel + "." + column;
  }

  // Written out rather than generated: references are hashed for every column a query names.
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Reference r
            && java.util.Objects.equals(column, r.column)
            && java.util.Objects.equals(relation, r.relation)
            && java.util.Objects.equals(schema, r.schema));
  }

  @Override
  public int hashCode() {
    return (java.util.Objects.hashCode(schema) * 31 + java.util.Objects.hashCode(relation)) * 31
        + java.util.Objects.hashCode(column);
  }
}
