package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.UniqueKeys;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.OnConflict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** SQLCHECK-217: an {@code ON CONFLICT (columns)} target that no unique index matches. */
final class ConflictTargets {
  private ConflictTargets() {}

  /**
   * {@code ON CONFLICT (columns)} needs a unique index or constraint on exactly those columns,
   * which PostgreSQL looks for when it plans the statement (so PREPARE passes, and every run
   * fails). Judged only when the schema made every unique index of the table in statements sqlcheck
   * read, and none of them is partial on those columns. An index on an expression never matches a
   * target of plain columns.
   */
  static void check(QueryContext q, OnConflict c, RangeEntry target) {
    Set<String> columns = new HashSet<>();
    for (OnConflict.IndexElem e : c.target()) {
      if (e.column() == null
          || e.collation() != null
          || e.opclass() != null
          || !target.columnsKnown
          || target.find(e.column().name()).isEmpty()) {
        return; // a missing column is reported as such, as PostgreSQL's PREPARE does first
      }
      columns.add(e.column().name());
    }
    if (columns.contains("expr")) {
      return; // the load names an index expression "expr": such a column is not told apart
    }
    q.catalog
        .uniqueKeys(target.relation)
        .filter(k -> !k.exact().contains(columns) && !k.inexact().contains(columns))
        .ifPresent(
            k ->
                q.problems.add(
                    new Problem(
                        ProblemCode.NO_CONFLICT_ARBITER,
                        "there is no unique or exclusion constraint matching the ON CONFLICT"
                            + " specification",
                        c.target().get(0).start(),
                        c.target().get(c.target().size() - 1).end(),
                        keysHint(target.relation.name(), k),
                        null)));
  }

  private static String keysHint(String table, UniqueKeys keys) {
    if (keys.exact().isEmpty()) {
      return "table \"" + table + "\" has no unique index or constraint";
    }
    List<String> shown = new ArrayList<>();
    for (Set<String> set : keys.exact()) {
      shown.add("(" + String.join(", ", new TreeSet<>(set)) + ")");
    }
    return "the unique keys of \"" + table + "\" are " + String.join(", ", shown);
  }
}
