package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * FROM clauses: comma lists of items, each a table, view, CTE, derived table (LATERAL or not),
 * VALUES list or function ({@link SrfGen}), possibly joined to others. Every item reports the
 * columns PostgreSQL gives it and the qualifiers it makes visible, following parse_clause.c:
 * aliases hide table names, column alias lists rename leading columns, a join without alias keeps
 * its tables' names visible, and a join with an alias hides them.
 */
final class FromGen {
  /** Something FROM can name: a table or view of the schema, or a CTE. */
  record Relation(String schema, String name, List<GCol> cols, boolean view, boolean cte) {}

  /** A FROM item: its text, its columns in {@code *} order, the qualifiers it makes visible. */
  record Item(Sql sql, List<GCol> cols, List<Scope.Qualifier> quals) {}

  /** A whole FROM list and its top-level items. */
  record From(Sql sql, List<Item> items) {}

  private static final List<String> COLUMN_ALIASES =
      List.of(
          "a",
          "b",
          "c",
          "n",
          "x",
          "val",
          "label",
          "total",
          "k",
          "year",
          "value",
          "type",
          "order",
          "user",
          "position",
          "first",
          "name",
          "id",
          "current",
          "number");

  private final Gen g;
  private final JoinGen joins;

  FromGen(Gen g) {
    this.g = g;
    this.joins = new JoinGen(g, this);
  }

  From from(Scope outer) {
    return from(outer, List.of());
  }

  /**
   * A FROM list whose items may not refer to {@code blocked} (the target of UPDATE ... FROM and
   * DELETE ... USING), whose names still clash with theirs.
   */
  From from(Scope outer, List<Item> blocked) {
    boolean several =
        (g.want(Feature.COMMA_FROM, 0.25)
                || ((g.focus == Feature.LATERAL || g.focus == Feature.JOIN_USING) && g.chance(0.7)))
            && g.spend(3);
    int n = several ? (g.chance(0.7) ? 2 : 3) : 1;
    List<Item> items = new ArrayList<>();
    List<String> here = new ArrayList<>();
    Sql sql = new Sql();
    for (int i = 0; i < n; i++) {
      Item item = joins.item(outer, items, blocked, here);
      sql.add(i > 0 ? ", " : "").add(item.sql());
      items.add(item);
    }
    if (n > 1) {
      g.use(Feature.COMMA_FROM);
    }
    return new From(sql, items);
  }

  /** One table-like item, not a join; {@code lateral} is what it may refer to sideways. */
  Item primary(Scope outer, Scope lateral, List<String> here) {
    if (!g.ctes.isEmpty() && g.chance(g.focus == Feature.CTE ? 0.6 : 0.3)) {
      return relation(g.pick(g.ctes), here);
    }
    if (g.subqueryDepth < 2
        && (g.want(Feature.DERIVED_TABLE, 0.08)
            || (g.focus == Feature.LATERAL && !lateral.quals.isEmpty() && g.chance(0.8)))
        && g.spend(6)) {
      return derived(outer, lateral, here);
    }
    if (g.want(Feature.SRF, 0.07)) {
      return g.srfs.item(lateral, here);
    }
    if (g.want(Feature.VALUES_FROM, 0.03)) {
      return values(here);
    }
    return relation(table(), here);
  }

  private Relation table() {
    List<SchemaModel.Table> tables = g.model.tables;
    SchemaModel.Table t = g.pick(tables);
    if (g.focus == Feature.VIEW && !t.view() && g.chance(0.6)) {
      t = g.pick(tables.stream().filter(SchemaModel.Table::view).toList());
    } else if (g.focus == Feature.SECOND_SCHEMA && t.isPublic() && g.chance(0.6)) {
      t = g.pick(tables.stream().filter(x -> !x.isPublic()).toList());
    }
    return new Relation(t.schema(), t.name(), t.cols(), t.view(), false);
  }

  Item relation(Relation rel, List<String> here) {
    Sql sql = name(rel);
    boolean aliased = g.chance(0.55) || !g.reserve(rel.name());
    String qualifier = rel.name();
    List<GCol> cols = rel.cols();
    if (aliased) {
      qualifier = g.alias();
      sql.add(g.chance(0.6) ? " AS " : " ").add(aliasText(qualifier, here));
      if (g.want(Feature.ALIAS_COLUMNS, 0.08)) {
        cols = aliasList(sql, cols);
      }
    }
    here.add(qualifier);
    String schema = aliased || rel.cte() ? null : rel.schema();
    return new Item(
        sql,
        cols,
        List.of(new Scope.Qualifier(qualifier, cols, aliased ? rel.name() : null, schema)));
  }

