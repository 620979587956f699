/**
 * The syntax tree of SQL statements: immutable records under sealed interfaces, shaped like
 * PostgreSQL's raw parse tree where analysis depends on it, and produced by {@link
 * dev.sqlcheck.processor.dialect.postgres.parse.PgParser}.
 *
 * <h2>Shape</h2>
 *
 * <ul>
 *   <li>{@link Statement}: {@link Query}, {@link Insert}, {@link Update}, {@link Delete}, {@link
 *       Merge}, {@link Truncate}, {@link Call}; the DDL of a schema (see below); or an {@link
 *       UnsupportedStatement} for any other statement PostgreSQL knows.
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
 * <h2>DDL</h2>
 *
 * <p>The statements that shape a schema are modelled so that a catalog can be built from them:
 * {@link CreateTable} (elements: {@link ColumnDefinition}, {@link Constraint}, {@link TableLike};
 * {@link PartitionSpec}, {@link PartitionBound}), {@link CreateTableAs}, {@link CreateView}, {@link
 * AlterTable} (its {@link AlterTable.Action}s, including {@link RenameTo}, {@link SetSchema} and
 * {@link OwnerTo}), {@link AlterSequence}, {@link CreateSequence} ({@link SequenceOption}), {@link
 * CreateIndex} ({@link IndexElement}), {@link CreateType}, {@link AlterType}, {@link CreateDomain},
 * {@link AlterDomain}, {@link CreateSchema}, {@link CreateFunction} ({@link FunctionParameter},
 * {@link FunctionOption}), {@link CreateExtension}, {@link CreateTrigger}, {@link CreatePolicy},
 * {@link AlterObject}, {@link Drop} ({@link RoutineSignature}), and the utility statements of
 * schema files: {@link VariableSet}, {@link Comment}, {@link Grant}, {@link DoBlock} and {@link
 * Copy}. Routine bodies and DO blocks are kept as text. Constraints keep PostgreSQL's raw shape:
 * attribute clauses after a column constraint ({@code DEFERRABLE} …) are separate {@link
 * Constraint.Attribute}s, and a column's {@code COLLATE} is split out of its constraints, as
 * gram.y's {@code SplitColQualList} does.
 *
 * <pre>{@code
 * CREATE TABLE t (id int PRIMARY KEY, tag text COLLATE "C" NOT NULL DEFAULT '')
 *
 * CreateTable(t)
 *   elements: [ColumnDefinition(id, int4, [PrimaryKey]),
 *              ColumnDefinition(tag, text, collation "C", [NotNull, Default('')])]
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
