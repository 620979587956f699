package dev.sqlcheck.processor.sql.ast;

/**
 * One SQL statement. The query statements are modelled fully; the few DDL statements a schema
 * reader needs for view columns ({@link CreateView}, {@link CreateTableAs}) keep their query; any
 * other statement is an {@link UnsupportedStatement}.
 */
public sealed interface Statement extends Node
    permits Query,
        Insert,
        Update,
        Delete,
        Merge,
        Truncate,
        Call,
        CreateView,
        CreateTableAs,
        UnsupportedStatement {}
