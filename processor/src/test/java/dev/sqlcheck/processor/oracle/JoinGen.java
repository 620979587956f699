package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins: INNER, LEFT, RIGHT, FULL and CROSS, with ON, USING (optionally {@code AS alias}) or
 * NATURAL, and parenthesised joins with or without an alias. The ON clause sees only the two sides
 * of its join; USING and NATURAL merge columns the two sides have once each, and the merged columns
 * come first in the join's column list (parse_clause.c transformFromClauseItem).
 */
final class JoinGen {
  /** The join types; only INNER and LEFT (and CROSS) let the right side look left. */
  private enum Kind {
    INNER,
    LEFT,
    RIGHT,
    FULL,
    CROSS
  }

  private final Gen g;
  private final FromGen from;

  JoinGen(Gen g, FromGen from) {
    this.g = g;
    this.from = from;
  }

  /** A FROM item, maybe a chain of joins; {@code siblings} are the comma items before it. */
  FromGen.Item item(
      Scope outer, List<FromGen.Item> siblings, List<FromGen.Item> blocked, List<String> here) {
    return item(outer, siblings, blocked, here, 0, false);
  }

  private FromGen.Item item(
      Scope outer,
      List<FromGen.Item> siblings,
      List<FromGen.Item> blocked,
      List<String> here,
      int depth,
      boolean mustJoin) {
    FromGen.Item left = from.primary(outer, Scope.lateral(outer, siblings, blocked), here);
    boolean joinFocus =
        switch (g.focus) {
          case JOIN_ON, JOIN_USING, JOIN_NATURAL, OUTER_JOIN, NESTED_JOIN -> true;
          default -> false;
        };
    int n = mustJoin || g.chance(joinFocus ? 0.9 : 0.3) ? (g.chance(0.75) ? 1 : 2) : 0;
    for (int i = 0; i < n && (i == 0 && mustJoin || g.spend(3)); i++) {
      left = join(outer, siblings, blocked, left, here, depth);
    }
    return left;
  }

  private FromGen.Item join(
      Scope outer,
      List<FromGen.Item> siblings,
      List<FromGen.Item> outerBlocked,
      FromGen.Item left,
      List<String> here,
      int depth) {
    Kind kind = kind();
    // The right side may refer to the left one only under INNER and LEFT joins; under RIGHT and
    // FULL joins the names on the left still clash with those it may use.
    List<FromGen.Item> visible = new ArrayList<>(siblings);
    visible.add(left);
    List<FromGen.Item> blocked = outerBlocked;
    if (kind == Kind.RIGHT || kind == Kind.FULL) {
      List<FromGen.Item> all = new ArrayList<>(outerBlocked);
      all.addAll(visible);
      blocked = all;
      visible = List.of();
    }
    FromGen.Item right =
        depth == 0 && g.want(Feature.NESTED_JOIN, 0.1)
            ? nested(outer, visible, blocked, here, depth + 1)
            : from.primary(outer, Scope.lateral(outer, visible, blocked), here);
    return condition(outer, siblings, left, right, kind);
  }

  /** Joins the two sides with CROSS, NATURAL, USING or ON. */
  private FromGen.Item condition(
      Scope outer, List<FromGen.Item> siblings, FromGen.Item left, FromGen.Item right, Kind kind) {
    String keyword = keyword(kind);
    if (kind == Kind.CROSS) {
      return combine(left, right, new Sql().add(" CROSS JOIN ").add(right.sql()), List.of(), null);
    }
    double r = g.random.nextDouble();
    if (r < (g.focus == Feature.JOIN_NATURAL ? 0.8 : 0.1)) {
      List<String> common = naturalColumns(left, right);
      if (common != null) {
        g.use(Feature.JOIN_NATURAL);
        return combine(
            left, right, new Sql().add(" NATURAL " + keyword + " ").add(right.sql()), common, null);
      }
    } else if (r < (g.focus == Feature.JOIN_USING ? 0.9 : 0.35)) {
      FromGen.Item using = using(left, right, siblings, keyword);
      if (using != null) {
        return using;
      }
    }
    g.use(Feature.JOIN_ON);
    Sql sql =
        new Sql()
            .add(" " + keyword + " ")
            .add(right.sql())
            .add(" ON ")
            .add(on(outer, left, right, siblings));
    return combine(left, right, sql, List.of(), null);
  }

