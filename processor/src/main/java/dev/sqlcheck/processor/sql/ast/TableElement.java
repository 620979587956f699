package dev.sqlcheck.processor.sql.ast;

/**
 * One entry of the parenthesised list of CREATE TABLE: a {@link ColumnDefinition}, a table {@link
 * Constraint} or a {@link TableLike} clause.
 */
public sealed interface TableElement extends Node permits ColumnDefinition, Constraint, TableLike {}
