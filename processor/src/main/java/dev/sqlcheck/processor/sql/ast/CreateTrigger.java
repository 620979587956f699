package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name BEFORE|AFTER|INSTEAD OF event [OR …] ON
 * table [FROM t] [attributes] [REFERENCING …] [FOR [EACH] ROW|STATEMENT] [WHEN (cond)] EXECUTE
 * FUNCTION|PROCEDURE f(args)}.
 *
 * @param timing {@code "before"}, {@code "after"} or {@code "instead of"}
 * @param events {@code insert}, {@code update}, {@code delete}, {@code truncate} in written order
 * @param updateColumns the columns of {@code UPDATE OF …}, else empty
 * @param fromTable the referenced table of a constraint trigger ({@code FROM t}), or null
 * @param forEachRow false for FOR EACH STATEMENT and when not written
 * @param arguments the function's arguments as PostgreSQL passes them (strings)
 */
public record CreateTrigger(
    boolean orReplace,
    boolean constraint,
    Identifier name,
    String timing,
    List<String> events,
    List<Identifier> updateColumns,
    QualifiedName table,
    QualifiedName fromTable,
    Constraint.Attributes attributes,
    List<Transition> transitions,
    boolean forEachRow,
    Expr when,
    QualifiedName function,
    List<String> arguments,
    int start,
    int end)
    implements Statement {
  public CreateTrigger {
    events = List.copyOf(events);
    updateColumns = List.copyOf(updateColumns);
    transitions = List.copyOf(transitions);
    arguments = List.copyOf(arguments);
  }

  /** {@code OLD|NEW TABLE|ROW [AS] name} of REFERENCING. */
  public record Transition(boolean isNew, boolean table, Identifier name, int start, int end)
      implements Node {}
}
