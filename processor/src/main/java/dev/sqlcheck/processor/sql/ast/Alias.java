package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A correlation name after a FROM item: {@code AS x}, {@code x}, {@code x(a, b)}.
 *
 * @param name the alias
 * @param columns the column aliases in parentheses (empty when none)
 * @param explicitAs whether the key word {@code AS} was written
 */
public record Alias(
    Identifier name, List<Identifier> columns, boolean explicitAs, int start, int end)
    implements Node {
  public Alias {
    columns = List.copyOf(columns);
  }
}