  private Kind kind() {
    Kind k =
        g.focus == Feature.OUTER_JOIN && g.chance(0.8)
            ? g.pickOf(Kind.LEFT, Kind.RIGHT, Kind.FULL)
            : g.pickOf(
                Kind.INNER,
                Kind.INNER,
                Kind.INNER,
                Kind.LEFT,
                Kind.LEFT,
                Kind.RIGHT,
                Kind.FULL,
                Kind.CROSS);
    if (k == Kind.LEFT || k == Kind.RIGHT || k == Kind.FULL) {
      g.use(Feature.OUTER_JOIN);
    }
    return k;
  }

  private String keyword(Kind k) {
    return switch (k) {
      case INNER -> g.pickOf("JOIN", "INNER JOIN");
      case LEFT -> g.pickOf("LEFT JOIN", "LEFT OUTER JOIN");
      case RIGHT -> g.pickOf("RIGHT JOIN", "RIGHT OUTER JOIN");
      case FULL -> g.pickOf("FULL JOIN", "FULL OUTER JOIN");
      case CROSS -> "CROSS JOIN";
    };
  }

  /** {@code ( item ) [AS alias]}: an alias hides every name inside the parentheses. */
  private FromGen.Item nested(
      Scope outer,
      List<FromGen.Item> visible,
      List<FromGen.Item> blocked,
      List<String> here,
      int depth) {
    g.use(Feature.NESTED_JOIN);
    FromGen.Item inner = item(outer, visible, blocked, here, depth, true);
    Sql sql = new Sql().add("(").add(inner.sql()).add(")");
    if (!g.chance(0.4)) {
      return new FromGen.Item(sql, inner.cols(), inner.quals());
    }
    String alias = g.alias();
    sql.add(g.chance(0.5) ? " AS " : " ").add(from.aliasText(alias, here));
    here.add(alias);
    return new FromGen.Item(
        sql, inner.cols(), List.of(new Scope.Qualifier(alias, inner.cols(), null, null)));
  }

  /** The join's columns: merged ones first, then the rest of each side, in order. */
  private static FromGen.Item combine(
      FromGen.Item left,
      FromGen.Item right,
      Sql tail,
      List<String> merged,
      Scope.Qualifier usingAlias) {
    List<GCol> cols = new ArrayList<>();
    List<GCol> mergedCols = new ArrayList<>();
    for (String m : merged) {
      GCol l = left.cols().stream().filter(c -> m.equals(c.name())).findFirst().orElseThrow();
      GCol r = right.cols().stream().filter(c -> m.equals(c.name())).findFirst().orElseThrow();
      mergedCols.add(new GCol(m, PgType.common(l.type(), r.type())));
    }
    cols.addAll(mergedCols);
    for (GCol c : left.cols()) {
      if (c.name() == null || !merged.contains(c.name())) {
        cols.add(c);
      }
    }
    for (GCol c : right.cols()) {
      if (c.name() == null || !merged.contains(c.name())) {
        cols.add(c);
      }
    }
    List<Scope.Qualifier> quals = new ArrayList<>(left.quals());
    quals.addAll(right.quals());
    if (usingAlias != null) {
      quals.add(new Scope.Qualifier(usingAlias.name(), mergedCols, null, null));
    }
    return new FromGen.Item(new Sql().add(left.sql()).add(tail), cols, quals);
  }

  private static int count(List<GCol> cols, String name) {
    return (int) cols.stream().filter(c -> name.equals(c.name())).count();
  }

  private static GCol find(List<GCol> cols, String name) {
    return cols.stream().filter(c -> name.equals(c.name())).findFirst().orElse(null);
  }

  /** Names both sides have exactly once, with comparable types; null if NATURAL would fail. */
  private static List<String> naturalColumns(FromGen.Item left, FromGen.Item right) {
    List<String> common = new ArrayList<>();
    for (GCol l : left.cols()) {
      if (l.name() == null || find(right.cols(), l.name()) == null) {
        continue;
      }
      if (count(left.cols(), l.name()) != 1
          || count(right.cols(), l.name()) != 1
          || !l.type().compatible(find(right.cols(), l.name()).type())) {
        return null;
      }
      common.add(l.name());
    }
    return common;
  }

