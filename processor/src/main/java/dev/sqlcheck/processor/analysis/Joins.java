package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.Resolution;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.TableRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of a join, as PostgreSQL's {@code transformFromClauseItem} builds them: first the
 * columns merged by USING or NATURAL (typed by the common type of the two sides), then the left
 * input's other columns, then the right input's.
 */
final class Joins {
  private Joins() {}

  static void merge(
      Analyzer a,
      TableRef.Join j,
      List<String> using,
      RangeEntry left,
      RangeEntry right,
      RangeEntry.JoinBuilder builder,
      Level level) {
    QueryContext q = a.q;
    Set<Integer> leftMerged = new HashSet<>();
    Set<Integer> rightMerged = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (int u = 0; u < using.size(); u++) {
      String name = using.get(u);
      int[] at = position(j, u);
      if (!seen.add(name)) {
        q.problems.add(
            Problem.at(
                ProblemCode.DUPLICATE_NAME,
                "column name \"" + name + "\" appears more than once in USING clause",
                at[0],
                at[1]));
        continue;
      }
      int li = side(q, left, name, "left", at);
      int ri = li < 0 && left.columnsKnown ? -1 : side(q, right, name, "right", at);
      if (li < 0 || ri < 0) {
        continue;
      }
      leftMerged.add(li);
      rightMerged.add(ri);
      uses(q, left.columns.get(li));
      uses(q, right.columns.get(ri));
      Val lv = Val.typed(left.columns.get(li).type(), true);
      Val rv = Val.typed(right.columns.get(ri).type(), true);
      Resolution common = q.types.usingColumn(lv.arg(), rv.arg());
      SqlType type = SqlType.UNKNOWN;
      if (common.ok()) {
        type = common.type();
      } else {
        a.exprs.typeError(common.error(), at[0], at[1], lv, rv);
      }
      builder.merged(name, type, li, ri);
    }
    for (int i = 0; i < left.columns.size(); i++) {
      if (!leftMerged.contains(i)) {
        builder.fromLeft(i);
      }
    }
    for (int i = 0; i < right.columns.size(); i++) {
      if (!rightMerged.contains(i)) {
        builder.fromRight(i);
      }
    }
  }

  private static void uses(QueryContext q, RangeColumn c) {
    if (c.table() != null) {
      q.uses(c.table(), c.source());
    }
  }

  /** The column of a USING name on one side, or -1 after reporting (or warning). */
  private static int side(QueryContext q, RangeEntry e, String name, String which, int[] at) {
    List<Integer> found = e.find(name);
    if (found.size() > 1) {
      q.problems.add(
          Problem.at(
              ProblemCode.AMBIGUOUS_COLUMN,
              "common column name \"" + name + "\" appears more than once in " + which + " table",
              at[0],
              at[1]));
      return -1;
    }
    if (found.isEmpty()) {
      if (!e.columnsKnown) {
        if (e.unknownReason == null) {
          return -1;
        }
        q.problems.notChecked(
            "USING column \"" + name + "\" of " + e.describe() + " (" + e.unknownReason + ")");
      } else {
        q.problems.add(
            Problem.at(
                ProblemCode.UNKNOWN_COLUMN,
                "column \""
                    + name
                    + "\" specified in USING clause does not exist in "
                    + which
                    + " table",
                at[0],
                at[1]));
      }
      return -1;
    }
    return found.get(0);
  }

  private static int[] position(TableRef.Join j, int u) {
    if (u < j.using().size()) {
      Identifier id = j.using().get(u);
      return new int[] {id.start(), id.end()};
    }
    return new int[] {j.start(), j.end()};
  }

  static RangeEntry usingAliasEntry(String name, RangeEntry join, int count) {
    return RangeEntry.usingAlias(name, join, count);
  }
}
