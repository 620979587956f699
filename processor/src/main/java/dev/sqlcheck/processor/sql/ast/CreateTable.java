package dev.sqlcheck.processor.sql.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE [GLOBAL|LOCAL] [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name …} in its three forms
 * (CREATE TABLE … AS is {@link CreateTableAs}):
 *
 * <pre>{@code
 * CREATE TABLE t (id int PRIMARY KEY, LIKE s, CHECK (id > 0)) INHERITS (p) PARTITION BY RANGE (id)
 *   -> elements [ColumnDefinition id, TableLike s, Check], inherits [p], partitionBy RANGE (id)
 * CREATE TABLE t OF mood_row (PRIMARY KEY (id))        -> ofType mood_row
 * CREATE TABLE t PARTITION OF p FOR VALUES IN (1, 2)   -> partitionOf p, bound LIST [1, 2]
 * }</pre>
 *
 * @param persistence {@code "temp"}, {@code "unlogged"} or {@code "permanent"}
 * @param elements the columns, table constraints and LIKE clauses in written order
 * @param ofType the composite type of a typed table ({@code OF type}), or null
 * @param partitionOf the parent of a partition ({@code PARTITION OF parent}), or null
 * @param bound the partition bound, set exactly when {@code partitionOf} is
 * @param inherits the parents of {@code INHERITS (…)}, else empty
 * @param partitionBy the {@code PARTITION BY} clause, or null
 * @param accessMethod the {@code USING method}, or null
 * @param options the names of the {@code WITH (…)} storage parameters
 * @param onCommit {@code "drop"}, {@code "delete rows"} or {@code "preserve rows"}, or null
 * @param tablespace the {@code TABLESPACE} name, or null
 */
public record CreateTable(
    String persistence,
    boolean ifNotExists,
    QualifiedName name,
    List<TableElement> elements,
    QualifiedName ofType,
    QualifiedName partitionOf,
    PartitionBound bound,
    List<QualifiedName> inherits,
    PartitionSpec partitionBy,
    Identifier accessMethod,
    List<Identifier> options,
    String onCommit,
    Identifier tablespace,
    int start,
    int end)
    implements Statement {
  public CreateTable {
    elements = List.copyOf(elements);
    inherits = List.copyOf(inherits);
    options = List.copyOf(options);
  }

  /** The column definitions among the elements, in order. */
  public List<ColumnDefinition> columns() {
    List<ColumnDefinition> out = new ArrayList<>();
    for (TableElement e : elements) {
      if (e instanceof ColumnDefinition c) {
        out.add(c);
      }
    }
    return out;
  }

  /** The table constraints among the elements, in order. */
  public List<Constraint> constraints() {
    List<Constraint> out = new ArrayList<>(); // loops, not streams: no lambda bootstrap in javac
    for (TableElement e : elements) {
      if (e instanceof Constraint c) {
        out.add(c);
      }
    }
    return out;
  }
}
