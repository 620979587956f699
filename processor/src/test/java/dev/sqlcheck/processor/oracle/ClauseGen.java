package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The clauses of a SELECT that refer to its select list (parse_clause.c, SQL92 rules): GROUP BY
 * keys as expressions, ordinals or output aliases, grouping sets, HAVING, DISTINCT ON, ORDER BY by
 * output name, ordinal or input expression, the WINDOW clause and LIMIT. The mutation sites they
 * leave: ordinals out of range, aliases used inside expressions or in HAVING.
 */
final class ClauseGen {
  /** DISTINCT as written, and the DISTINCT ON items ORDER BY must start with. */
  record Distinct(Sql sql, List<Sql> on, boolean plain) {}

  /** A bare literal is a constant (or an ordinal) in ORDER BY, not an expression. */
  private static final Pattern CONSTANT =
      Pattern.compile("-*[0-9][0-9.e]*|'[^']*'|true|false|NULL");

  private final Gen g;

  ClauseGen(Gen g) {
    this.g = g;
  }

  /** Grouping keys: columns of this level, now and then an expression over one. */
  List<Expr> keys(Scope scope) {
    g.use(Feature.GROUP_BY);
    int n = g.focus == Feature.GROUPING_SETS ? g.between(2, 3) : g.between(1, 2);
    List<Expr> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Scope.Ref r = scope.pick(g, c -> true, false);
      if (r == null) {
        break;
      }
      Expr e = Expr.of(r.sql(), r.col().type(), r.col().name());
      if (g.chance(0.15)) {
        e =
            switch (e.type().group()) {
              case STRING -> ExprGen.call("lower", e, PgType.TEXT);
              case TIME ->
                  Expr.of(
                      Sql.of("date_trunc('month', ").add(e.sql()).add(")"),
                      PgType.TIMESTAMPTZ,
                      "date_trunc");
              case NUMBER -> Expr.of(new Sql().add(e.sql()).add(" + 1"), e.type(), null);
              default -> e;
            };
      }
      Expr key = e;
      if (keys.stream().noneMatch(k -> k.sql().text().equals(key.sql().text()))) {
        keys.add(key);
      }
    }
    return keys;
  }

  Sql groupBy(
      List<Expr> keys,
      List<SelectGen.Item> items,
      List<GCol> outputs,
      List<String> pureLabels,
      boolean aggOnly) {
    if (keys.isEmpty()) {
      return Sql.of(aggOnly && g.chance(0.1) ? " GROUP BY ()" : "");
    }
    List<Sql> texts = new ArrayList<>();
    for (Expr k : keys) {
      texts.add(keyText(k, items, outputs, pureLabels));
    }
    Sql sql = Sql.of(" GROUP BY ");
    if (!g.want(Feature.GROUPING_SETS, 0.1)) {
      return sql.join(", ", texts);
    }
    g.use(Feature.GROUPING_SETS);
    switch (g.random.nextInt(4)) {
      case 0:
        return sql.add("ROLLUP (").join(", ", texts).add(")");
      case 1:
        return sql.add("CUBE (").join(", ", texts).add(")");
      case 2:
        sql.add("GROUPING SETS ((").join(", ", texts).add(")");
        texts.forEach(t -> sql.add(", (").add(t).add(")"));
        return sql.add(", ())");
      default:
        sql.add(texts.get(0));
        return texts.size() == 1
            ? sql
            : sql.add(", ROLLUP (").join(", ", texts.subList(1, texts.size())).add(")");
    }
  }

  /** A key as written: its expression, its ordinal, or its item's output alias. */
  private Sql keyText(
      Expr k, List<SelectGen.Item> items, List<GCol> outputs, List<String> pureLabels) {
    int position = 0;
    for (SelectGen.Item item : items) {
      position += item.outputs().size();
      if (item.expr() != k) {
        continue;
      }
      if (g.chance(0.25)) {
        return ordinal(position, outputs.size());
      }
      if (item.label() != null && pureLabels.contains(item.label()) && g.chance(0.4)) {
        return aliasRef(item.label());
      }
    }
    return k.sql();
  }

  Sql ordinal(int position, int size) {
    return Sql.of(Integer.toString(position))
        .wrap(Mutation.ORDINAL_OUT_OF_RANGE, List.of(Integer.toString(size + 1), "0", "-1"));
  }

  /** An output alias standing alone, which may be moved into an expression by a mutant. */
  private Sql aliasRef(String label) {
    String w = g.ids.colId(label, g);
    return Sql.of(w).wrap(Mutation.ALIAS_IN_EXPRESSION, List.of("(" + w + " IS NULL)"));
  }

  Sql having(ExprCtx ctx, List<String> pureLabels) {
    Sql sql = new Sql();
    List<String> alias = new ArrayList<>();
    if (g.want(Feature.HAVING, 0.3)) {
      g.use(Feature.HAVING);
      sql.add(" HAVING ").add(g.predicates.predicate(ctx).sql());
      pureLabels.forEach(l -> alias.add(" AND " + g.ids.colId(l, g) + " IS NULL"));
    } else {
      pureLabels.forEach(l -> alias.add(" HAVING " + g.ids.colId(l, g) + " IS NOT NULL"));
    }
    return sql.insertion(Mutation.ALIAS_IN_HAVING, alias);
  }

  Distinct distinct(
      ExprCtx ctx, List<SelectGen.Item> items, List<GCol> outputs, SelectGen.Role role) {
    boolean allowed =
        role == SelectGen.Role.TOP || role == SelectGen.Role.DERIVED || role == SelectGen.Role.CTE;
    if (!allowed || !g.want(Feature.DISTINCT, 0.06)) {
      return new Distinct(new Sql(), List.of(), false);
    }
    g.use(Feature.DISTINCT);
    if (g.chance(0.4)) {
      return new Distinct(Sql.of("DISTINCT "), List.of(), true);
    }
    List<Sql> on = new ArrayList<>();
    int n = g.between(1, 2);
    for (int i = 0; i < n; i++) {
      Sql item = outputRef(outputs, List.of());
      if (item == null || g.chance(0.4)) {
        Expr e = g.exprs.column(ctx.withoutAggregates(), g.exprs.anyType(ctx));
        item = e == null || namesOutput(e, outputs) ? item : e.sql();
      }
      if (item != null) {
        on.add(item);
      }
    }
    if (on.isEmpty()) {
      return new Distinct(Sql.of("DISTINCT "), List.of(), true);
    }
    return new Distinct(Sql.of("DISTINCT ON (").join(", ", on).add(") "), on, false);
  }

  /** An output column by unique name or by ordinal; null when there is nothing to name. */
  private Sql outputRef(List<GCol> outputs, List<String> pureLabels) {
    List<String> names = uniqueNames(outputs);
    if (!names.isEmpty() && g.chance(0.55)) {
      String name = g.pick(names);
      return pureLabels.contains(name) ? aliasRef(name) : Sql.of(g.ids.colId(name, g));
    }
    return outputs.isEmpty() ? null : ordinal(g.between(1, outputs.size()), outputs.size());
  }

  /** Output names that occur once, so that ORDER BY or DISTINCT ON by name is unambiguous. */
  static List<String> uniqueNames(List<GCol> outputs) {
    List<String> names = new ArrayList<>();
    for (GCol c : outputs) {
      if (c.name() != null
          && outputs.stream().filter(o -> c.name().equals(o.name())).count() == 1) {
        names.add(c.name());
      }
    }
    return names;
  }

  Sql orderBy(
      ExprCtx ctx,
      List<GCol> outputs,
      List<String> pureLabels,
      Distinct distinct,
      SelectGen.Role role) {
    double p =
        switch (role) {
          case TOP -> 0.4;
          case BRANCH -> 0;
          case EXISTS -> 0.03;
          default -> 0.12;
        };
    if (!g.want(Feature.ORDER_BY, p) && distinct.on().isEmpty() || role == SelectGen.Role.BRANCH) {
      return new Sql();
    }
    g.use(Feature.ORDER_BY);
    List<Sql> items = new ArrayList<>(distinct.on());
    int n = g.between(1, 3);
    for (int i = 0; i < n; i++) {
      Sql item =
          distinct.plain() || g.chance(0.5)
              ? outputRef(outputs, pureLabels)
              : inputExpression(ctx, outputs);
      if (item != null) {
        items.add(
            new Sql()
                .add(item)
                .add(g.pickOf("", "", " DESC", " ASC", " NULLS FIRST", " DESC NULLS LAST")));
      }
    }
    return items.isEmpty() ? new Sql() : Sql.of(" ORDER BY ").join(", ", items);
  }

  /**
   * True when the expression is a bare name that is also an output column's name: ORDER BY and
   * DISTINCT ON would take it for the output column (SQL92 rule), not the input one.
   */
  private static boolean namesOutput(Expr e, List<GCol> outputs) {
    String text = e.sql().text().replace("\"", "");
    return outputs.stream().anyMatch(o -> text.equals(o.name()));
  }

  private Sql inputExpression(ExprCtx ctx, List<GCol> outputs) {
    for (int attempt = 0; attempt < 3; attempt++) {
      Expr e = g.exprs.any(ctx);
      // Parentheses vanish and a minus folds into a number in the grammar: -(1.5) is a constant.
      String bare = e.sql().text().replaceAll("[()\\s]", "");
      if (!CONSTANT.matcher(bare).matches() && !namesOutput(e, outputs)) {
        return e.sql();
      }
    }
    return null;
  }

  Sql windowClause(ExprCtx.Windows windows) {
    if (windows.defs.isEmpty()) {
      return new Sql();
    }
    Sql sql = Sql.of(" WINDOW ");
    for (int i = 0; i < windows.defs.size(); i++) {
      ExprCtx.Windows.Def d = windows.defs.get(i);
      sql.add(i > 0 ? ", " : "").add(d.name() + " AS (").add(d.spec()).add(")");
    }
    return sql;
  }

  Sql limit(SelectGen.Role role) {
    if (role == SelectGen.Role.SCALAR && g.chance(0.4)) {
      return Sql.of(" LIMIT 1");
    }
    if (role == SelectGen.Role.BRANCH || role == SelectGen.Role.EXISTS || !g.chance(0.2)) {
      return new Sql();
    }
    return switch (g.random.nextInt(5)) {
      case 0 -> Sql.of(" LIMIT 10");
      case 1 -> Sql.of(" LIMIT " + g.param());
      case 2 -> Sql.of(" LIMIT 5 OFFSET 2");
      case 3 -> Sql.of(" OFFSET " + g.param());
      default -> Sql.of(" FETCH FIRST 3 ROWS ONLY");
    };
  }
}
