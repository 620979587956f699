package dev.sqlcheck.processor.sql.ast;

/**
 * The body of a {@link Query}: a SELECT, a VALUES list, {@code TABLE name}, or a set operation
 * whose operands are queries again.
 */
public sealed interface QueryExpr extends Node permits Select, Values, SetOperation, TableQuery {}
