/**
 * The syntax tree of SQL statements: immutable records under sealed interfaces, shaped like
 * PostgreSQL's raw parse tree where analysis depends on it, and produced by {@link
 * dev.sqlcheck.processor.dialect.postgres.parse.PgParser}.
 *
 * <h2>Shape</h2>
 *
 * <ul>
 *   <li>{@link Statement}: {@link Query}, {@link Insert}, {@link Update}, {@link Delete}, {@link
 *       Merge}, {@link Truncate}, {@link Call}, {@link CreateView}, {@link CreateTableAs}, or an
 *       {@link UnsupportedStatement} for anything else.
 *   <li>{@link Query} is PostgreSQL's SelectStmt: a {@link QueryExpr} body ({@link Select}, {@link
 *       Values}, {@link SetOperation}, {@link TableQuery}) with its WITH, ORDER BY, {@link Limit}
 *       and {@link LockingClause}s. Set operations hold queries, so a parenthesised operand keeps
 *       its own clauses.
 *   <li>{@link TableRef} is a join tree: {@link TableRef.Join} holds both inputs.
 *   <li>{@link Expr} covers every value expression; parentheses leave no node.
 * </ul>
 *
 * <pre>{@code
 * SELECT b.title AS t, count(*) FROM books b JOIN authors a USING (author_id)
 * WHERE a.name = :author GROUP BY 1 ORDER BY t LIMIT 10
 *
 * Query
 *   body: Select
 *     items: [SelectItem(ColumnRef[b, title], label t), SelectItem(FuncCall count(*))]
 *     from:  [Join(INNER, Relation books alias b, Relation authors alias a, using [author_id])]
 *     where: Operator(=, ColumnRef[a, name], NamedParameter author)
 *     groupBy: GroupBy([NumberLiteral 1])
 *   orderBy: [SortItem(ColumnRef[t])]
 *   limit:   Limit(count 10)
 * }</pre>
 *
 * <h2>Positions</h2>
 *
 * <p>Every {@link Node} has {@code start()} and {@code end()}: character offsets into the parsed
 * string, end exclusive, covering exactly the node's tokens. A column reference covers its dotted
 * names; a function call's {@link QualifiedName} has its own range; a select item's label is an
 * {@link Identifier} with its own range; a {@link Expr.NamedParameter} covers the colon. Nodes the
 * parser synthesises (the {@code pg_catalog} name of {@code EXTRACT}) take the range of the key
 * word that implied them. Source text is not copied into nodes where offsets suffice; literals keep
 * their decoded value (and numbers their text).
 *
 * <h2>Names</h2>
 *
 * <p>{@link Identifier#name()} is the name as PostgreSQL compares it (unquoted words folded to
 * lower case, quoted ones kept, 63-byte truncation applied); {@link Identifier#quoted()} tells how
 * it was written. A quoted name is always an identifier: {@code "current_date"} is a column
 * reference, {@code current_date} an {@link Expr.SqlValueFunction}.
 *
 * <h2>What the grammar accepts but analysis rejects</h2>
 *
 * <p>As in PostgreSQL, some misplaced constructs parse and are left to the analyser: {@link
 * Expr.Default} anywhere an expression may stand, data-modifying statements in nested CTEs, {@code
 * SELECT … INTO} ({@link IntoClause}), aggregate and window calls in any clause, {@code SETOF} in a
 * cast.
 */
package dev.sqlcheck.processor.sql.ast;
