package dev.sqlcheck.processor.sql.ast;

/**
 * One SQL statement. Queries and data-changing statements are modelled fully; so are the DDL
 * statements that shape a schema (tables, views, types, domains, schemas, sequences, indexes,
 * functions, their ALTER and DROP forms) and the utility statements schema files are made of (SET,
 * COMMENT, GRANT, COPY, DO…). Any other statement PostgreSQL knows is an {@link
 * UnsupportedStatement}.
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
        CreateTable,
        AlterTable,
        AlterSequence,
        CreateSequence,
        CreateIndex,
        CreateType,
        AlterType,
        CreateDomain,
        AlterDomain,
        CreateSchema,
        CreateFunction,
        CreateExtension,
        CreateTrigger,
        CreatePolicy,
        AlterObject,
        Drop,
        Comment,
        Grant,
        VariableSet,
        DoBlock,
        Copy,
        UnsupportedStatement {}
