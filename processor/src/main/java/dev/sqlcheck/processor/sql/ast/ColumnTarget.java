package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A column being assigned: in an INSERT column list or an UPDATE SET, {@code col}, {@code col[i]}
 * or {@code col.field…}.
 *
 * @param indirection subscripts and field names after the column, in order (empty for a plain
 *     column)
 */
public record ColumnTarget(Identifier column, List<Expr.Step> indirection, int start, int end)
    implements Node {
  public ColumnTarget {
    indirection = List.copyOf(indirection);
  }
}
