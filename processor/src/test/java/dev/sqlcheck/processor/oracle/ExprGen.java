package dev.sqlcheck.processor.oracle;

import java.util.List;
import java.util.function.Predicate;

/**
 * Expressions of a wanted type: column references (through the scope, so they resolve as intended),
 * literals, operators and functions per type group, aggregates and windows where the clause allows
 * them, scalar subqueries, and the type-mixing constructs of {@link MixGen}. The wanted type is met
 * up to its group (any number where a number is wanted), except for enums and arrays, which must
 * match exactly.
 */
final class ExprGen {
  private static final List<PgType> FREE_TYPES =
      List.of(
          PgType.INTEGER,
          PgType.BIGINT,
          PgType.NUMERIC,
          PgType.DOUBLE,
          PgType.TEXT,
          PgType.VARCHAR,
          PgType.DATE,
          PgType.TIMESTAMP,
          PgType.TIMESTAMPTZ,
          PgType.BOOLEAN,
          PgType.JSONB,
          PgType.UUID,
          PgType.SMALLINT,
          PgType.REAL,
          PgType.CHAR);

  private final Gen g;
  final Literals lits;
  final MixGen mixes;
  final AggGen aggs;

  ExprGen(Gen g) {
    this.g = g;
    this.lits = new Literals(g);
    this.mixes = new MixGen(g);
    this.aggs = new AggGen(g);
  }

  Expr any(ExprCtx c) {
    return of(c, anyType(c));
  }

  PgType freeType() {
    return g.pick(FREE_TYPES);
  }

  /** A type worth asking for here: mostly one some visible column has. */
  PgType anyType(ExprCtx c) {
    if (c.grouped() && !c.keys().isEmpty() && g.chance(0.6)) {
      return g.pick(c.keys()).type();
    }
    List<GCol> cols = c.scope().star();
    if (!cols.isEmpty() && g.chance(0.75)) {
      return g.pick(cols).type();
    }
    return g.pick(FREE_TYPES);
  }

  Expr of(ExprCtx c, PgType t) {
    boolean simple = c.depth() >= 2 || !g.spend(1);
    if (simple || g.chance(0.45 + 0.15 * c.depth())) {
      Expr col = column(c, t);
      if (col != null) {
        return col;
      }
    }
    double r = g.random.nextDouble();
    if (r < 0.1 || simple) {
      return g.chance(0.85) ? lits.typed(lits.sibling(t)) : lits.untyped(t);
    }
    if (r < 0.2 && c.aggOk()) {
      return aggs.aggregate(c, t);
    }
    if (r < 0.25 && c.windowOk()) {
      return aggs.window(c, t);
    }
    // No subquery inside an aggregate: one referring to an outer query would move the
    // aggregate to that query's level.
    if (r < 0.31
        && !c.inAgg()
        && g.subqueryDepth < 2
        && g.want(Feature.SUBQUERY, 0.5)
        && g.spend(6)) {
      return scalarSubquery(c, t);
    }
    if (r < 0.43 || (g.focus == Feature.TYPE_MIX && r < 0.75)) {
      return mixes.mix(c, t);
    }
    if (r < 0.5 || (g.focus == Feature.CAST && r < 0.8)) {
      return mixes.cast(c, t);
    }
    return byGroup(c.deeper(), t);
  }

  /** Like {@link #of}, but never an untyped literal, which functions cannot resolve. */
  Expr typedOf(ExprCtx c, PgType t) {
    Expr e = of(c, t);
    return e.untyped() ? lits.typed(lits.sibling(t)) : e;
  }

  private Expr byGroup(ExprCtx c, PgType t) {
    return switch (t.group()) {
      case NUMBER -> number(c, t);
      case STRING -> string(c, t);
      case TIME -> time(c, t);
      case BOOL -> g.predicates.predicate(c);
      case JSONB -> jsonb(c, t);
      case INTERVAL -> interval(c, t);
      default -> orLiteral(column(c, t), t);
    };
  }

