package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table [USING m]
 * (elements) [INCLUDE (…)] [NULLS [NOT] DISTINCT] [WITH (…)] [TABLESPACE t] [WHERE pred]}.
 *
 * @param name the index name, or null (PostgreSQL chooses one)
 * @param table the table; {@code inherit} is false with ONLY
 * @param method the access method, or null for the default
 * @param nullsNotDistinct true for NULLS NOT DISTINCT, false for NULLS DISTINCT, null if not
 *     written (PostgreSQL 15)
 * @param options the names of the {@code WITH (…)} storage parameters
 * @param where the predicate of a partial index, or null
 */
public record CreateIndex(
    boolean unique,
    boolean concurrently,
    boolean ifNotExists,
    Identifier name,
    TableRef.Relation table,
    Identifier method,
    List<IndexElement> elements,
    List<IndexElement> include,
    Boolean nullsNotDistinct,
    List<Identifier> options,
    Identifier tablespace,
    Expr where,
    int start,
    int end)
    implements Statement {
  public CreateIndex {
    elements = List.copyOf(elements);
    include = List.copyOf(include);
    options = List.copyOf(options);
  }
}