  /** The relation's name as written, with the misspelling and wrong-schema sites. */
  private Sql name(Relation rel) {
    String table = g.ids.colId(rel.name(), g);
    if (rel.cte()) {
      g.use(Feature.CTE);
      return Sql.of(table).wrap(Mutation.MISSPELL_TABLE, List.of(g.typo(table)));
    }
    if (rel.view()) {
      g.use(Feature.VIEW);
    }
    boolean shadowed = g.ctes.stream().anyMatch(c -> c.name().equals(rel.name()));
    List<String> elsewhere = new ArrayList<>();
    String written;
    if (!rel.schema().equals("public")) {
      g.use(Feature.SECOND_SCHEMA);
      written = rel.schema() + "." + table;
      elsewhere.add(table);
      elsewhere.add("public." + table);
    } else {
      written = shadowed || g.chance(0.08) ? "public." + table : table;
      elsewhere.add("s2." + table);
    }
    String typo =
        g.chance(0.8) || !written.contains(".")
            ? prefix(written) + g.typo(table)
            : g.typo(rel.schema()) + "." + table;
    return Sql.of(written)
        .wrap(Mutation.MISSPELL_TABLE, List.of(typo))
        .wrap(Mutation.WRONG_SCHEMA, elsewhere);
  }

  private static String prefix(String written) {
    int dot = written.indexOf('.');
    return dot < 0 ? "" : written.substring(0, dot + 1);
  }

  /** An alias as written, replaceable by a name already used in the same FROM. */
  Sql aliasText(String alias, List<String> here) {
    List<String> dup = here.isEmpty() ? List.of() : List.of(g.pick(here));
    return Sql.of(g.ids.colId(alias, g)).wrap(Mutation.DUPLICATE_ALIAS, dup);
  }

  /**
   * Writes a column alias list of at most as many names as {@code cols} and returns the renamed
   * columns; the mutant site adds names past the end.
   */
  List<GCol> aliasList(Sql sql, List<GCol> cols) {
    g.use(Feature.ALIAS_COLUMNS);
    int k = g.between(1, Math.max(1, cols.size()));
    List<GCol> out = new ArrayList<>(cols);
    sql.add("(");
    for (int i = 0; i < k; i++) {
      String name = g.pick(COLUMN_ALIASES);
      sql.add(i > 0 ? ", " : "").add(g.ids.colId(name, g));
      if (i < out.size()) {
        out.set(i, out.get(i).renamed(name));
      }
    }
    StringBuilder extra = new StringBuilder();
    for (int i = k; i <= cols.size(); i++) {
      extra.append(", extra").append(i);
    }
    sql.insertion(Mutation.ALIAS_LIST_TOO_LONG, List.of(extra.toString()));
    sql.add(")");
    return out;
  }

  private Item derived(Scope outer, Scope lateral, List<String> here) {
    g.use(Feature.DERIVED_TABLE);
    boolean tryLateral = !lateral.quals.isEmpty() && g.want(Feature.LATERAL, 0.25);
    lateral.used = false;
    boolean prefer = g.preferOuter;
    g.preferOuter = tryLateral && g.focus == Feature.LATERAL;
    g.subqueryDepth++;
    QueryGen.Query q = g.queries.body(tryLateral ? lateral : outer, null, SelectGen.Role.DERIVED);
    g.subqueryDepth--;
    g.preferOuter = prefer;
    Sql sql = new Sql();
    if (tryLateral && lateral.used) {
      g.use(Feature.LATERAL);
      sql.site(Mutation.DROP_LATERAL, "LATERAL ", List.of(""));
    } else if (tryLateral && g.chance(0.5)) {
      sql.add("LATERAL ");
    }
    sql.add("(").add(q.sql()).add(")");
    return aliased(sql, q.outputs(), here);
  }

  /** An item that must have an alias (derived table, VALUES), with maybe a column list. */
  Item aliased(Sql sql, List<GCol> cols, List<String> here) {
    String alias = g.alias();
    sql.add(g.chance(0.7) ? " AS " : " ").add(aliasText(alias, here));
    List<GCol> named = g.want(Feature.ALIAS_COLUMNS, 0.25) ? aliasList(sql, cols) : cols;
    here.add(alias);
    return new Item(sql, named, List.of(new Scope.Qualifier(alias, named, null, null)));
  }

  private Item values(List<String> here) {
    g.use(Feature.VALUES_FROM);
    int ncols = g.between(1, 3);
    int nrows = g.between(1, 3);
    List<PgType> types = new ArrayList<>();
    for (int i = 0; i < ncols; i++) {
      types.add(g.exprs.freeType());
    }
    Sql sql = Sql.of("(VALUES ");
    boolean[] typed = new boolean[ncols];
    PgType[] resolved = new PgType[ncols];
    for (int r = 0; r < nrows; r++) {
      sql.add(r > 0 ? ", (" : "(");
      for (int i = 0; i < ncols; i++) {
        PgType t = types.get(i);
        Literals l = g.exprs.lits;
        Expr cell =
            r == 0 && g.chance(0.7)
                ? l.typed(l.sibling(t))
                : g.chance(0.6) ? l.typed(l.sibling(t)) : l.untyped(t);
        if (!cell.untyped()) {
          resolved[i] = typed[i] ? PgType.common(resolved[i], cell.type()) : cell.type();
          typed[i] = true;
        }
        sql.add(i > 0 ? ", " : "").add(cell.sql());
      }
      sql.add(")");
    }
    sql.add(")");
    List<GCol> cols = new ArrayList<>();
    for (int i = 0; i < ncols; i++) {
      // A column of untyped literals and NULLs only is text.
      cols.add(new GCol("column" + (i + 1), typed[i] ? resolved[i] : PgType.TEXT));
    }
    return aliased(sql, cols, here);
  }
}
