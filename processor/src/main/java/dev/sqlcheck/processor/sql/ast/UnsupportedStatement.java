package dev.sqlcheck.processor.sql.ast;

/**
 * A statement that this parser does not model (SET, LOCK, EXPLAIN, most DDL…). It is kept with its
 * first key word in lower case, and its range runs to the end of the statement; the parser only
 * checks that the statement ends properly (quotes, parentheses of the lexer).
 */
public record UnsupportedStatement(String keyword, int start, int end) implements Statement {}
