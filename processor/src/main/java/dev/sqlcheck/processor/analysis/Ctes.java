package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.PgError;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.CommonTableExpr;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.SetOperation;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * WITH lists as PostgreSQL's {@code transformWithClause} handles them: each CTE sees the ones
 * before it (and, under RECURSIVE, itself through the non-recursive term of its UNION); a column
 * list renames the first columns and may not be longer than them; a data-modifying CTE exposes its
 * RETURNING columns and must stand in the top-level WITH.
 */
final class Ctes {
  private final Analyzer a;
  private final QueryContext q;

  Ctes(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  void with(WithClause with, Level level) {
    Set<String> names = new HashSet<>();
    List<Level.Cte> ctes = new ArrayList<>();
    for (CommonTableExpr cte : with.ctes()) {
      String name = cte.name().name();
      if (!names.add(name)) {
        q.problems.add(
            Problem.at(
                ProblemCode.DUPLICATE_NAME,
                "WITH query name \"" + name + "\" specified more than once",
                cte.name().start(),
                cte.name().end()));
      }
      Level.Cte c = new Level.Cte(name);
      c.known = false;
      c.columns = List.of();
      c.reason = "WITH query \"" + name + "\" is defined later in the list";
      c.recursive = with.recursive();
      c.inProgress = true;
      ctes.add(c);
      if (with.recursive()) {
        level.ctes.put(name, c);
      }
    }
    for (int i : order(with)) {
      CommonTableExpr cte = with.ctes().get(i);
      Level.Cte c = ctes.get(i);
      define(cte, c, level, with.recursive());
      c.inProgress = false;
      level.ctes.put(c.name, c);
    }
  }

  /**
   * The order to analyse the CTEs in: as written, except that under RECURSIVE a CTE comes after the
   * others it refers to, as PostgreSQL sorts them (a cycle keeps the written order).
   */
  private static List<Integer> order(WithClause with) {
    List<Integer> written = new ArrayList<>();
    for (int i = 0; i < with.ctes().size(); i++) {
      written.add(i);
    }
    if (!with.recursive()) {
      return written;
    }
    List<String> names = with.ctes().stream().map(c -> c.name().name()).toList();
    List<Set<Integer>> deps = new ArrayList<>();
    for (CommonTableExpr cte : with.ctes()) {
      Set<Integer> d = new HashSet<>();
      for (String read : unqualifiedReads(cte.body())) {
        int k = names.indexOf(read);
        if (k >= 0 && !read.equals(cte.name().name())) {
          d.add(k);
        }
      }
      deps.add(d);
    }
    List<Integer> out = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    boolean progress = true;
    while (out.size() < written.size() && progress) {
      progress = false;
      for (int i : written) {
        if (!done.contains(i) && done.containsAll(deps.get(i))) {
          out.add(i);
          done.add(i);
          progress = true;
        }
      }
    }
    for (int i : written) {
      if (!done.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private void define(CommonTableExpr cte, Level.Cte c, Level level, boolean recursive) {
    Statement body = cte.body();
    QueryShape shape;
    if (body instanceof Query query) {
      if (recursive
          && query.body() instanceof SetOperation op
          && op.operator() == SetOperation.SetOperator.UNION) {
        QueryShape seed = a.queries.subquery(seed(query, op.left()), level);
        set(c, cte, seed, false);
        c.known = seed.known();
        shape = a.queries.subquery(query, level);
        if (unqualifiedReads(op.right()).contains(c.name)) {
          sameTypesOverall(c.name, cte, seed, shape);
          wellFormed(c.name, query, op);
        }
      } else {
        shape = a.queries.subquery(query, level);
      }
    } else {
      c.modifying = true;
      if (level.parent != null) {
        q.problems.add(
            Problem.at(
                ProblemCode.INVALID_CONSTRUCT,
                "WITH clause containing a data-modifying statement must be at the top level",
                cte.name().start(),
                cte.name().end()));
      }
      shape = a.modifications.nested(body, level);
    }
    set(c, cte, shape, true);
  }

  /**
   * PostgreSQL's rules for a recursive query ({@code checkWellFormedRecursion}): no ORDER BY,
   * LIMIT, OFFSET or locking on it, and a recursive term that reads the query once, outside any
   * subquery expression and outside the NULL-extended side of an outer join. A query in FROM
   * (LATERAL too) may read it. Not checked where an inner WITH reuses the name.
   */
  private void wellFormed(String name, Query query, SetOperation op) {
    String what =
        !query.orderBy().isEmpty()
            ? "ORDER BY"
            : query.limit() != null && (query.limit().count() != null || query.limit().all())
                ? "LIMIT"
                : query.limit() != null && query.limit().offset() != null ? "OFFSET" : null;
    if (what != null) {
      Node at = !query.orderBy().isEmpty() ? query.orderBy().get(0) : query.limit();
      q.problems.add(
          Problem.at(
              ProblemCode.INVALID_CONSTRUCT,
              what + " in a recursive query is not implemented",
              at.start(),
              at.end()));
      return;
    }
    boolean[] shadowed = {false};
    Nodes.walk(
        op.right(),
        n -> {
          if (n instanceof WithClause w) {
            shadowed[0] |= w.ctes().stream().anyMatch(c -> c.name().name().equals(name));
          }
          return true;
        });
    if (shadowed[0]) {
      return;
    }
    List<TableRef.Relation> reads = new ArrayList<>();
    String problem = selfReads(op.right(), name, null, reads);
    if (problem == null && reads.size() > 1) {
      problem = "more than once";
    }
    if (problem != null) {
      TableRef.Relation at = reads.get(reads.size() - 1);
      q.problems.add(
          Problem.at(
              ProblemCode.INVALID_CONSTRUCT,
              "recursive reference to query \"" + name + "\" must not appear " + problem,
              at.start(),
              at.end()));
    }
  }

  /**
   * Collects the reads of {@code name} under {@code node} into {@code reads}; returns where one
   * stands that PostgreSQL refuses ({@code "within a subquery"}, {@code "within an outer join"}),
   * or null. {@code context} is that place for the part being walked, or null.
   */
  private static String selfReads(
      Node node, String name, String context, List<TableRef.Relation> reads) {
    if (node == null) {
      return null;
    }
    if (node instanceof TableRef.Relation r
        && r.name().parts().size() == 1
        && r.name().last().name().equals(name)) {
      reads.add(r);
      return context;
    }
    if (node instanceof Expr.Exists
        || node instanceof Expr.ScalarSubquery
        || node instanceof Expr.ArraySubquery
        || node instanceof Expr.InSubquery
        || node instanceof Expr.Quantified qf && qf.query() != null) {
      context = "within a subquery";
    }
    if (node instanceof TableRef.Join j && context == null) {
      boolean leftNullable =
          j.kind() == TableRef.JoinKind.RIGHT || j.kind() == TableRef.JoinKind.FULL;
      boolean rightNullable =
          j.kind() == TableRef.JoinKind.LEFT || j.kind() == TableRef.JoinKind.FULL;
      String left = selfReads(j.left(), name, leftNullable ? "within an outer join" : null, reads);
      String right =
          selfReads(j.right(), name, rightNullable ? "within an outer join" : null, reads);
      String on = selfReads(j.on(), name, null, reads);
      return left != null ? left : right != null ? right : on;
    }
    String found = null;
    for (Node child : Nodes.children(node)) {
      String f = selfReads(child, name, context, reads);
      if (found == null) {
        found = f;
      }
    }
    return found;
  }

  /**
   * The non-recursive term {@code left} of the UNION that is {@code query}'s body, with the WITH
   * that {@code query} itself may have in scope ({@code WITH RECURSIVE s AS (…) SELECT … FROM s
   * UNION ALL SELECT … FROM t} inside {@code t}).
   */
  private static Query seed(Query query, Query left) {
    if (query.with() == null || left.with() != null) {
      return left;
    }
    return new Query(
        query.with(),
        left.body(),
        left.orderBy(),
        left.limit(),
        left.locking(),
        left.start(),
        left.end());
  }

  /** The relations {@code node} reads by an unqualified name, which may be CTEs of its WITH. */
  private static Set<String> unqualifiedReads(Node node) {
    Set<String> out = new HashSet<>();
    Nodes.walk(
        node,
        n -> {
          if (n instanceof TableRef.Relation r && r.name().parts().size() == 1) {
            out.add(r.name().last().name());
          }
          return true;
        });
    return out;
  }

  /**
   * The columns of a recursive query (one whose recursive term refers to itself) keep the types of
   * its non-recursive term: a recursive term that makes the UNION's type another one is an error
   * (PostgreSQL's {@code analyzeCTE}), at the non-recursive term's column. Columns whose type is
   * not known on either side are not judged.
   */
  private void sameTypesOverall(
      String name, CommonTableExpr cte, QueryShape seed, QueryShape overall) {
    if (!seed.known() || !overall.known()) {
      return;
    }
    int n = Math.min(seed.columns().size(), overall.columns().size());
    for (int i = 0; i < n; i++) {
      Level.Output column = seed.columns().get(i);
      SqlType mine = column.value().resolvedType();
      SqlType all = overall.columns().get(i).value().resolvedType();
      if (mine.isUnknown() || all.isUnknown() || mine.equals(all)) {
        continue;
      }
      Node at = column.expr() != null ? column.expr() : cte.name();
      a.exprs.typeError(
          new PgError(
              "42804",
              "recursive query \""
                  + name
                  + "\" column "
                  + (i + 1)
                  + " has type "
                  + mine
                  + " in non-recursive term but type "
                  + all
                  + " overall",
              "Cast the output of the non-recursive term to the correct type.",
              null),
          at.start(),
          at.end(),
          column.value(),
          overall.columns().get(i).value());
      return;
    }
  }

  private void set(Level.Cte c, CommonTableExpr cte, QueryShape shape, boolean report) {
    c.known = shape.known();
    c.reason = shape.known() ? null : shape.reason();
    List<RangeColumn> columns = new ArrayList<>(shape.asRangeColumns());
    List<Identifier> names = cte.columns();
    if (shape.known() && names.size() > columns.size() && report) {
      q.problems.add(
          Problem.at(
              ProblemCode.COLUMN_ALIAS_ARITY,
              "WITH query \""
                  + c.name
                  + "\" has "
                  + columns.size()
                  + " columns available but "
                  + names.size()
                  + " columns specified",
              names.get(columns.size()).start(),
              names.get(names.size() - 1).end()));
    }
    for (int i = 0; i < names.size() && i < columns.size(); i++) {
      columns.set(i, columns.get(i).renamed(names.get(i).name()));
    }
    // SEARCH and CYCLE add their columns to the query's result only: the recursive term reads the
    // working table, which has the non-recursive term's columns (report is false for that one).
    if (cte.search() != null && report) {
      // The sequence: a row of the SEARCH columns, breadth first, or an array of them, depth first.
      SqlType sequence =
          cte.search().breadthFirst() ? SqlType.of("record") : SqlType.arrayOf("record");
      columns.add(new RangeColumn(cte.search().sequenceColumn().name(), sequence, false));
    }
    if (cte.cycle() != null && report) {
      columns.add(
          new RangeColumn(
              cte.cycle().markColumn().name(),
              cte.cycle().markValue() == null ? SqlType.of("boolean") : SqlType.UNKNOWN,
              false));
      columns.add(
          new RangeColumn(cte.cycle().pathColumn().name(), SqlType.arrayOf("record"), false));
    }
    c.columns = columns;
  }
}
