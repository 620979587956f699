package dev.sqlcheck.processor.sql.ast;

/**
 * ALTER DOMAIN with one action: {@code SET DEFAULT expr}, {@code DROP DEFAULT}, {@code SET|DROP NOT
 * NULL}, {@code ADD constraint [NOT VALID]}, {@code DROP CONSTRAINT}, {@code VALIDATE CONSTRAINT},
 * {@code RENAME CONSTRAINT}, {@code RENAME TO}, {@code SET SCHEMA}, {@code OWNER TO}. The
 * constraint actions share their records with {@link AlterTable}.
 */
public record AlterDomain(QualifiedName name, Action action, int start, int end)
    implements Statement {

  /** The action of ALTER DOMAIN. */
  public sealed interface Action extends Node
      permits SetDefault,
          SetNotNull,
          AlterTable.AddConstraint,
          AlterTable.DropConstraint,
          AlterTable.ValidateConstraint,
          AlterTable.RenameConstraint,
          RenameTo,
          SetSchema,
          OwnerTo {}

  /**
   * {@code SET DEFAULT expr} or {@code DROP DEFAULT}.
   *
   * @param expr the new default, or null for DROP DEFAULT
   */
  public record SetDefault(Expr expr, int start, int end) implements Action {}

  /** {@code SET NOT NULL} ({@code notNull}) or {@code DROP NOT NULL}. */
  public record SetNotNull(boolean notNull, int start, int end) implements Action {}
}
