package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.CoercionContext;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Limit;
import dev.sqlcheck.processor.sql.ast.LockingClause;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Select;
import dev.sqlcheck.processor.sql.ast.SetOperation;

/**
 * LIMIT, OFFSET and the locking clauses as PostgreSQL checks them: LIMIT and OFFSET take a bigint
 * and may not refer to the query's own columns; FOR UPDATE/SHARE is refused with DISTINCT, GROUP
 * BY, HAVING, aggregates, window functions and set operations, and its OF names must be FROM items.
 */
final class LimitAndLocking {
  private final Analyzer a;
  private final QueryContext q;

  LimitAndLocking(Analyzer a) {
    this.a = a;
    this.q = a.q;
  }

  void limit(Limit limit, Level level) {
    if (limit.count() != null) {
      limitValue(limit.count(), "LIMIT", Clause.LIMIT, level);
    }
    if (limit.offset() != null) {
      limitValue(limit.offset(), "OFFSET", Clause.OFFSET, level);
    }
  }

  private void limitValue(Expr e, String word, Clause clause, Level level) {
    Val v = level.in(clause, () -> a.exprs.value(e, level));
    boolean[] variables = {false};
    Nodes.walk(
        e,
        n -> {
          QueryContext.Resolved r = n instanceof Expr.ColumnRef ? q.resolution((Expr) n) : null;
          if (r != null && r.level() == level) {
            variables[0] = true;
          }
          return !(n instanceof Query);
        });
    if (variables[0]) {
      q.problems.add(
          Problem.at(
              ProblemCode.INVALID_CONSTRUCT,
              "argument of " + word + " must not contain variables",
              e.start(),
              e.end()));
      return;
    }
    SqlType bigint = SqlType.of("bigint");
    a.exprs.bindParameter(v, bigint);
    if (v.kind() == Val.Kind.TYPED
        && !q.types.coercible(v.type(), bigint, CoercionContext.ASSIGNMENT)) {
      q.problems.add(
          Problem.at(
              ProblemCode.TYPE_MISMATCH,
              "argument of " + word + " must be type bigint, not type " + v.type(),
              e.start(),
              e.end()));
    }
  }

  void locking(Query query, Level level) {
    for (LockingClause lock : query.locking()) {
      if (lock.strength() == LockingClause.Strength.READ_ONLY) {
        continue;
      }
      String what = "FOR " + lock.strength().name().replace('_', ' ');
      String conflict = lockConflict(query, level);
      if (conflict != null) {
        q.problems.add(
            Problem.at(
                ProblemCode.INVALID_CONSTRUCT,
                what + " is not allowed with " + conflict,
                lock.start(),
                lock.end()));
        continue;
      }
      for (var name : lock.of()) {
        String rel = name.last().name();
        boolean found = level.entries.stream().anyMatch(e -> rel.equals(e.refname));
        if (!found) {
          q.problems.add(
              Problem.at(
                  ProblemCode.UNKNOWN_QUALIFIER,
                  "relation \"" + rel + "\" in " + what + " clause not found in FROM clause",
                  name.start(),
                  name.end()));
        }
      }
    }
  }

  private static String lockConflict(Query query, Level level) {
    if (query.body() instanceof SetOperation) {
      return "UNION/INTERSECT/EXCEPT";
    }
    if (!(query.body() instanceof Select s)) {
      return null;
    }
    if (s.distinct()) {
      return "DISTINCT clause";
    }
    if (s.groupBy() != null) {
      return "GROUP BY clause";
    }
    if (s.having() != null) {
      return "HAVING clause";
    }
    if (level.hasAggregates) {
      return "aggregate functions";
    }
    if (level.hasWindowFunctions) {
      return "window functions";
    }
    return null;
  }
}
