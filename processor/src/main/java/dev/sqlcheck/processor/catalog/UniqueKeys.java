package dev.sqlcheck.processor.catalog;

import java.util.List;
import java.util.Set;

/**
 * The unique indexes of a table (its primary key, UNIQUE constraints and unique indexes) as the
 * column sets an {@code ON CONFLICT (columns)} target is matched against: {@code exact} for those
 * on plain columns, {@code inexact} for partial or expression indexes, which a target may match
 * depending on its WHERE or expressions.
 */
public record UniqueKeys(List<Set<String>> exact, List<Set<String>> inexact) {
  public UniqueKeys {
    exact = List.copyOf(exact);
    inexact = List.copyOf(inexact);
  }
}
