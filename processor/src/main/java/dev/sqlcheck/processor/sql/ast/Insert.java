package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code [WITH …] INSERT INTO name [AS alias] [(cols)] [OVERRIDING SYSTEM|USER VALUE] {DEFAULT
 * VALUES | query} [ON CONFLICT …] [RETURNING …]}. A VALUES source is a {@link Query} whose body is
 * {@link Values}.
 *
 * @param alias the {@code AS alias} of the target, or null
 * @param overriding {@code "system"} or {@code "user"} for OVERRIDING … VALUE, else null
 * @param source the rows to insert, or null for DEFAULT VALUES
 * @param onConflict the ON CONFLICT clause, or null
 * @param returning the RETURNING clause, or null
 */
public record Insert(
    WithClause with,
    QualifiedName table,
    Identifier alias,
    List<ColumnTarget> columns,
    String overriding,
    Query source,
    OnConflict onConflict,
    Returning returning,
    int start,
    int end)
    implements Statement {
  public Insert {
    columns = List.copyOf(columns);
  }
}
