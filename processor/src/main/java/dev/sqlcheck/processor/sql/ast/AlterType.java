package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * ALTER TYPE: enum values ({@code ADD VALUE}, {@code RENAME VALUE}), composite attributes ({@code
 * ADD|DROP|ALTER ATTRIBUTE …}, several separated by commas), {@code RENAME ATTRIBUTE}, {@code
 * RENAME TO}, {@code SET SCHEMA}, {@code OWNER TO} and {@code SET (…)}.
 *
 * <pre>{@code
 * ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'ok'
 *   -> AlterType(mood, [AddValue(ifNotExists, 'meh', neighbor 'ok', after false)])
 * }</pre>
 */
public record AlterType(QualifiedName name, List<Action> actions, int start, int end)
    implements Statement {
  public AlterType {
    actions = List.copyOf(actions);
  }

  /** One action of ALTER TYPE. */
  public sealed interface Action extends Node
      permits AddValue,
          RenameValue,
          AddAttribute,
          DropAttribute,
          AlterAttributeType,
          RenameAttribute,
          SetOptions,
          RenameTo,
          SetSchema,
          OwnerTo {}

  /**
   * {@code ADD VALUE [IF NOT EXISTS] 'value' [BEFORE|AFTER 'neighbor']}.
   *
   * @param neighbor the BEFORE/AFTER value, or null (the new value goes last)
   * @param after whether written AFTER
   */
  public record AddValue(
      boolean ifNotExists,
      Expr.StringLiteral value,
      Expr.StringLiteral neighbor,
      boolean after,
      int start,
      int end)
      implements Action {}

  /** {@code RENAME VALUE 'old' TO 'new'}. */
  public record RenameValue(
      Expr.StringLiteral value, Expr.StringLiteral newValue, int start, int end)
      implements Action {}

  /** {@code ADD ATTRIBUTE name type [COLLATE c] [CASCADE|RESTRICT]}. */
  public record AddAttribute(ColumnDef attribute, boolean cascade, int start, int end)
      implements Action {}

  /** {@code DROP ATTRIBUTE [IF EXISTS] name [CASCADE|RESTRICT]}. */
  public record DropAttribute(
      boolean ifExists, Identifier attribute, boolean cascade, int start, int end)
      implements Action {}

  /** {@code ALTER ATTRIBUTE name [SET DATA] TYPE type [COLLATE c] [CASCADE|RESTRICT]}. */
  public record AlterAttributeType(
      Identifier attribute,
      TypeName type,
      QualifiedName collation,
      boolean cascade,
      int start,
      int end)
      implements Action {}

  /** {@code RENAME ATTRIBUTE name TO new_name [CASCADE|RESTRICT]}. */
  public record RenameAttribute(
      Identifier attribute, Identifier newName, boolean cascade, int start, int end)
      implements Action {}

  /** {@code SET (property = value, …)} of a base type. */
  public record SetOptions(List<DefinitionElement> options, int start, int end) implements Action {
    public SetOptions {
      options = List.copyOf(options);
    }
  }
}
