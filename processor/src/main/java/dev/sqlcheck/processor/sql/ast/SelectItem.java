package dev.sqlcheck.processor.sql.ast;

/**
 * One entry of a select list or a RETURNING list: an expression with an optional label. {@code *}
 * and {@code t.*} are {@link Expr.ColumnRef}s with {@code star} set; {@code (expr).*} is an {@link
 * Expr.Indirection} ending in a star step.
 *
 * <pre>{@code
 * SELECT a + 1 AS total, b c, *  -> [SelectItem(a + 1, label=total, explicitAs),
 *                                    SelectItem(b, label=c), SelectItem(ColumnRef(*))]
 * }</pre>
 *
 * @param label the output name given with or without {@code AS}, or null
 * @param explicitAs whether {@code AS} was written
 */
public record SelectItem(Expr expr, Identifier label, boolean explicitAs, int start, int end)
    implements Node {}