  private FromGen.Item using(
      FromGen.Item left, FromGen.Item right, List<FromGen.Item> siblings, String keyword) {
    List<String> common = new ArrayList<>();
    for (GCol l : left.cols()) {
      GCol r = l.name() == null ? null : find(right.cols(), l.name());
      if (r != null
          && count(left.cols(), l.name()) == 1
          && count(right.cols(), l.name()) == 1
          && l.type().compatible(r.type())
          && !common.contains(l.name())) {
        common.add(l.name());
      }
    }
    if (common.isEmpty()) {
      return null;
    }
    g.use(Feature.JOIN_USING);
    List<String> names = new ArrayList<>();
    int n = g.chance(0.75) ? 1 : Math.min(2, common.size());
    for (int i = 0; i < n; i++) {
      names.add(common.remove(g.random.nextInt(common.size())));
    }
    Sql list = new Sql();
    for (String name : names) {
      String w = g.ids.colId(name, g);
      list.add(list.isEmpty() ? "" : ", ")
          .add(Sql.of(w).wrap(Mutation.MISSPELL_COLUMN, List.of(g.typo(w))));
    }
    Sql tail =
        new Sql()
            .add(" " + keyword + " ")
            .add(right.sql())
            .add(" USING (")
            .add(list.wrap(Mutation.USING_OUTSIDE_JOIN, outsideNames(left, right, siblings)))
            .add(")");
    Scope.Qualifier alias = null;
    if (g.want(Feature.JOIN_USING, 0.15) && g.chance(0.3)) {
      String a = g.alias();
      tail.add(" AS " + g.ids.colId(a, g));
      alias = new Scope.Qualifier(a, List.of(), null, null);
    }
    return combine(left, right, tail, names, alias);
  }

  /** Names the right side shares with an item outside the join but not with the left side. */
  private List<String> outsideNames(
      FromGen.Item left, FromGen.Item right, List<FromGen.Item> siblings) {
    List<String> out = new ArrayList<>();
    for (FromGen.Item s : siblings) {
      for (GCol c : s.cols()) {
        if (c.name() != null
            && count(right.cols(), c.name()) == 1
            && count(left.cols(), c.name()) == 0
            && !out.contains(c.name())) {
          out.add(g.ids.colId(c.name(), g));
        }
      }
    }
    return out;
  }

  /** An ON condition over the two sides, replaceable by one over an item outside the join. */
  private Sql on(Scope outer, FromGen.Item left, FromGen.Item right, List<FromGen.Item> sibs) {
    List<Scope.Qualifier> quals = new ArrayList<>(left.quals());
    quals.addAll(right.quals());
    Scope on = new Scope(outer, quals, List.of(left.cols(), right.cols()), false);
    Sql cond = equality(on, left, right);
    if (cond == null || g.chance(0.2)) {
      Sql p = g.predicates.predicate(ExprCtx.plain(on)).sql();
      cond = cond == null ? p : cond.add(" AND ").add(p);
    }
    List<String> outside = new ArrayList<>();
    for (FromGen.Item s : sibs) {
      String e = outsideEquality(s, right);
      if (e != null) {
        outside.add(e);
      }
    }
    return cond.wrap(Mutation.ON_OUTSIDE_JOIN, outside);
  }

  /** {@code l = r} for a column of each side with comparable types, or null. */
  private Sql equality(Scope on, FromGen.Item left, FromGen.Item right) {
    for (int attempt = 0; attempt < 6; attempt++) {
      Scope.Ref r = on.pick(g, c -> true, false, right.quals()::contains);
      if (r == null) {
        return null;
      }
      Scope.Ref l =
          on.pick(g, c -> c.type().compatible(r.col().type()), false, left.quals()::contains);
      if (l != null) {
        return new Sql().add(l.sql()).add(" = ").add(r.sql());
      }
    }
    return null;
  }

  private String outsideEquality(FromGen.Item sibling, FromGen.Item right) {
    for (Scope.Qualifier s : sibling.quals()) {
      for (Scope.Qualifier q : right.quals()) {
        for (GCol c : q.cols()) {
          GCol m =
              s.cols().stream()
                  .filter(
                      x -> x.name() != null && c.name() != null && x.type().compatible(c.type()))
                  .findFirst()
                  .orElse(null);
          if (m != null) {
            return g.ids.colId(s.name(), g)
                + "."
                + g.ids.attr(m.name(), g)
                + " = "
                + g.ids.colId(q.name(), g)
                + "."
                + g.ids.attr(c.name(), g);
          }
        }
      }
    }
    return null;
  }
}
