package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name [(cols)] … AS query [WITH [NO] DATA]}
 * and {@code CREATE MATERIALIZED VIEW [IF NOT EXISTS] name [(cols)] [USING m] [WITH (…)]
 * [TABLESPACE t] AS query [WITH [NO] DATA]}.
 *
 * @param persistence {@code "temp"}, {@code "unlogged"} or {@code "permanent"}
 * @param withData false when {@code WITH NO DATA} was written
 */
public record CreateTableAs(
    boolean materializedView,
    String persistence,
    boolean ifNotExists,
    QualifiedName name,
    List<Identifier> columns,
    Query query,
    boolean withData,
    int start,
    int end)
    implements Statement {
  public CreateTableAs {
    columns = List.copyOf(columns);
  }
}
