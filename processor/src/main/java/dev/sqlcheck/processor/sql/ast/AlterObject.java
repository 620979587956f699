package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * An ALTER that renames, moves or re-owns an object other than a relation, type or domain, or
 * changes a routine's options: {@code ALTER FUNCTION f(int) OWNER TO r}, {@code ALTER SCHEMA s
 * RENAME TO t}, {@code ALTER EXTENSION e SET SCHEMA s}, {@code ALTER TRIGGER tr ON t RENAME TO x},
 * {@code ALTER FUNCTION f() IMMUTABLE}.
 *
 * @param objectKind the kind in lower case ({@code function}, {@code procedure}, {@code routine},
 *     {@code aggregate}, {@code schema}, {@code extension}, {@code collation}, {@code conversion},
 *     {@code language}, {@code statistics}, {@code trigger}, {@code policy}, {@code rule}, {@code
 *     event trigger}, {@code publication}, {@code subscription}, {@code server}, {@code foreign
 *     data wrapper}, {@code text search …}, {@code tablespace}, {@code database})
 * @param name the object's name, or null when {@code routine} names it
 * @param routine the routine with its argument types (functions, procedures, aggregates), or null
 * @param table the table of a trigger, policy or rule, else null
 */
public record AlterObject(
    String objectKind,
    QualifiedName name,
    RoutineSignature routine,
    QualifiedName table,
    Action action,
    int start,
    int end)
    implements Statement {

  /** What the statement changes. */
  public sealed interface Action extends Node
      permits RenameTo, SetSchema, OwnerTo, RoutineOptions, DependsOnExtension {}

  /** ALTER FUNCTION/PROCEDURE/ROUTINE's options ({@code IMMUTABLE}, {@code SET x = y}, …). */
  public record RoutineOptions(List<FunctionOption> options, int start, int end) implements Action {
    public RoutineOptions {
      options = List.copyOf(options);
    }
  }

  /** {@code [NO] DEPENDS ON EXTENSION name}. */
  public record DependsOnExtension(boolean no, Identifier extension, int start, int end)
      implements Action {}
}
