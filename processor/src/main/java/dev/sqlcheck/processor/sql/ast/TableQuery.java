package dev.sqlcheck.processor.sql.ast;

/**
 * {@code TABLE name}, PostgreSQL's short form of {@code SELECT * FROM name} (which also allows
 * {@code ONLY} and {@code *}).
 */
public record TableQuery(TableRef.Relation relation, int start, int end) implements QueryExpr {}
