package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.CommonContext;
import dev.sqlcheck.processor.dialect.postgres.types.Resolution;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.QueryExpr;
import dev.sqlcheck.processor.sql.ast.Select;
import dev.sqlcheck.processor.sql.ast.SelectItem;
import dev.sqlcheck.processor.sql.ast.SetOperation;
import dev.sqlcheck.processor.sql.ast.SortItem;
import dev.sqlcheck.processor.sql.ast.TableQuery;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries as PostgreSQL's {@code transformSelectStmt} and {@code transformSetOperationStmt} analyse
 * them: WITH, then FROM, WHERE (which narrows nullability), the select list, GROUP BY, HAVING,
 * ORDER BY, DISTINCT ON, the grouping rules, LIMIT/OFFSET and FOR UPDATE; VALUES lists; set
 * operations with their common column types and their restricted ORDER BY.
 */
final class Queries {
  private final Analyzer a;
  private final QueryContext q;

  private final LimitAndLocking tail;

  Queries(Analyzer a) {
    this.a = a;
    this.q = a.q;
    this.tail = new LimitAndLocking(a);
  }

  /** A query nested in {@code parent}: a subquery in FROM or an expression, a CTE, a branch. */
  QueryShape subquery(Query query, Level parent) {
    QueryShape shape = query(query, parent.child());
    q.shape(query, shape);
    return shape;
  }

  /** A query analysed at {@code level}, which it owns. */
  QueryShape query(Query query, Level level) {
    if (query.with() != null) {
      a.ctes.with(query.with(), level);
    }
    QueryExpr body = query.body();
    QueryShape shape;
    if (body instanceof Select s) {
      shape = select(s, query.orderBy(), level);
    } else if (body instanceof SetOperation op) {
      shape = setOperation(op, level);
      setOperationOrderBy(query.orderBy(), shape, level);
    } else if (body instanceof Values v) {
      shape = values(v, level);
      valuesOrderBy(query.orderBy(), shape, v, level);
    } else {
      shape = table((TableQuery) body, query.orderBy(), level);
    }
    if (query.limit() != null) {
      tail.limit(query.limit(), level);
      shape = shape.anyRows();
    }
    tail.locking(query, level);
    return shape;
  }

  // ---- SELECT ---------------------------------------------------------------------------

  private QueryShape select(Select s, List<SortItem> orderBy, Level level) {
    if (s.into() != null) {
      q.problems.notChecked("SELECT … INTO, which creates a table");
    }
    a.from.addAll(s.from(), level);
    if (s.where() != null) {
      level.in(Clause.WHERE, () -> a.exprs.condition(s.where(), "WHERE", level));
      a.notNull.prove(s.where(), level);
    }
    a.windows.clause(s.windows(), level);
    level.groupsHaveRows =
        s.groupBy() != null
            && !s.groupBy().items().isEmpty()
            && !SortGroup.hasGroupingSets(s.groupBy());
    TargetList.Result targets =
        level.in(Clause.SELECT_LIST, () -> a.targets.transform(s.items(), level));
    level.outputs = targets.outputs();
    level.outputsKnown = targets.known();
    if (s.having() != null) {
      level.in(Clause.HAVING, () -> a.exprs.condition(s.having(), "HAVING", level));
    }
    int before = q.problems.errorCount();
    List<Grouping.Key> keys =
        s.groupBy() == null ? List.of() : a.sortGroup.groupBy(s.groupBy(), level);
    boolean groupByResolved = q.problems.errorCount() == before;
    List<SortGroup.Target> sorts =
        a.sortGroup.orderBy(orderBy, level, s.distinct() && s.distinctOn().isEmpty());
    List<SortGroup.Target> distinctOn =
        s.distinctOn().isEmpty() ? List.of() : a.sortGroup.distinctOn(s.distinctOn(), level, sorts);
    if (groupByResolved && (level.hasAggregates || s.groupBy() != null || s.having() != null)) {
      List<Node> used = new ArrayList<>();
      for (Level.Output o : targets.outputs()) {
        if (o.expr() != null) {
          used.add(o.expr());
        }
      }
      if (s.having() != null) {
        used.add(s.having());
      }
      for (SortGroup.Target t : sorts) {
        if (t.expr() != null) {
          used.add(t.expr());
        }
      }
      for (SortGroup.Target t : distinctOn) {
        if (t.expr() != null) {
          used.add(t.expr());
        }
      }
      a.grouping.check(level, keys, used, targets.stars());
    }
    List<Level.Output> outputs =
        sortedLiterals(targets.outputs(), s.distinct(), sorts, distinctOn, keys);
    if (SortGroup.hasGroupingSets(s.groupBy())) {
      outputs = groupingSetsNullable(outputs);
    }
    // An aggregate query without GROUP BY or HAVING, or a SELECT without FROM or WHERE, returns
    // exactly one row, unless a set-returning function in it makes more or none.
    boolean oneRow =
        s.groupBy() == null
            && s.having() == null
            && !level.hasSetReturning
            && (level.hasAggregates || s.from().isEmpty() && s.where() == null);
    return new QueryShape(outputs, targets.known(), targets.reason(), oneRow);
  }

