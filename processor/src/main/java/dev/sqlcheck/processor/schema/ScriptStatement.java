package dev.sqlcheck.processor.schema;

/**
 * One statement cut out of a script by {@link StatementSplitter}: its text without the terminating
 * delimiter, and the 1-based line of its first character that is neither blank nor part of a
 * comment.
 */
public record ScriptStatement(String text, int line) {}
