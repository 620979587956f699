package dev.sqlcheck.processor.sql.ast;

/**
 * The row-limiting clauses of a query: {@code LIMIT n|ALL}, {@code OFFSET n [ROW|ROWS]} and {@code
 * FETCH FIRST|NEXT [n] ROW|ROWS ONLY|WITH TIES}, in any of PostgreSQL's orders.
 *
 * @param count the row count, or null (no limit, {@code LIMIT ALL}, or {@code FETCH FIRST ROW}
 *     without a count, which means 1: see {@link #fetchWithoutCount})
 * @param all whether {@code LIMIT ALL} was written
 * @param offset the offset, or null
 * @param withTies whether {@code FETCH … WITH TIES}
 * @param fetchSyntax whether the count came from {@code FETCH FIRST|NEXT}
 * @param fetchWithoutCount whether {@code FETCH FIRST ROW ONLY} omitted the count (it is 1)
 */
public record Limit(
    Expr count,
    boolean all,
    Expr offset,
    boolean withTies,
    boolean fetchSyntax,
    boolean fetchWithoutCount,
    int start,
    int end)
    implements Node {}