  /**
   * An untyped literal in the select list that is sorted or grouped (ORDER BY, DISTINCT, GROUP BY)
   * becomes {@code text} there, as PostgreSQL needs a type to sort by; otherwise it stays untyped
   * for whatever consumes the query (INSERT … SELECT takes it as the column's type).
   */
  private static List<Level.Output> sortedLiterals(
      List<Level.Output> outputs,
      boolean distinct,
      List<SortGroup.Target> sorts,
      List<SortGroup.Target> distinctOn,
      List<Grouping.Key> keys) {
    java.util.Set<Level.Output> sorted =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    sorts.forEach(t -> sorted.add(t.output()));
    distinctOn.forEach(t -> sorted.add(t.output()));
    List<Level.Output> out = new ArrayList<>();
    for (Level.Output o : outputs) {
      boolean grouped = keys.stream().anyMatch(k -> k.expr() != null && k.expr() == o.expr());
      if (o.value().kind() == Val.Kind.LITERAL && (distinct || sorted.contains(o) || grouped)) {
        out.add(
            new Level.Output(
                o.label(),
                Val.typed(SqlType.of("text"), o.value().nullable()),
                o.expr(),
                o.column()));
      } else {
        out.add(o);
      }
    }
    return out;
  }

  /** Under ROLLUP, CUBE and GROUPING SETS, a grouped column is NULL in the rows it rolls up. */
  private List<Level.Output> groupingSetsNullable(List<Level.Output> outputs) {
    List<Level.Output> out = new ArrayList<>();
    for (Level.Output o : outputs) {
      boolean aggregate =
          o.expr() instanceof Expr.FuncCall f && q.aggregateOwner(f) != null
              || o.expr() instanceof Expr.Grouping;
      out.add(
          aggregate
              ? o
              : new Level.Output(o.label(), o.value().withNullable(true), o.expr(), o.column()));
    }
    return out;
  }

  private QueryShape table(TableQuery t, List<SortItem> orderBy, Level level) {
    Select select =
        new Select(
            false,
            List.of(),
            List.of(
                new SelectItem(
                    new Expr.ColumnRef(List.of(), true, t.start(), t.start()),
                    null,
                    false,
                    t.start(),
                    t.start())),
            null,
            List.<TableRef>of(t.relation()),
            null,
            null,
            null,
            List.of(),
            t.start(),
            t.end());
    return select(select, orderBy, level);
  }

  // ---- VALUES ---------------------------------------------------------------------------

