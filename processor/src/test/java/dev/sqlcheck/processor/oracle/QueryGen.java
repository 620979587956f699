package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole statements: an optional WITH (plain, recursive, with column lists, shadowing a table,
 * data-modifying), then a SELECT or a set operation; or an INSERT, UPDATE or DELETE. The statement
 * kind follows the query's focus family.
 */
final class QueryGen {
  /** A generated query and its output columns as the generators predict them. */
  record Query(Sql sql, List<GCol> outputs) {}

  private static final List<String> CTE_NAMES =
      List.of("c", "cte", "recent", "totals", "tree", "nums", "base", "picked");

  private final Gen g;

  QueryGen(Gen g) {
    this.g = g;
  }

  Query top() {
    switch (g.focus) {
      case INSERT, ON_CONFLICT:
        return g.dml.insert(false);
      case UPDATE:
        return g.dml.update(false);
      case DELETE:
        return g.dml.delete(false);
      case RETURNING:
        return g.dml.any(true);
      default:
        if (g.chance(0.08)) {
          return g.dml.any(false);
        }
    }
    Sql with = with();
    Query body = body(null, null, SelectGen.Role.TOP);
    return new Query(new Sql().add(with).add(body.sql()), body.outputs());
  }

  /** A SELECT or a set operation of SELECTs. */
  Query body(Scope outer, List<PgType> want, SelectGen.Role role) {
    if (role != SelectGen.Role.INSERT_SOURCE && g.want(Feature.SET_OP, 0.06)) {
      return setOperation(outer, want, role);
    }
    Query q = g.selects.select(outer, want, role);
    return q;
  }

  private Query setOperation(Scope outer, List<PgType> want, SelectGen.Role role) {
    g.use(Feature.SET_OP);
    Query first = g.selects.select(outer, want, SelectGen.Role.BRANCH);
    List<PgType> types = first.outputs().stream().map(GCol::type).toList();
    Sql sql = new Sql().add(first.sql());
    List<String> laterNames = new ArrayList<>();
    int n = g.chance(0.75) ? 1 : 2;
    for (int i = 0; i < n; i++) {
      Query next = g.selects.select(outer, types, SelectGen.Role.BRANCH);
      String op = g.pickOf("UNION", "UNION ALL", "INTERSECT", "EXCEPT", "UNION", "EXCEPT ALL");
      boolean paren = g.chance(0.15);
      sql.add(" " + op + " ").add(paren ? "(" : "").add(next.sql()).add(paren ? ")" : "");
      for (GCol c : next.outputs()) {
        if (c.name() != null
            && first.outputs().stream().noneMatch(f -> c.name().equals(f.name()))) {
          laterNames.add(c.name());
        }
      }
    }
    boolean orderOk =
        role == SelectGen.Role.TOP || role == SelectGen.Role.DERIVED || role == SelectGen.Role.CTE;
    if (orderOk && (g.want(Feature.ORDER_BY, 0.4) || g.focus == Feature.SET_OP)) {
      sql.add(setOrder(first.outputs(), laterNames));
    }
    return new Query(sql, first.outputs());
  }

  /** ORDER BY of a set operation: first-branch names or ordinals only (analyze.c). */
  private Sql setOrder(List<GCol> outputs, List<String> laterNames) {
    g.use(Feature.ORDER_BY);
    List<String> names = ClauseGen.uniqueNames(outputs);
    Sql item;
    if (!names.isEmpty() && g.chance(0.65)) {
      String w = g.ids.colId(g.pick(names), g);
      List<String> second =
          laterNames.isEmpty() ? List.of() : List.of(g.ids.colId(g.pick(laterNames), g));
      item =
          Sql.of(w)
              .wrap(
                  Mutation.SETOP_ORDER_EXPRESSION,
                  List.of("(" + w + " IS NULL)", "lower(" + w + "::text)"))
              .wrap(Mutation.SETOP_ORDER_SECOND_BRANCH, second);
    } else {
      item =
          Sql.of(Integer.toString(g.between(1, outputs.size())))
              .wrap(
                  Mutation.ORDINAL_OUT_OF_RANGE,
                  List.of(Integer.toString(outputs.size() + 1), "0"));
    }
    return Sql.of(" ORDER BY ").add(item).add(g.pickOf("", " DESC", " NULLS LAST"));
  }

  /** The WITH clause of a top-level statement, or nothing. */
  Sql with() {
    boolean recursive = g.want(Feature.RECURSIVE_CTE, 0.03);
    if (!recursive && !g.want(Feature.CTE, 0.1)) {
      return new Sql();
    }
    g.use(Feature.CTE);
    Sql sql = Sql.of(recursive ? "WITH RECURSIVE " : "WITH ");
    int n = g.chance(0.7) ? 1 : 2;
    for (int i = 0; i < n; i++) {
      String name = cteName(recursive);
      Sql def = new Sql();
      List<GCol> cols;
      if (recursive && i == 0) {
        g.use(Feature.RECURSIVE_CTE);
        cols = g.dml.recursive(def, name);
      } else {
        def.add(g.ids.colId(name, g));
        Query q = g.chance(0.06) ? g.dml.any(true) : body(null, null, SelectGen.Role.CTE);
        cols = g.chance(0.25) ? g.froms.aliasList(def, q.outputs()) : q.outputs();
        def.add(" AS " + g.pickOf("", "", "", "MATERIALIZED ", "NOT MATERIALIZED "))
            .add("(")
            .add(q.sql())
            .add(")");
      }
      sql.add(i > 0 ? ", " : "").add(def);
      g.ctes.add(new FromGen.Relation(null, name, cols, false, true));
    }
    return sql.add(" ");
  }

  /**
   * A CTE name; now and then a table's, so that the CTE shadows it, but not under RECURSIVE, where
   * the CTE's own body would then refer to itself.
   */
  private String cteName(boolean recursive) {
    for (int attempt = 0; ; attempt++) {
      String name =
          !recursive && g.chance(0.15) && attempt < 3
              ? g.pick(g.model.tables.stream().filter(SchemaModel.Table::isPublic).toList()).name()
              : g.pick(CTE_NAMES) + (attempt > 3 ? attempt : "");
      if (g.ctes.stream().noneMatch(c -> c.name().equals(name)) && !g.taken(name)) {
        return name;
      }
    }
  }
}
