package dev.sqlcheck.processor.sql.ast;

/**
 * {@code OWNER TO role} of an ALTER statement. {@code CURRENT_USER}, {@code CURRENT_ROLE} and
 * {@code SESSION_USER} are kept as identifiers of that name.
 */
public record OwnerTo(Identifier role, int start, int end)
    implements AlterTable.Action, AlterType.Action, AlterDomain.Action, AlterObject.Action {}
