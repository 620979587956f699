package dev.sqlcheck.processor.oracle;

/**
 * Aggregates (count, sum, avg, min, max, array_agg, string_agg, bool_and, jsonb_agg, with DISTINCT,
 * FILTER and ORDER BY inside) and window functions (ranking, offsets, aggregates over windows),
 * with inline window specifications or named windows of the query's WINDOW clause.
 */
final class AggGen {
  private static final java.util.Set<String> AGGREGATES =
      java.util.Set.of(
          "count",
          "sum",
          "avg",
          "min",
          "max",
          "string_agg",
          "bool_and",
          "bool_or",
          "every",
          "array_agg",
          "jsonb_agg");

  private final Gen g;

  AggGen(Gen g) {
    this.g = g;
  }

  Expr aggregate(ExprCtx c, PgType t) {
    g.use(Feature.AGGREGATE);
    ExprCtx in = c.insideAggregate();
    Expr e =
        switch (t.group()) {
          case NUMBER -> number(in);
          case STRING ->
              g.chance(0.6)
                  ? Expr.of(
                      Sql.of("string_agg(")
                          .add(g.exprs.typedOf(in, t).sql())
                          .add(", ','" + (g.chance(0.3) ? " ORDER BY 1" : "") + ")"),
                      PgType.TEXT,
                      "string_agg")
                  : minMax(in, t);
          case BOOL ->
              ExprGen.call(
                  g.pickOf("bool_and", "bool_or", "every"),
                  g.predicates.predicate(in),
                  PgType.BOOLEAN);
          case ARRAY -> {
            Expr x = g.exprs.columnWhere(in, k -> k.name().equals(t.element().name()));
            yield x == null ? g.exprs.lits.typed(t) : ExprGen.call("array_agg", x, t);
          }
          case JSONB -> ExprGen.call("jsonb_agg", g.exprs.typedOf(in, g.exprs.anyType(in)), t);
          case TIME, ENUM -> minMax(in, t);
          default -> g.exprs.lits.typed(t);
        };
    return g.chance(0.15) ? filtered(c, e) : e;
  }

  private Expr number(ExprCtx in) {
    switch (g.random.nextInt(6)) {
      case 0:
        return Expr.of("count(*)", PgType.BIGINT, "count");
      case 1:
        {
          Expr x = g.exprs.typedOf(in, g.exprs.anyType(in));
          return Expr.of(
              Sql.of(g.chance(0.3) ? "count(DISTINCT " : "count(").add(x.sql()).add(")"),
              PgType.BIGINT,
              "count");
        }
      case 2:
        return ExprGen.call(
            "sum", g.exprs.typedOf(in, g.pick(Literals.NUMBER_KINDS)), PgType.NUMERIC);
      case 3:
        return ExprGen.call(
            "avg", g.exprs.typedOf(in, g.pick(Literals.NUMBER_KINDS)), PgType.NUMERIC);
      default:
        return minMax(in, g.pick(Literals.NUMBER_KINDS));
    }
  }

  private Expr minMax(ExprCtx in, PgType t) {
    Expr x = g.exprs.typedOf(in, t);
    return ExprGen.call(g.pickOf("min", "max"), x, x.type());
  }

  /** {@code agg(...) FILTER (WHERE ...)}: the filter sees the same rows, no aggregates. */
  private Expr filtered(ExprCtx c, Expr e) {
    if (e.name() == null || !AGGREGATES.contains(e.name())) {
      return e;
    }
    ExprCtx where = new ExprCtx(c.scope(), false, false, null, true, c.depth() + 1, null);
    Sql sql =
        new Sql()
            .add(e.sql())
            .add(" FILTER (WHERE ")
            .add(g.predicates.predicate(where).sql())
            .add(")");
    return Expr.of(sql, e.type(), e.name());
  }

  Expr window(ExprCtx c, PgType t) {
    g.use(Feature.WINDOW);
    ExprCtx in = c.insideWindow();
    String f;
    Sql args;
    PgType type;
    if (t.group() == PgType.Group.NUMBER && g.chance(0.6)) {
      f = g.pickOf("row_number", "rank", "dense_rank", "count", "sum", "ntile", "percent_rank");
      args =
          switch (f) {
            case "count" -> Sql.of("*");
            case "sum" -> g.exprs.typedOf(in, t).sql();
            case "ntile" -> Sql.of("4");
            default -> Sql.of("");
          };
      type =
          f.equals("percent_rank")
              ? PgType.DOUBLE
              : f.equals("sum") || f.equals("ntile") ? PgType.NUMERIC : PgType.BIGINT;
    } else {
      boolean ordered =
          switch (t.group()) {
            case BOOL, JSONB, UUID -> false;
            default -> true;
          };
      f =
          ordered
              ? g.pickOf("lag", "lead", "first_value", "last_value", "min", "max")
              : g.pickOf("lag", "lead", "first_value", "last_value");
      Expr x = g.exprs.typedOf(in, t);
      args = x.sql();
      type = x.type();
    }
    Sql sql = Sql.of(f + "(").add(args).add(") OVER ").add(spec(in));
    return Expr.of(sql, type, f);
  }

  /** An OVER clause: inline, a named window, or a named window refined by ORDER BY. */
  private Sql spec(ExprCtx in) {
    ExprCtx.Windows w = in.windows();
    if (w != null && g.want(Feature.WINDOW, 0.4)) {
      if (w.defs.isEmpty() || g.chance(0.3)) {
        boolean ordered = g.chance(0.4);
        String name = g.alias();
        w.defs.add(new ExprCtx.Windows.Def(name, inline(in, ordered), ordered));
      }
      ExprCtx.Windows.Def d = g.pick(w.defs);
      if (!d.ordered() && g.chance(0.5)) {
        return Sql.of("(" + d.name() + " ORDER BY ").add(orderItem(in)).add(")");
      }
      return Sql.of(g.chance(0.7) ? d.name() : "(" + d.name() + ")");
    }
    return new Sql().add("(").add(inline(in, g.chance(0.6))).add(")");
  }

  private Sql inline(ExprCtx in, boolean ordered) {
    Sql sql = new Sql();
    if (g.chance(0.6)) {
      sql.add("PARTITION BY ").add(g.exprs.typedOf(in, g.exprs.anyType(in)).sql());
    }
    if (ordered) {
      sql.add(sql.isEmpty() ? "" : " ").add("ORDER BY ").add(orderItem(in));
    }
    return sql;
  }

  private Sql orderItem(ExprCtx in) {
    Sql s = new Sql().add(g.exprs.typedOf(in, g.exprs.anyType(in)).sql());
    return s.add(g.pickOf("", " DESC", " ASC NULLS FIRST"));
  }
}
