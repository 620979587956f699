package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * An operator: a symbol such as {@code +}, {@code <>}, {@code @>}, {@code ?|}, or the explicit form
 * {@code OPERATOR(schema.op)}. {@code !=} is recorded as {@code <>}, as PostgreSQL does.
 *
 * @param schema the qualifying names of {@code OPERATOR(a.b.+)} (empty for a bare symbol)
 * @param symbol the operator symbol
 * @param explicit whether written with {@code OPERATOR(…)}
 */
public record OperatorName(
    List<Identifier> schema, String symbol, boolean explicit, int start, int end) implements Node {
  public OperatorName {
    schema = List.copyOf(schema);
  }

  /** A bare symbol. */
  public static OperatorName of(String symbol, int start, int end) {
    return new OperatorName(List.of(), symbol, false, start, end);
  }
}
