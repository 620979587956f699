package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * The bound of a partition: {@code FOR VALUES IN (…)}, {@code FOR VALUES FROM (…) TO (…)}, {@code
 * FOR VALUES WITH (MODULUS m, REMAINDER r)} or {@code DEFAULT}. {@code MINVALUE} and {@code
 * MAXVALUE} in a range bound are column references, as in PostgreSQL's raw tree.
 *
 * @param values the list of {@code IN (…)}, else empty
 * @param from the lower bound of a range, else empty
 * @param to the upper bound of a range, else empty
 * @param modulus the hash modulus, else -1
 * @param remainder the hash remainder, else -1
 */
public record PartitionBound(
    Kind kind,
    List<Expr> values,
    List<Expr> from,
    List<Expr> to,
    int modulus,
    int remainder,
    int start,
    int end)
    implements Node {
  public PartitionBound {
    values = List.copyOf(values);
    from = List.copyOf(from);
    to = List.copyOf(to);
  }

  /** The kinds of bound. */
  public enum Kind {
    LIST,
    RANGE,
    HASH,
    DEFAULT
  }
}
