package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * Columns a WHERE clause proves non-null in every row it keeps. A row survives WHERE only when the
 * condition is true, so each top-level AND term that is NULL for a NULL column removes the rows
 * where that column is NULL: {@code x IS NOT NULL}, comparisons ({@code =}, {@code <>}, {@code <},
 * …), LIKE, IN, BETWEEN, and a bare boolean column. OR, NOT and {@code IS DISTINCT FROM} prove
 * nothing. Narrowing this way lets {@code WHERE age IS NOT NULL} map {@code age} to an {@code int},
 * as PostgreSQL guarantees.
 */
final class NotNullFilter {
  private NotNullFilter() {}

  /** The column references the condition proves non-null, in source order. */
  static List<Column> provenColumns(Expression where) {
    List<Column> out = new ArrayList<>();
    collect(where, out);
    return out;
  }

  private static void collect(Expression e, List<Column> out) {
    if (e == null) {
      return;
    }
    if (e instanceof AndExpression and) {
      collect(and.getLeftExpression(), out);
      collect(and.getRightExpression(), out);
    } else if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
      collect(p.get(0), out);
    } else if (e instanceof IsNullExpression isNull) {
      if (isNull.isNot() || isNull.isUseNotNull()) {
        add(isNull.getLeftExpression(), out);
      }
    } else if (isNullPropagatingComparison(e)) {
      BinaryExpression b = (BinaryExpression) e;
      add(b.getLeftExpression(), out);
      add(b.getRightExpression(), out);
    } else if (e instanceof InExpression in) {
      add(in.getLeftExpression(), out);
    } else if (e instanceof Between between) {
      add(between.getLeftExpression(), out);
    } else if (e instanceof Column c) {
      out.add(c);
    }
  }

  private static boolean isNullPropagatingComparison(Expression e) {
    return e instanceof EqualsTo
        || e instanceof NotEqualsTo
        || e instanceof GreaterThan
        || e instanceof GreaterThanEquals
        || e instanceof MinorThan
        || e instanceof MinorThanEquals
        || e instanceof LikeExpression;
  }

  private static void add(Expression e, List<Column> out) {
    if (e instanceof Column c) {
      out.add(c);
    }
  }

  /**
   * Marks the proven columns non-null in the FROM items of {@code scope} (this query level only: a
   * reference that resolves to an enclosing level is left alone), in the columns merged by USING or
   * NATURAL, and in what {@code *} expands to.
   */
  static void narrow(Expression where, Scope scope) {
    for (Column c : provenColumns(where)) {
      String name = PgIdentifiers.fold(c.getColumnName());
      if (c.getTable() != null && c.getTable().getName() != null) {
        Optional<ScopeRelation> r =
            scope.relation(
                PgIdentifiers.fold(c.getTable().getName()),
                PgIdentifiers.fold(c.getTable().getSchemaName()));
        if (r.isPresent() && r.get().column(name).isPresent()) {
          r.get().proveNotNull(name);
          narrowStar(scope, name);
        }
        continue;
      }
      ScopeColumn merged = scope.merged.get(name);
      if (merged != null) {
        scope.merged.put(name, new ScopeColumn(name, merged.type(), false));
        narrowStar(scope, name);
        continue;
      }
      List<ScopeRelation> having =
          scope.relations.stream().filter(r -> r.column(name).isPresent()).toList();
      if (having.size() == 1) {
        having.get(0).proveNotNull(name);
        narrowStar(scope, name);
      }
    }
  }

  /** Narrows the one column of that name in the {@code *} expansion; two of them stay as is. */
  private static void narrowStar(Scope scope, String name) {
    if (scope.star == null) {
      return;
    }
    int found = -1;
    for (int i = 0; i < scope.star.size(); i++) {
      if (scope.star.get(i).name().equals(name)) {
        if (found >= 0) {
          return;
        }
        found = i;
      }
    }
    if (found >= 0) {
      ScopeColumn c = scope.star.get(found);
      scope.star.set(found, new ScopeColumn(name, c.type(), false));
    }
  }
}
