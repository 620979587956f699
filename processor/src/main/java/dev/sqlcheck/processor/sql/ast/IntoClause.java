package dev.sqlcheck.processor.sql.ast;

/**
 * The {@code INTO [TEMP|UNLOGGED] [TABLE] name} of {@code SELECT … INTO}: it makes the select a
 * CREATE TABLE AS, recorded here for the analyser to reject or handle.
 *
 * @param persistence {@code "temp"}, {@code "unlogged"} or {@code "permanent"}
 */
public record IntoClause(String persistence, QualifiedName name, int start, int end)
    implements Node {}
