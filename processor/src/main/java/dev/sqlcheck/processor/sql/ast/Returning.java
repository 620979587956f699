package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code RETURNING [WITH (OLD AS o, NEW AS n)] items} of INSERT, UPDATE, DELETE and MERGE.
 *
 * @param oldAlias the name given to OLD in {@code WITH (OLD AS o)} (PostgreSQL 18), else null
 * @param newAlias the name given to NEW in {@code WITH (NEW AS n)} (PostgreSQL 18), else null
 */
public record Returning(
    Identifier oldAlias, Identifier newAlias, List<SelectItem> items, int start, int end)
    implements Node {
  public Returning {
    items = List.copyOf(items);
  }
}
