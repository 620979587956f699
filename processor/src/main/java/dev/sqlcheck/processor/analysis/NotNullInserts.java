package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.ColumnTarget;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Insert;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.Values;
import java.util.List;

/**
 * An INSERT that leaves a NOT NULL column without a default out, or gives it {@code NULL} or {@code
 * DEFAULT} in VALUES: PostgreSQL prepares it, and every run fails with {@code null value in column
 * "x" of relation "t" violates not-null constraint}. A migration that makes a column NOT NULL
 * without a default, after the code's INSERTs were written, is the usual cause.
 *
 * <p>Judged only for a table the schema made with a plain CREATE TABLE, whose INSERTs no trigger or
 * rule may fill in or replace (see {@code Catalog#insertsJudged}), and for {@code VALUES} and
 * {@code DEFAULT VALUES}, which always insert a row ({@code INSERT … SELECT} fails only when its
 * query returns one).
 */
final class NotNullInserts {
  private NotNullInserts() {}

  static void check(QueryContext q, Insert i, RangeEntry target, Values values) {
    Relation table = target.relation;
    if (table == null
        || table.kind() != Relation.Kind.TABLE
        || !table.columnsKnown()
        || !q.catalog.insertsJudged(table)) {
      return;
    }
    List<String> given = given(i, table, values);
    if (given == null) {
      return;
    }
    for (Column c : table.columns()) {
      if (!c.notNull() || c.hasDefault() || c.generated() != Column.Generated.NONE) {
        continue;
      }
      int at = given.indexOf(c.name());
      if (at < 0) {
        report(q, c, table, i.table(), "the INSERT gives no value for it");
      } else if (values != null) {
        for (List<Expr> row : values.rows()) {
          Expr e = at < row.size() ? row.get(at) : null;
          if (e instanceof Expr.NullLiteral || e instanceof Expr.Default) {
            report(
                q, c, table, e, e instanceof Expr.Default ? "it has no default" : "NULL is given");
          }
        }
      }
    }
  }

  /** The columns the INSERT gives values for, in order; null when that cannot be told. */
  private static List<String> given(Insert i, Relation table, Values values) {
    if (i.source() == null) {
      return List.of(); // DEFAULT VALUES
    }
    if (values == null || values.rows().isEmpty()) {
      return null; // INSERT … SELECT: it fails only when its query returns a row
    }
    if (!i.columns().isEmpty()) {
      List<String> names =
          i.columns().stream().map(ColumnTarget::column).map(id -> id.name()).toList();
      // a column that does not exist is the error to report, as PostgreSQL does first
      return names.stream().allMatch(n -> table.column(n).isPresent()) ? names : null;
    }
    int width = values.rows().get(0).size();
    return table.columns().stream().limit(width).map(Column::name).toList();
  }

  private static void report(QueryContext q, Column c, Relation table, Node at, String why) {
    q.problems.add(
        new Problem(
            ProblemCode.NOT_NULL_VIOLATION,
            "null value in column \""
                + c.name()
                + "\" of relation \""
                + table.name()
                + "\" violates not-null constraint",
            at.start(),
            at.end(),
            "\"" + c.name() + "\" is NOT NULL without a default, and " + why,
            null));
  }
}