  /** A column (or, when grouping, a grouping key) of a type compatible with {@code t}. */
  Expr column(ExprCtx c, PgType t) {
    return columnWhere(c, t::compatible);
  }

  Expr columnWhere(ExprCtx c, Predicate<PgType> ok) {
    if (c.grouped()) {
      List<Expr> keys = c.keys().stream().filter(k -> ok.test(k.type())).toList();
      return keys.isEmpty() ? null : g.pick(keys);
    }
    Scope.Ref r = c.scope().pick(g, col -> ok.test(col.type()), !c.inAgg());
    return r == null ? null : Expr.of(r.sql(), r.col().type(), r.col().name());
  }

  Expr orLiteral(Expr e, PgType t) {
    return e != null ? e : lits.typed(t);
  }

  private Expr number(ExprCtx c, PgType t) {
    switch (g.random.nextInt(9)) {
      case 0:
        {
          Expr a = typedOf(c, t);
          String f = g.pickOf("-", "abs");
          return Expr.of(Sql.of(f).add(a.paren()), a.type(), f.equals("abs") ? f : null);
        }
      case 1:
        return call("length", typedOf(c, PgType.TEXT), PgType.INTEGER);
      case 2:
        {
          Expr d = typedOf(c, PgType.TIMESTAMPTZ);
          return g.chance(0.5)
              ? Expr.of(
                  Sql.of("extract(" + g.pickOf("year", "month", "epoch") + " FROM ")
                      .add(d.sql())
                      .add(")"),
                  PgType.NUMERIC,
                  "extract")
              : Expr.of(
                  Sql.of("date_part('day', ").add(d.sql()).add(")"), PgType.DOUBLE, "date_part");
        }
      case 3:
        {
          Expr a = columnWhere(c, PgType::isArray);
          return a == null
              ? lits.typed(t)
              : call(g.pickOf("cardinality", "array_ndims"), a, PgType.INTEGER);
        }
      case 4:
        {
          Expr j = columnWhere(c, x -> x.group() == PgType.Group.JSONB);
          PgType to = g.pickOf(PgType.INTEGER, PgType.NUMERIC, PgType.BIGINT);
          return j == null
              ? lits.typed(t)
              : Expr.castNamed(
                  Sql.of("(").add(j.sql()).add(" ->> 'a')::" + to.name()), to, to.name());
        }
      case 5:
        {
          Expr d = columnWhere(c, x -> x.kind() == PgType.Kind.DATE);
          return d == null
              ? lits.typed(t)
              : Expr.of(Sql.of("current_date - ").add(d.sql()), PgType.INTEGER, null);
        }
      case 6:
        return Expr.of(
            Sql.of("strpos(").add(typedOf(c, PgType.TEXT).sql()).add(", 'a')"),
            PgType.INTEGER,
            "strpos");
      default:
        return arithmetic(c, t);
    }
  }

  private Expr arithmetic(ExprCtx c, PgType t) {
    Expr a = of(c, t);
    Expr b = of(c, lits.sibling(t));
    if (a.untyped() && b.untyped()) {
      b = lits.typed(lits.sibling(t));
    }
    String op = g.pickOf(" + ", " - ", " * ", " / ");
    PgType type =
        a.untyped() ? b.type() : b.untyped() ? a.type() : PgType.common(a.type(), b.type());
    return Expr.of(new Sql().add(a.paren()).add(op).add(b.paren()), type, null);
  }

