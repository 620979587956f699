package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A constraint, written after a column ({@code NOT NULL}, {@code DEFAULT 0}, {@code REFERENCES t},
 * in CREATE TABLE, ADD COLUMN and CREATE DOMAIN) or as a table constraint ({@code PRIMARY KEY (a,
 * b)}, {@code FOREIGN KEY (a) REFERENCES t (b)}, in CREATE TABLE, ALTER TABLE … ADD and ALTER
 * DOMAIN … ADD). A column constraint has no column list; a table constraint does.
 *
 * <pre>{@code
 * CONSTRAINT pk PRIMARY KEY (id) INCLUDE (v)  -> PrimaryKey(name pk, columns [id], include [v])
 * owner_id int REFERENCES owners ON DELETE CASCADE
 *     -> ForeignKey(columns [], table owners, onDelete CASCADE)
 * }</pre>
 */
public sealed interface Constraint extends TableElement
    permits Constraint.NotNull,
        Constraint.Null,
        Constraint.Default,
        Constraint.Check,
        Constraint.PrimaryKey,
        Constraint.Unique,
        Constraint.ForeignKey,
        Constraint.Exclude,
        Constraint.Generated,
        Constraint.Identity,
        Constraint.Attribute {

  /** The name given with {@code CONSTRAINT name}, or null. */
  Identifier name();

  /**
   * The attribute clauses of a table constraint ({@code ConstraintAttributeSpec}), in any order
   * after it: {@code [NOT] DEFERRABLE}, {@code INITIALLY DEFERRED|IMMEDIATE}, {@code NOT VALID},
   * {@code NO INHERIT}, {@code [NOT] ENFORCED} (PostgreSQL 18).
   *
   * @param deferrable true for DEFERRABLE, false for NOT DEFERRABLE, null if not written
   * @param initiallyDeferred true for INITIALLY DEFERRED, false for INITIALLY IMMEDIATE, null if
   *     not written
   * @param enforced true for ENFORCED, false for NOT ENFORCED, null if not written
   */
  record Attributes(
      Boolean deferrable,
      Boolean initiallyDeferred,
      boolean notValid,
      boolean noInherit,
      Boolean enforced) {
    /** No attribute written. */
    public static final Attributes NONE = new Attributes(null, null, false, false, null);
  }

  /**
   * {@code NOT NULL} after a column, or (PostgreSQL 18) the table constraint {@code NOT NULL
   * column}.
   *
   * @param column the column of the table form, or null after a column
   */
  record NotNull(Identifier name, Identifier column, Attributes attributes, int start, int end)
      implements Constraint {}

  /** {@code NULL} after a column: the column may be null (the default). */
  record Null(Identifier name, int start, int end) implements Constraint {}

  /** {@code DEFAULT expr} after a column ({@code b_expr}, so {@code DEFAULT 1 NOT NULL} splits). */
  record Default(Identifier name, Expr expr, int start, int end) implements Constraint {}

  /** {@code CHECK (expr)} with {@code NO INHERIT}, {@code NOT VALID} and so on. */
  record Check(Identifier name, Expr expr, Attributes attributes, int start, int end)
      implements Constraint {}

  /**
   * {@code PRIMARY KEY}: after a column, or {@code PRIMARY KEY (cols) [INCLUDE (cols)] [WITH (…)]
   * [USING INDEX TABLESPACE t]}, or {@code PRIMARY KEY USING INDEX index} in ALTER TABLE.
   *
   * @param columns the key columns (empty after a column or with USING INDEX)
   * @param withoutOverlaps whether the last column is {@code WITHOUT OVERLAPS} (PostgreSQL 18)
   * @param usingIndex the existing index of {@code USING INDEX name}, or null
   * @param options the names of the index's {@code WITH (…)} storage parameters
   * @param tablespace the {@code USING INDEX TABLESPACE} name, or null
   */
  record PrimaryKey(
      Identifier name,
      List<Identifier> columns,
      boolean withoutOverlaps,
      List<Identifier> include,
      Identifier usingIndex,
      List<Identifier> options,
      Identifier tablespace,
      Attributes attributes,
      int start,
      int end)
      implements Constraint {
    public PrimaryKey {
      columns = List.copyOf(columns);
      include = List.copyOf(include);
      options = List.copyOf(options);
    }
  }

  /**
   * {@code UNIQUE [NULLS [NOT] DISTINCT]}, shaped like {@link PrimaryKey}.
   *
   * @param nullsNotDistinct whether {@code NULLS NOT DISTINCT} was written (PostgreSQL 15)
   */
  record Unique(
      Identifier name,
      boolean nullsNotDistinct,
      List<Identifier> columns,
      boolean withoutOverlaps,
      List<Identifier> include,
      Identifier usingIndex,
      List<Identifier> options,
      Identifier tablespace,
      Attributes attributes,
      int start,
      int end)
      implements Constraint {
    public Unique {
      columns = List.copyOf(columns);
      include = List.copyOf(include);
      options = List.copyOf(options);
    }
  }

  /**
   * {@code REFERENCES table [(cols)] [MATCH …] [ON DELETE …] [ON UPDATE …]} after a column, or
   * {@code FOREIGN KEY (cols) REFERENCES …} as a table constraint.
   *
   * @param columns the referencing columns (empty after a column)
   * @param period whether the last referencing column is {@code PERIOD} (PostgreSQL 18)
   * @param referencedColumns the referenced columns (empty: the primary key of {@code table})
   * @param referencedPeriod whether the last referenced column is {@code PERIOD}
   * @param match {@code "full"}, {@code "partial"}, {@code "simple"}, or null if not written
   * @param onDelete the ON DELETE action ({@link Action#NONE} if not written)
   * @param onUpdate the ON UPDATE action ({@link Action#NONE} if not written)
   */
  record ForeignKey(
      Identifier name,
      List<Identifier> columns,
      boolean period,
      QualifiedName table,
      List<Identifier> referencedColumns,
      boolean referencedPeriod,
      String match,
      Action onDelete,
      Action onUpdate,
      Attributes attributes,
      int start,
      int end)
      implements Constraint {
    public ForeignKey {
      columns = List.copyOf(columns);
      referencedColumns = List.copyOf(referencedColumns);
    }
  }

  /**
   * A referential action.
   *
   * @param kind what happens to referencing rows
   * @param columns the columns of {@code SET NULL (cols)} / {@code SET DEFAULT (cols)} (PostgreSQL
   *     15), else empty
   */
  record Action(ActionKind kind, List<Identifier> columns) {
    /** No action written: {@code NO ACTION}. */
    public static final Action NONE = new Action(ActionKind.NO_ACTION, List.of());

    public Action {
      columns = List.copyOf(columns);
    }
  }

  /** The referential actions. */
  enum ActionKind {
    NO_ACTION,
    RESTRICT,
    CASCADE,
    SET_NULL,
    SET_DEFAULT
  }

  /**
   * {@code EXCLUDE [USING method] (element WITH operator, …) [INCLUDE (…)] [WITH (…)] [USING INDEX
   * TABLESPACE t] [WHERE (predicate)]}.
   *
   * @param method the index method, or null for the default
   * @param where the predicate of a partial constraint, or null
   */
  record Exclude(
      Identifier name,
      Identifier method,
      List<ExclusionElement> elements,
      List<Identifier> include,
      List<Identifier> options,
      Identifier tablespace,
      Expr where,
      Attributes attributes,
      int start,
      int end)
      implements Constraint {
    public Exclude {
      elements = List.copyOf(elements);
      include = List.copyOf(include);
      options = List.copyOf(options);
    }
  }

  /** {@code element WITH operator} or {@code element WITH OPERATOR(schema.op)} of EXCLUDE. */
  record ExclusionElement(IndexElement element, OperatorName operator, int start, int end)
      implements Node {}

  /**
   * {@code GENERATED ALWAYS AS (expr) [STORED|VIRTUAL]}: a generated column. STORED is required up
   * to PostgreSQL 17; from 18 the default is VIRTUAL.
   *
   * @param virtual false for a stored column
   */
  record Generated(Identifier name, Expr expr, boolean virtual, int start, int end)
      implements Constraint {}

  /**
   * {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY [(sequence options)]}.
   *
   * @param always false for {@code BY DEFAULT}
   */
  record Identity(Identifier name, boolean always, List<SequenceOption> options, int start, int end)
      implements Constraint {
    public Identity {
      options = List.copyOf(options);
    }
  }

  /**
   * An attribute clause written after a column constraint, which PostgreSQL attaches to the
   * constraint before it: {@code DEFERRABLE}, {@code NOT DEFERRABLE}, {@code INITIALLY DEFERRED},
   * {@code INITIALLY IMMEDIATE}, {@code ENFORCED}, {@code NOT ENFORCED} (the last two PostgreSQL
   * 18). It has no name.
   *
   * @param clause the clause in lower case, words separated by one space
   */
  record Attribute(String clause, int start, int end) implements Constraint {
    @Override
    public Identifier name() {
      return null;
    }
  }
}
