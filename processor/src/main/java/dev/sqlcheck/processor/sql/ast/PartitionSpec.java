package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code PARTITION BY strategy (element, …)} of a partitioned table.
 *
 * @param strategy the strategy as written ({@code range}, {@code list} or {@code hash}; the grammar
 *     accepts any name, PostgreSQL rejects others afterwards)
 */
public record PartitionSpec(Identifier strategy, List<Element> elements, int start, int end)
    implements Node {
  public PartitionSpec {
    elements = List.copyOf(elements);
  }

  /**
   * A partition key column or expression with optional {@code COLLATE} and operator class.
   *
   * @param column the column, or null when {@code expr} is set
   * @param expr the expression, or null when {@code column} is set
   */
  public record Element(
      Identifier column,
      Expr expr,
      QualifiedName collation,
      QualifiedName opclass,
      int start,
      int end)
      implements Node {}
}
