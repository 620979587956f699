package dev.sqlcheck.processor.oracle;

import java.util.List;

/**
 * Boolean conditions for WHERE, ON, HAVING, CASE and FILTER: comparisons (with a parameter on one
 * side now and then), null tests, BETWEEN, LIKE, IN lists, array and jsonb operators, AND, OR and
 * NOT, and the subquery forms (EXISTS, IN, ANY/ALL, comparison with a scalar subquery), whose
 * subqueries may refer to the enclosing query.
 */
final class PredicateGen {
  private final Gen g;

  PredicateGen(Gen g) {
    this.g = g;
  }

  Expr predicate(ExprCtx c) {
    if (c.depth() >= 2 || !g.spend(1)) {
      return comparison(c);
    }
    boolean focus = g.focus == Feature.SUBQUERY || g.focus == Feature.CORRELATED;
    double sub = g.subqueryDepth < 2 && !c.inAgg() ? (focus ? 0.5 : 0.08) : 0;
    double r = g.random.nextDouble();
    if (r < sub && g.spend(6)) {
      return subquery(c);
    }
    return simple(c, g.random.nextDouble());
  }

  /** A condition without subqueries; {@code r} chooses its form. */
  private Expr simple(ExprCtx c, double r) {
    if (r < 0.35) {
      return comparison(c);
    }
    if (r < 0.45) {
      Expr x = g.exprs.any(c.deeper());
      return bool(new Sql().add(x.paren()).add(g.pickOf(" IS NULL", " IS NOT NULL")));
    }
    if (r < 0.55) {
      Sql a = predicate(c.deeper()).paren();
      Sql b = predicate(c.deeper()).paren();
      return bool(new Sql().add(a).add(g.pickOf(" AND ", " OR ")).add(b));
    }
    if (r < 0.6) {
      return bool(Sql.of("NOT ").add(predicate(c.deeper()).paren()));
    }
    if (r < 0.66) {
      return between(c);
    }
    if (r < 0.72) {
      return inList(c);
    }
    if (r < 0.77) {
      Expr s = g.exprs.typedOf(c.deeper(), PgType.TEXT);
      return bool(
          new Sql().add(s.paren()).add(g.pickOf(" LIKE 'a%'", " ILIKE '%b'", " NOT LIKE '_'")));
    }
    if (r < 0.84) {
      Expr b = g.exprs.columnWhere(c, t -> t.group() == PgType.Group.BOOL);
      return b != null ? b : comparison(c);
    }
    if (r < 0.9) {
      return arrayOrJson(c);
    }
    if (r < 0.93 && c.aggOk()) {
      return g.exprs.aggs.aggregate(c, PgType.BOOLEAN);
    }
    return comparison(c);
  }

  private static Expr bool(Sql sql) {
    return Expr.of(sql, PgType.BOOLEAN, null);
  }

  private Expr comparison(ExprCtx c) {
    Expr left = g.exprs.of(c.deeper(), g.exprs.anyType(c));
    Sql right;
    if (g.chance(0.15) && !left.untyped()) {
      right = Sql.of(g.param());
    } else {
      right = g.exprs.of(c.deeper(), g.exprs.lits.sibling(left.type())).paren();
    }
    String op = g.pickOf(" = ", " <> ", " < ", " >= ", " IS DISTINCT FROM ");
    return bool(new Sql().add(left.paren()).add(op).add(right));
  }

  private Expr between(ExprCtx c) {
    PgType t =
        g.pickOf(PgType.INTEGER, PgType.NUMERIC, PgType.DATE, PgType.TIMESTAMPTZ, PgType.TEXT);
    Expr x = g.exprs.typedOf(c.deeper(), t);
    boolean params = g.chance(0.3);
    Sql lo = params ? Sql.of(g.param()) : g.exprs.lits.typed(g.exprs.lits.sibling(t)).sql();
    Sql hi = params ? Sql.of(g.param()) : g.exprs.lits.untyped(t).sql();
    return bool(new Sql().add(x.paren()).add(" BETWEEN ").add(lo).add(" AND ").add(hi));
  }

  private Expr inList(ExprCtx c) {
    Expr x = g.exprs.typedOf(c.deeper(), g.exprs.anyType(c));
    Sql list = Sql.of(g.pickOf(" IN (", " NOT IN ("));
    int n = g.between(1, 3);
    for (int i = 0; i < n; i++) {
      list.add(i > 0 ? ", " : "");
      list.add(
          g.chance(0.2)
              ? Sql.of(g.param())
              : g.exprs.lits.typed(g.exprs.lits.sibling(x.type())).sql());
    }
    return bool(new Sql().add(x.paren()).add(list).add(")"));
  }

  private Expr arrayOrJson(ExprCtx c) {
    Expr a = g.exprs.columnWhere(c, PgType::isArray);
    if (a != null && g.chance(0.6)) {
      if (g.chance(0.5)) {
        Expr x = g.exprs.typedOf(c.deeper(), a.type().element());
        return bool(new Sql().add(x.paren()).add(" = ANY (").add(a.sql()).add(")"));
      }
      return bool(
          new Sql()
              .add(a.sql())
              .add(g.pickOf(" && ", " @> ", " <@ "))
              .add(g.exprs.lits.typed(a.type()).sql()));
    }
    Expr j = g.exprs.columnWhere(c, t -> t.group() == PgType.Group.JSONB);
    if (j != null) {
      return bool(
          new Sql().add(j.sql()).add(g.pickOf(" @> '{\"a\": 1}'", " ->> 'a' = 'x'", " @? '$.a'")));
    }
    return comparison(c);
  }

  /** EXISTS, IN, ANY/ALL or a comparison with a scalar subquery. */
  private Expr subquery(ExprCtx c) {
    g.use(Feature.SUBQUERY);
    Scope outer = c.grouped() ? c.scope().opaque() : c.scope();
    ExprCtx left = c.grouped() ? c : c.deeper();
    switch (g.random.nextInt(4)) {
      case 0:
        {
          QueryGen.Query q = g.selects.subquery(outer, null, SelectGen.Role.EXISTS);
          boolean not = g.chance(0.3);
          // EXISTS is named exists; NOT EXISTS is an operator and nameless.
          return Expr.of(
              Sql.of(not ? "NOT EXISTS (" : "EXISTS (").add(q.sql()).add(")"),
              PgType.BOOLEAN,
              not ? null : "exists");
        }
      case 1:
        {
          Expr x = g.exprs.typedOf(left, g.exprs.anyType(c));
          QueryGen.Query q = g.selects.subquery(outer, List.of(x.type()), SelectGen.Role.IN);
          return bool(
              new Sql().add(x.paren()).add(g.pickOf(" IN (", " NOT IN (")).add(q.sql()).add(")"));
        }
      case 2:
        {
          Expr x = g.exprs.typedOf(left, g.exprs.anyType(c));
          QueryGen.Query q = g.selects.subquery(outer, List.of(x.type()), SelectGen.Role.IN);
          return bool(
              new Sql()
                  .add(x.paren())
                  .add(g.pickOf(" = ANY (", " <> ALL (", " < SOME ("))
                  .add(q.sql())
                  .add(")"));
        }
      default:
        {
          Expr x = g.exprs.typedOf(left, g.exprs.anyType(c));
          QueryGen.Query q = g.selects.subquery(outer, List.of(x.type()), SelectGen.Role.SCALAR);
          return bool(
              new Sql()
                  .add(x.paren())
                  .add(g.pickOf(" = (", " > (", " <= ("))
                  .add(q.sql())
                  .add(")"));
        }
    }
  }
}
