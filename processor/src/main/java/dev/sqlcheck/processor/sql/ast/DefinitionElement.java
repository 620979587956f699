package dev.sqlcheck.processor.sql.ast;

/**
 * One {@code name [= value]} of a definition list: CREATE TYPE's {@code (INPUT = f, …)}, {@code AS
 * RANGE (SUBTYPE = float8)}, ALTER TYPE … SET (…).
 *
 * @param value a {@link TypeName} (any name or type), an {@link Expr.NumberLiteral}, an {@link
 *     Expr.StringLiteral}, an {@link OperatorName}, an {@link Identifier} for a reserved key word
 *     or {@code NONE}, or null when no value was written
 */
public record DefinitionElement(Identifier name, Node value, int start, int end) implements Node {}
