package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A query with the clauses that apply to it as a whole: {@code [WITH …] body [ORDER BY …]
 * [LIMIT/OFFSET/FETCH …] [FOR UPDATE …]}. It is PostgreSQL's SelectStmt: parentheses leave no node,
 * so {@code ((SELECT 1) ORDER BY 1)} is one Query, and writing a clause twice through parentheses
 * is the error PostgreSQL gives ({@code multiple ORDER BY clauses not allowed}).
 *
 * <pre>{@code
 * SELECT a FROM t UNION SELECT b FROM u ORDER BY 1 LIMIT 5
 *   -> Query(SetOperation(UNION, Query(Select a…), Query(Select b…)), orderBy=[1], limit=5)
 * (SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL SELECT 2
 *   -> Query(SetOperation(UNION ALL, Query(Select a…, orderBy=[a], limit=1), Query(Select 2)))
 * }</pre>
 *
 * @param with the WITH clause, or null
 * @param limit the LIMIT/OFFSET/FETCH clauses, or null
 */
public record Query(
    WithClause with,
    QueryExpr body,
    List<SortItem> orderBy,
    Limit limit,
    List<LockingClause> locking,
    int start,
    int end)
    implements Statement {
  public Query {
    orderBy = List.copyOf(orderBy);
    locking = List.copyOf(locking);
  }

  /** A query of just a body, with no clauses of its own. */
  public static Query of(QueryExpr body) {
    return new Query(null, body, List.of(), null, List.of(), body.start(), body.end());
  }
}
