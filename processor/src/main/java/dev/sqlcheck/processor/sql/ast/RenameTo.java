package dev.sqlcheck.processor.sql.ast;

/** {@code RENAME TO name} of an ALTER statement: the object gets a new name. */
public record RenameTo(Identifier newName, int start, int end)
    implements AlterTable.Action, AlterType.Action, AlterDomain.Action, AlterObject.Action {}
