package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE POLICY name ON table [AS PERMISSIVE|RESTRICTIVE] [FOR command] [TO roles] [USING
 * (expr)] [WITH CHECK (expr)]}.
 *
 * @param command {@code all}, {@code select}, {@code insert}, {@code update} or {@code delete}
 * @param roles the roles of {@code TO}, empty when not written (then PUBLIC)
 */
public record CreatePolicy(
    Identifier name,
    QualifiedName table,
    boolean permissive,
    String command,
    List<Identifier> roles,
    Expr using,
    Expr withCheck,
    int start,
    int end)
    implements Statement {
  public CreatePolicy {
    roles = List.copyOf(roles);
  }
}