  private Expr string(ExprCtx c, PgType t) {
    switch (g.random.nextInt(7)) {
      case 0:
        {
          Expr a = of(c, t);
          Expr b = of(c, g.pickOf(PgType.TEXT, PgType.INTEGER, PgType.DATE, PgType.VARCHAR));
          return Expr.of(new Sql().add(a.paren()).add(" || ").add(b.paren()), PgType.TEXT, null);
        }
      case 1:
        {
          String f = g.pickOf("lower", "upper", "md5", "initcap", "btrim");
          return call(f, typedOf(c, t), PgType.TEXT);
        }
      case 2:
        return Expr.of(
            Sql.of("substr(").add(typedOf(c, t).sql()).add(", 1, 3)"), PgType.TEXT, "substr");
      case 3:
        return Expr.of(
            Sql.of("concat(").add(any(c).sql()).add(", ").add(any(c).sql()).add(")"),
            PgType.TEXT,
            "concat");
      case 4:
        {
          Expr x = typedOf(c, g.pickOf(PgType.TIMESTAMPTZ, PgType.NUMERIC, PgType.DATE));
          return Expr.of(Sql.of("to_char(").add(x.sql()).add(", '9999')"), PgType.TEXT, "to_char");
        }
      case 5:
        {
          Expr j = columnWhere(c, x -> x.group() == PgType.Group.JSONB);
          return j == null
              ? lits.typed(t)
              : Expr.of(new Sql().add(j.sql()).add(" ->> 'b'"), PgType.TEXT, null);
        }
      default:
        {
          Expr e = columnWhere(c, x -> x.group() == PgType.Group.ENUM);
          return e == null
              ? lits.typed(t)
              : Expr.of(new Sql().add(e.sql()).add("::text"), PgType.TEXT, e.name());
        }
    }
  }

  private Expr time(ExprCtx c, PgType t) {
    switch (g.random.nextInt(5)) {
      case 0:
        {
          Expr d = typedOf(c, t);
          PgType type = d.type().kind() == PgType.Kind.TIMESTAMPTZ ? d.type() : PgType.TIMESTAMP;
          return Expr.of(new Sql().add(d.paren()).add(" + interval '1 day'"), type, null);
        }
      case 1:
        return Expr.of(
            Sql.of("date_trunc('day', ").add(typedOf(c, t).sql()).add(")"),
            PgType.TIMESTAMPTZ,
            "date_trunc");
      case 2:
        {
          Expr d = columnWhere(c, x -> x.kind() == PgType.Kind.DATE);
          return d == null
              ? lits.typed(t)
              : Expr.of(new Sql().add(d.sql()).add(" + 7"), PgType.DATE, null);
        }
      case 3:
        return Expr.of("make_date(2024, 1, 2)", PgType.DATE, "make_date");
      default:
        return lits.typed(lits.sibling(t));
    }
  }

  private Expr jsonb(ExprCtx c, PgType t) {
    Expr j = column(c, t);
    if (j != null && g.chance(0.5)) {
      return Expr.of(
          new Sql().add(j.sql()).add(g.pickOf(" -> 'a'", " #> '{a,b}'", " || '{\"z\": 1}'::jsonb")),
          PgType.JSONB,
          null);
    }
    if (g.chance(0.5)) {
      Expr x = typedOf(c, anyType(c));
      return Expr.of(Sql.of("to_jsonb(").add(x.sql()).add(")"), t, "to_jsonb");
    }
    return lits.typed(t);
  }

  private Expr interval(ExprCtx c, PgType t) {
    Expr a = columnWhere(c, x -> x.kind() == PgType.Kind.TIMESTAMPTZ);
    if (a == null) {
      return lits.typed(t);
    }
    return Expr.of(Sql.of("now() - ").add(a.paren()), PgType.INTERVAL, null);
  }

  private Expr scalarSubquery(ExprCtx c, PgType t) {
    Scope outer = c.grouped() ? c.scope().opaque() : c.scope();
    QueryGen.Query q = g.selects.subquery(outer, List.of(t), SelectGen.Role.SCALAR);
    GCol out = q.outputs().get(0);
    return Expr.of(Sql.of("(").add(q.sql()).add(")"), out.type(), out.name());
  }

  static Expr call(String f, Expr arg, PgType type) {
    return Expr.of(Sql.of(f + "(").add(arg.sql()).add(")"), type, f);
  }
}
