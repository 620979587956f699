package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * One SELECT: FROM, the select list (stars, qualified stars, expressions with labels, some named
 * after keywords), WHERE, grouping (plain keys, ordinals, output aliases, grouping sets), HAVING,
 * named windows, DISTINCT and DISTINCT ON, ORDER BY and LIMIT. When a caller needs particular
 * output types (a set-operation branch, IN, INSERT ... SELECT) it passes them.
 */
final class SelectGen {
  /** Where the SELECT stands, which decides the clauses it may have. */
  enum Role {
    TOP,
    DERIVED,
    CTE,
    EXISTS,
    IN,
    SCALAR,
    BRANCH,
    INSERT_SOURCE
  }

  /** A select-list entry: its text, the output columns it yields, its expression and label. */
  record Item(Sql sql, List<GCol> outputs, Expr expr, String label) {}

  private static final List<String> LABELS =
      List.of(
          "total",
          "n",
          "cnt",
          "label",
          "amount",
          "first_name",
          "x",
          "score",
          "year",
          "order",
          "value",
          "type",
          "user",
          "default",
          "position",
          "current",
          "day",
          "name",
          "id",
          "ts",
          "key",
          "number",
          "between",
          "left");

  private final Gen g;
  private final ClauseGen clauses;

  SelectGen(Gen g) {
    this.g = g;
    this.clauses = new ClauseGen(g);
  }

  /** A subquery in an expression or in FROM: one level deeper. */
  QueryGen.Query subquery(Scope outer, List<PgType> want, Role role) {
    List<Scope> levels = new ArrayList<>();
    List<Boolean> before = new ArrayList<>();
    for (Scope s = outer; s != null; s = s.outer) {
      levels.add(s);
      before.add(s.used);
      s.used = false;
    }
    boolean prefer = g.preferOuter;
    g.preferOuter = g.focus == Feature.CORRELATED;
    g.subqueryDepth++;
    try {
      return g.queries.body(outer, want, role);
    } finally {
      g.subqueryDepth--;
      g.preferOuter = prefer;
      for (int i = 0; i < levels.size(); i++) {
        Scope s = levels.get(i);
        if (s.used) {
          g.use(Feature.CORRELATED);
        }
        s.used |= before.get(i);
      }
    }
  }

  QueryGen.Query select(Scope outer, List<PgType> want, Role role) {
    FromGen.From from = want != null && g.chance(0.04) ? null : g.froms.from(outer);
    Scope scope =
        from == null
            ? new Scope(outer, List.of(), List.of(), false)
            : Scope.of(outer, from.items());
    boolean grouped = from != null && role != Role.EXISTS && g.want(Feature.GROUP_BY, 0.15);
    boolean aggOnly =
        !grouped
            && role != Role.EXISTS
            && (role == Role.SCALAR ? g.chance(0.5) : g.want(Feature.AGGREGATE, 0.08));
    List<Expr> keys = grouped ? clauses.keys(scope) : aggOnly ? List.of() : null;
    ExprCtx.Windows windows = new ExprCtx.Windows();
    ExprCtx ctx = new ExprCtx(scope, keys != null, keys == null, keys, false, 0, windows);
    List<Item> items = items(ctx, want, role);
    List<GCol> outputs = new ArrayList<>();
    items.forEach(i -> outputs.addAll(i.outputs()));
    List<String> pureLabels = pureLabels(items, scope);

    Sql sql = Sql.of("SELECT ");
    ClauseGen.Distinct distinct = clauses.distinct(ctx, items, outputs, role);
    sql.add(distinct.sql());
    sql.add(selectList(items, ctx, keys, role));
    if (from != null) {
      g.use(Feature.SELECT_LIST);
      sql.add(" FROM ").add(from.sql());
    }
    sql.add(where(scope, pureLabels));
    if (keys != null) {
      sql.add(clauses.groupBy(keys, items, outputs, pureLabels, aggOnly));
      sql.add(clauses.having(ctx, pureLabels));
    }
    Sql order = clauses.orderBy(ctx, outputs, pureLabels, distinct, role);
    sql.add(clauses.windowClause(windows));
    sql.add(order);
    sql.add(clauses.limit(role));
    return new QueryGen.Query(sql, outputs);
  }

  private Sql where(Scope scope, List<String> pureLabels) {
    Sql sql = new Sql();
    List<String> whereAlias = new ArrayList<>();
    if (g.want(Feature.SUBQUERY, 0.45) || g.want(Feature.CORRELATED, 0.1)) {
      sql.add(" WHERE ").add(g.predicates.predicate(ExprCtx.plain(scope)).sql());
      pureLabels.forEach(l -> whereAlias.add(" AND " + g.ids.colId(l, g) + " IS NULL"));
    } else {
      pureLabels.forEach(l -> whereAlias.add(" WHERE " + g.ids.colId(l, g) + " IS NOT NULL"));
    }
    return sql.insertion(Mutation.ALIAS_IN_WHERE, whereAlias);
  }

