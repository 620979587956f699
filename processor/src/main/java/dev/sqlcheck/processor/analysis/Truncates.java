package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.ForeignKey;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.Truncate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TRUNCATE as PostgreSQL checks it when it runs: every name must be a table (a view or materialized
 * view is "not a table"), and, without CASCADE, no table may be emptied while a foreign key of a
 * table outside the statement references it ("cannot truncate a table referenced in a foreign key
 * constraint"). A table that references itself, or whose referencing tables are truncated in the
 * same statement, is fine. PostgreSQL cannot PREPARE a TRUNCATE, so these errors would otherwise
 * first show in production.
 */
final class Truncates {
  private final Analyzer a;
  private final QueryContext q;

  Truncates(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  void check(Truncate t, Level top) {
    List<RangeEntry> tables = new ArrayList<>();
    Set<String> emptied = new HashSet<>();
    for (TableRef.Relation r : t.tables()) {
      RangeEntry e = a.from.target(r, top, null);
      Relation rel = e.relation;
      if (rel == null) {
        continue;
      }
      if (rel.kind() != Relation.Kind.TABLE) {
        q.problems.add(
            new Problem(
                ProblemCode.NOT_UPDATABLE,
                "\"" + rel.name() + "\" is not a table",
                e.start,
                e.end,
                "TRUNCATE empties tables only; use DELETE on a view, or REFRESH MATERIALIZED VIEW",
                null));
        continue;
      }
      tables.add(e);
      emptied.add(rel.schema() + "." + rel.name());
    }
    if (t.cascade()) {
      return;
    }
    for (RangeEntry e : tables) {
      Relation rel = e.relation;
      for (ForeignKey k : q.catalog.referencing(rel.schema(), rel.name())) {
        if (!emptied.contains(k.schema() + "." + k.table())) {
          q.problems.add(referenced(e, rel, k));
          break; // PostgreSQL names the first one
        }
      }
    }
  }

  private static Problem referenced(RangeEntry e, Relation rel, ForeignKey k) {
    String referencing = "\"" + k.table() + "\"";
    String key = k.name() == null ? "the foreign key" : "foreign key \"" + k.name() + "\"";
    String note =
        k.definedAt() == null
            ? null
            : key + " of table " + referencing + " is declared at " + k.definedAt();
    return new Problem(
        ProblemCode.TRUNCATE_REFERENCED,
        "cannot truncate a table referenced in a foreign key constraint: table "
            + referencing
            + " references \""
            + rel.name()
            + "\"",
        e.start,
        e.end,
        "truncate table "
            + referencing
            + " in the same statement, or use TRUNCATE ... CASCADE (which also empties "
            + referencing
            + ")",
        note);
  }
}
