package dev.sqlcheck.processor.sql.ast;

/**
 * {@code CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [CASCADE]}.
 *
 * @param schema the {@code SCHEMA} name, or null
 * @param version the {@code VERSION}, or null
 */
public record CreateExtension(
    boolean ifNotExists,
    Identifier name,
    Identifier schema,
    String version,
    boolean cascade,
    int start,
    int end)
    implements Statement {}