  /** Labels that are no input column's name: referring to them outside ORDER BY fails. */
  private static List<String> pureLabels(List<Item> items, Scope scope) {
    List<String> out = new ArrayList<>();
    for (Item i : items) {
      if (i.label() != null && !scope.isInputName(i.label()) && !out.contains(i.label())) {
        out.add(i.label());
      }
    }
    return out;
  }

  private List<Item> items(ExprCtx ctx, List<PgType> want, Role role) {
    List<Item> items = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    if (want != null) {
      // An untyped output would become text in a subquery; INSERT coerces it to the column.
      boolean typed = role != Role.INSERT_SOURCE;
      for (PgType t : want) {
        Expr e = typed ? g.exprs.typedOf(ctx, t) : g.exprs.of(ctx, t);
        items.add(expressionItem(ctx, e, labels, 0.35));
      }
      return items;
    }
    int n = role == Role.EXISTS ? 1 : g.between(1, role == Role.TOP ? 4 : 3);
    for (int i = 0; i < n && (i == 0 || g.spend(1)); i++) {
      if (role == Role.EXISTS && g.chance(0.6)) {
        items.add(
            new Item(
                Sql.of(g.pickOf("1", "*", "NULL")),
                List.of(new GCol(null, PgType.INTEGER)),
                null,
                null));
        continue;
      }
      Item star = ctx.keys() == null ? star(ctx.scope()) : null;
      if (star != null) {
        items.add(star);
      } else if (ctx.keys() != null && i < ctx.keys().size() && g.chance(0.75)) {
        items.add(expressionItem(ctx, ctx.keys().get(i), labels, 0.3));
      } else if (g.focus == Feature.TYPE_MIX && g.chance(0.2)) {
        Expr e = g.exprs.mixes.array(ctx, g.exprs.lits.sibling(g.exprs.anyType(ctx)));
        items.add(expressionItem(ctx, e, labels, 0.3));
      } else {
        items.add(expressionItem(ctx, g.exprs.any(ctx), labels, 0.25));
      }
    }
    return items;
  }

  /** {@code *} or {@code q.*}, now and then, when the query has FROM items. */
  private Item star(Scope scope) {
    if (scope.quals.isEmpty() || !g.want(Feature.SELECT_LIST, 0.2)) {
      return null;
    }
    g.use(Feature.SELECT_LIST);
    if (g.chance(0.4)) {
      return new Item(Sql.of("*"), scope.star(), null, null);
    }
    Scope.Qualifier q = g.pick(scope.quals);
    if (scope.quals.stream().filter(x -> x.name().equals(q.name())).count() != 1) {
      return null;
    }
    String qual = g.ids.colId(q.name(), g);
    Sql sql =
        Sql.of(qual)
            .wrap(Mutation.MISSPELL_QUALIFIER, List.of(g.typo(qual)))
            .wrap(
                Mutation.HIDDEN_TABLE_NAME,
                q.hiddenTable() == null ? List.of() : List.of(q.hiddenTable()));
    return new Item(sql.add(".*"), q.cols(), null, null);
  }

  private Item expressionItem(ExprCtx ctx, Expr e, List<String> labels, double plainP) {
    double p = e.name() == null ? 0.6 : plainP;
    // PostgreSQL resolves an untyped output column of a subquery to text.
    PgType type = e.untyped() ? PgType.TEXT : e.type();
    if (!g.chance(p)) {
      return new Item(e.sql(), List.of(new GCol(e.name(), type)), e, null);
    }
    String label = g.pick(LABELS);
    if (labels.contains(label)) {
      return new Item(e.sql(), List.of(new GCol(e.name(), type)), e, null);
    }
    labels.add(label);
    if (g.ids.isKeyword(label)) {
      g.use(Feature.KEYWORD_NAMES);
    }
    Sql sql = new Sql().add(e.sql()).add(g.ids.label(label, g));
    return new Item(sql, List.of(new GCol(label, type)), e, label);
  }

  /**
   * The select list; a branch of a set operation or an INSERT source can lose its last item or gain
   * one, and a grouped list can gain an ungrouped column.
   */
  private Sql selectList(List<Item> items, ExprCtx ctx, List<Expr> keys, Role role) {
    Mutation arity =
        role == Role.BRANCH
            ? Mutation.SETOP_ARITY
            : role == Role.INSERT_SOURCE ? Mutation.INSERT_ARITY : null;
    Sql sql = new Sql();
    for (int i = 0; i < items.size(); i++) {
      Sql item = items.get(i).sql();
      if (i == 0) {
        sql.add(item);
      } else if (i == items.size() - 1 && arity != null) {
        sql.site(arity, new Sql().add(", ").add(item), List.of(""));
      } else {
        sql.add(", ").add(item);
      }
    }
    if (arity != null) {
      sql.insertion(arity, List.of(", 1", ", NULL"));
    }
    if (keys != null) {
      Scope.Ref r =
          ctx.scope().pick(g, c -> keys.stream().noneMatch(k -> c.name().equals(k.name())), false);
      if (r != null) {
        sql.insertion(Mutation.NOT_GROUPED, List.of(", " + r.sql().text()));
      }
    }
    return sql;
  }
}
