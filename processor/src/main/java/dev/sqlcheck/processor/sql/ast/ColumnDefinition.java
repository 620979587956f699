package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A column of CREATE TABLE or of ALTER TABLE … ADD COLUMN: {@code name type [STORAGE s]
 * [COMPRESSION c] [OPTIONS (…)] [COLLATE c] [constraint …]}. In a typed table ({@code OF type}) or
 * a partition ({@code PARTITION OF parent}) a column only adds options to an inherited one: {@code
 * name [WITH OPTIONS] constraint …}, and {@code type} is null.
 *
 * <pre>{@code
 * id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
 *   -> ColumnDefinition(id, int8, constraints [Identity(always), PrimaryKey])
 * email text COLLATE "C" NOT NULL UNIQUE
 *   -> ColumnDefinition(email, text, collation "C", constraints [NotNull, Unique])
 * }</pre>
 *
 * <p>The constraints are kept in written order, as PostgreSQL's grammar produces them: the
 * attribute clauses ({@code DEFERRABLE}, {@code INITIALLY DEFERRED}, …) are separate {@link
 * Constraint.Attribute} entries that apply to the constraint before them, and a column may name
 * both {@code NULL} and {@code NOT NULL} (PostgreSQL rejects that later, not in its grammar).
 *
 * @param type the declared type, or null for a column of a typed table or partition
 * @param withOptions whether {@code WITH OPTIONS} was written (typed tables and partitions)
 * @param storage the {@code STORAGE} mode (PostgreSQL 16), or null
 * @param compression the {@code COMPRESSION} method, or null
 * @param options the names of the {@code OPTIONS (name 'value', …)} of a foreign-table column
 * @param collation the {@code COLLATE} name, or null
 */
public record ColumnDefinition(
    Identifier name,
    TypeName type,
    boolean withOptions,
    Identifier storage,
    Identifier compression,
    List<Identifier> options,
    QualifiedName collation,
    List<Constraint> constraints,
    int start,
    int end)
    implements TableElement {
  public ColumnDefinition {
    options = List.copyOf(options);
    constraints = List.copyOf(constraints);
  }

  /** The first constraint of the given kind, or null. */
  public <T extends Constraint> T constraint(Class<T> kind) {
    for (Constraint c : constraints) {
      if (kind.isInstance(c)) {
        return kind.cast(c);
      }
    }
    return null;
  }
}
