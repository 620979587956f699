package dev.sqlcheck.processor.sql.ast;

/** {@code SET SCHEMA name} of an ALTER statement: the object moves to another schema. */
public record SetSchema(Identifier schema, int start, int end)
    implements AlterTable.Action, AlterType.Action, AlterDomain.Action, AlterObject.Action {}
