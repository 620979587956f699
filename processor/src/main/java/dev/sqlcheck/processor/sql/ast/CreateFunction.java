package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE name(parameters) [RETURNS type | RETURNS TABLE
 * (columns)] options [body]}. The body text is kept, not parsed, except a SQL-standard body ({@code
 * RETURN expr} or {@code BEGIN ATOMIC … END}), which PostgreSQL parses at once too.
 *
 * <pre>{@code
 * CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b'
 *   -> CreateFunction(add, [a int4, b int4], returns int4, language "sql",
 *                     body 'SELECT a + b', options [volatility immutable])
 * }</pre>
 *
 * @param returnType the result type (with {@code setof} for RETURNS SETOF), or null for a
 *     procedure, for RETURNS TABLE and when no RETURNS was written
 * @param returnTypeCopied whether the result type was written {@code name%TYPE}
 * @param returnsTable the columns of {@code RETURNS TABLE (…)}, else empty
 * @param language the {@code LANGUAGE} as written (folded when unquoted), or null
 * @param body the {@code AS 'definition'} string, or null
 * @param linkSymbol the second string of {@code AS 'obj_file', 'link_symbol'}, or null
 * @param returnExpr the expression of a {@code RETURN expr} body, or null
 * @param atomicBody the statements of a {@code BEGIN ATOMIC … END} body, or null
 * @param options the other options in written order
 */
public record CreateFunction(
    boolean orReplace,
    boolean procedure,
    QualifiedName name,
    List<FunctionParameter> parameters,
    TypeName returnType,
    boolean returnTypeCopied,
    List<FunctionParameter> returnsTable,
    String language,
    Expr.StringLiteral body,
    Expr.StringLiteral linkSymbol,
    Expr returnExpr,
    List<Statement> atomicBody,
    List<FunctionOption> options,
    int start,
    int end)
    implements Statement {
  public CreateFunction {
    parameters = List.copyOf(parameters);
    returnsTable = List.copyOf(returnsTable);
    atomicBody = atomicBody == null ? null : List.copyOf(atomicBody);
    options = List.copyOf(options);
  }
}
