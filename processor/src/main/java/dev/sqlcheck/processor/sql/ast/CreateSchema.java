package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE SCHEMA [IF NOT EXISTS] [name] [AUTHORIZATION role] [element …]}, where the elements
 * are CREATE TABLE, VIEW, INDEX, SEQUENCE, TRIGGER and GRANT statements created in the new schema.
 *
 * @param name the schema name, or null when only AUTHORIZATION is given (the schema is named after
 *     the role)
 * @param authorization the owner role, or null
 */
public record CreateSchema(
    boolean ifNotExists,
    Identifier name,
    Identifier authorization,
    List<Statement> elements,
    int start,
    int end)
    implements Statement {
  public CreateSchema {
    elements = List.copyOf(elements);
  }
}
