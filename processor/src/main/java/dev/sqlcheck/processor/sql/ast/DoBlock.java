package dev.sqlcheck.processor.sql.ast;

/**
 * {@code DO [LANGUAGE l] 'code'}: an anonymous code block, kept as text.
 *
 * @param language the language as written (folded when unquoted), or null for the default ({@code
 *     plpgsql})
 * @param body the code
 */
public record DoBlock(String language, Expr.StringLiteral body, int start, int end)
    implements Statement {}
