package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code GROUP BY [ALL|DISTINCT] item, …}; each item is an expression or a {@link GroupingSet}.
 *
 * @param distinct whether {@code GROUP BY DISTINCT} (PostgreSQL 14+) was written
 */
public record GroupBy(boolean distinct, List<GroupingElement> items, int start, int end)
    implements Node {
  public GroupBy {
    items = List.copyOf(items);
  }
}