  /** A VALUES list as a query: columns {@code column1…}, typed by each column's common type. */
  QueryShape values(Values v, Level level) {
    List<List<Val>> rows = new ArrayList<>();
    int width = -1;
    for (List<Expr> row : v.rows()) {
      List<Val> vals = level.in(Clause.VALUES, () -> a.exprs.values(row, level));
      if (width >= 0 && row.size() != width) {
        Expr first = row.isEmpty() ? null : row.get(0);
        q.problems.add(
            Problem.at(
                ProblemCode.INVALID_CONSTRUCT,
                "VALUES lists must all be the same length",
                first == null ? v.start() : first.start(),
                first == null ? v.end() : row.get(row.size() - 1).end()));
        return QueryShape.unknown("VALUES lists of different lengths");
      }
      width = row.size();
      rows.add(vals);
    }
    List<Level.Output> columns = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      List<Val> column = new ArrayList<>();
      for (List<Val> row : rows) {
        column.add(row.get(c));
      }
      columns.add(new Level.Output("column" + (c + 1), commonColumn(column, v), null));
    }
    return new QueryShape(columns, true, null);
  }

  private Val commonColumn(List<Val> column, Node at) {
    boolean nullable = column.stream().anyMatch(Val::nullable);
    if (column.size() == 1) {
      return column.get(0);
    }
    Resolution r = q.types.commonType(CommonContext.VALUES, column.stream().map(Val::arg).toList());
    if (!r.ok()) {
      a.exprs.typeError(r.error(), at.start(), at.end(), column.toArray(Val[]::new));
      return Val.wildcard(nullable);
    }
    for (Val v : column) {
      a.exprs.bindParameter(v, r.type());
    }
    return Val.typed(r.type(), nullable);
  }

  /**
   * ORDER BY of a VALUES query sees its columns ({@code column1}, …) as a FROM item would, and may
   * name them or use them in expressions.
   */
  private void valuesOrderBy(List<SortItem> items, QueryShape shape, Values v, Level level) {
    if (items.isEmpty() || !shape.known()) {
      return;
    }
    RangeEntry entry =
        RangeEntry.of(RangeEntry.Kind.VALUES, null, null, false, shape.asRangeColumns());
    level.entries.add(entry);
    level.namespace.add(new NsItem(entry, false, true));
    level.outputs = shape.columns();
    a.sortGroup.orderBy(items, level, false);
  }

  // ---- set operations -------------------------------------------------------------------

  private QueryShape setOperation(SetOperation op, Level level) {
    QueryShape left = branch(op.left(), level);
    QueryShape right = branch(op.right(), level);
    if (!left.known() || !right.known()) {
      return QueryShape.unknown(left.known() ? right.reason() : left.reason());
    }
    String word = op.operator().name();
    if (left.columns().size() != right.columns().size()) {
      q.problems.add(
          Problem.at(
              ProblemCode.SET_OPERATION_ARITY,
              "each " + word + " query must have the same number of columns",
              op.right().start(),
              op.right().end()));
      return QueryShape.unknown("set operation branches of different widths");
    }
    CommonContext context = CommonContext.valueOf(word);
    List<Level.Output> out = new ArrayList<>();
    for (int i = 0; i < left.columns().size(); i++) {
      Level.Output l = left.columns().get(i);
      Val lv = l.value();
      Val rv = right.columns().get(i).value();
      Resolution r = q.types.setOperation(context, lv.arg(), rv.arg());
      Val v;
      if (r.ok()) {
        a.exprs.bindParameter(lv, r.type());
        a.exprs.bindParameter(rv, r.type());
        v = Val.typed(r.type(), lv.nullable() || rv.nullable());
      } else {
        a.exprs.typeError(r.error(), op.start(), op.end(), lv, rv);
        v = Val.wildcard();
      }
      out.add(new Level.Output(l.label(), v, null));
    }
    return new QueryShape(out, true, null);
  }

  private QueryShape branch(Query branch, Level level) {
    QueryShape shape = subquery(branch, level);
    return shape;
  }

  /**
   * ORDER BY of a set operation or VALUES: only output column names and positions; an expression is
   * PostgreSQL's {@code invalid UNION/INTERSECT/EXCEPT ORDER BY clause}.
   */
  private void setOperationOrderBy(List<SortItem> items, QueryShape shape, Level level) {
    if (items.isEmpty() || !shape.known()) {
      return;
    }
    level.outputs = shape.columns();
    for (SortItem s : items) {
      Expr e = s.expr();
      if (e instanceof Expr.ColumnRef c && !c.star()) {
        if (c.names().size() > 1) {
          var table = c.names().get(c.names().size() - 2);
          q.problems.add(
              Problem.at(
                  ProblemCode.UNKNOWN_QUALIFIER,
                  "missing FROM-clause entry for table \"" + table.name() + "\"",
                  table.start(),
                  table.end()));
          continue;
        }
        String name = c.names().get(0).name();
        if (shape.columns().stream().noneMatch(o -> o.label().equals(name))) {
          q.problems.add(
              new Problem(
                  ProblemCode.UNKNOWN_COLUMN,
                  "column \"" + name + "\" does not exist",
                  c.start(),
                  c.end(),
                  "ORDER BY of a set operation can name only its result columns: "
                      + String.join(
                          ", ", shape.columns().stream().map(Level.Output::label).toList()),
                  null));
        }
        continue;
      }
      if (e instanceof Expr.NumberLiteral
          || e instanceof Expr.StringLiteral
          || e instanceof Expr.NullLiteral
          || e instanceof Expr.BooleanLiteral) {
        level.in(Clause.ORDER_BY, () -> a.sortGroup.resolve(e, level, "ORDER BY", false));
        continue;
      }
      q.problems.add(
          new Problem(
              ProblemCode.OUTPUT_REFERENCE,
              "invalid UNION/INTERSECT/EXCEPT ORDER BY clause",
              e.start(),
              e.end(),
              "only result column names can be used, not expressions or functions;"
                  + " wrap the set operation in a subquery to order by an expression",
              null));
    }
  }
}
