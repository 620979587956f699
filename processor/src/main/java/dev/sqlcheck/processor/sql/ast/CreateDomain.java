package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code CREATE DOMAIN name [AS] type [COLLATE c] [DEFAULT expr] [constraint …]}. The constraints
 * are column constraints ({@link Constraint.NotNull}, {@link Constraint.Null}, {@link
 * Constraint.Check}, {@link Constraint.Default}; PostgreSQL's grammar accepts the others and
 * rejects them afterwards).
 *
 * @param collation the {@code COLLATE} name, or null
 */
public record CreateDomain(
    QualifiedName name,
    TypeName type,
    QualifiedName collation,
    List<Constraint> constraints,
    int start,
    int end)
    implements Statement {
  public CreateDomain {
    constraints = List.copyOf(constraints);
  }
}
