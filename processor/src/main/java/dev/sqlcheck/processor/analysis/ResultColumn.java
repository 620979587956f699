package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;

/**
 * One column of a query's result: its label as JDBC reports it ({@code published_year}, or the
 * alias), its inferred type ({@link SqlType#UNKNOWN} when it cannot be inferred) and whether it may
 * be NULL. A column from the optional side of an outer join is nullable whatever its declaration
 * says.
 */
public record ResultColumn(String label, SqlType type, boolean nullable) {}
