package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * INSERT (VALUES, SELECT, DEFAULT VALUES, ON CONFLICT, RETURNING), UPDATE (SET forms, FROM,
 * RETURNING, the target aliased {@code new} or {@code old}), DELETE (USING, RETURNING), and the
 * recursive CTE templates.
 */
final class DmlGen {
  private final Gen g;
  private final InsertGen inserts;

  DmlGen(Gen g) {
    this.g = g;
    this.inserts = new InsertGen(g, this);
  }

  QueryGen.Query any(boolean returning) {
    return switch (g.random.nextInt(3)) {
      case 0 -> insert(returning);
      case 1 -> update(returning);
      default -> delete(returning);
    };
  }

  QueryGen.Query insert(boolean returning) {
    return inserts.insert(returning);
  }

  SchemaModel.Table target() {
    List<SchemaModel.Table> tables =
        g.model.tables.stream().filter(t -> !t.view() || g.chance(0.05)).toList();
    SchemaModel.Table t = g.pick(tables);
    if (!t.isPublic()) {
      g.use(Feature.SECOND_SCHEMA);
    }
    return t;
  }

  String written(SchemaModel.Table t) {
    String name = g.ids.colId(t.name(), g);
    boolean shadowed = g.ctes.stream().anyMatch(c -> c.name().equals(t.name()));
    return t.isPublic()
        ? (shadowed || g.chance(0.05) ? "public." + name : name)
        : t.schema() + "." + name;
  }

  /** The target as written with an optional alias, and the qualifier it makes visible. */
  Scope.Qualifier target(Sql sql, SchemaModel.Table t, double aliasP, boolean needsAs) {
    String written = written(t);
    sql.add(Sql.of(written).wrap(Mutation.MISSPELL_TABLE, List.of(g.typo(written))));
    boolean aliased = g.chance(aliasP) || !g.reserve(t.name());
    if (!aliased) {
      return new Scope.Qualifier(t.name(), t.cols(), null, t.schema());
    }
    String alias = g.chance(0.25) ? g.pickOf("new", "old") : null;
    if (alias == null || !g.reserve(alias)) {
      alias = g.alias();
    }
    sql.add(needsAs || g.chance(0.6) ? " AS " : " ").add(g.ids.colId(alias, g));
    return new Scope.Qualifier(alias, t.cols(), t.name(), null);
  }

  QueryGen.Query update(boolean returning) {
    g.use(Feature.UPDATE);
    SchemaModel.Table t = target();
    Sql sql = Sql.of("UPDATE ");
    Scope.Qualifier q = target(sql, t, 0.5, false);
    FromGen.From from = g.chance(0.3) ? g.froms.from(null, targetItem(q)) : null;
    Scope scope = scope(q, from);
    sql.add(" SET ");
    int n = g.between(1, 3);
    List<GCol> done = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      GCol c = g.pick(t.cols());
      if (done.contains(c)) {
        continue;
      }
      done.add(c);
      sql.add(done.size() > 1 ? ", " : "").add(setTarget(c, t)).add(" = ");
      sql.add(g.chance(0.1) ? Sql.of("DEFAULT") : g.exprs.of(ExprCtx.plain(scope), c.type()).sql());
    }
    if (from != null) {
      sql.add(" FROM ").add(from.sql());
    }
    sql.add(where(scope, 0.7));
    return finish(sql, scope, returning);
  }

  QueryGen.Query delete(boolean returning) {
    g.use(Feature.DELETE);
    SchemaModel.Table t = target();
    Sql sql = Sql.of("DELETE FROM ");
    Scope.Qualifier q = target(sql, t, 0.4, false);
    FromGen.From from = g.chance(0.3) ? g.froms.from(null, targetItem(q)) : null;
    if (from != null) {
      sql.add(" USING ").add(from.sql());
    }
    Scope scope = scope(q, from);
    sql.add(where(scope, 0.8));
    return finish(sql, scope, returning);
  }

  /** The target as a FROM item the FROM or USING items cannot refer to. */
  private static List<FromGen.Item> targetItem(Scope.Qualifier q) {
    return List.of(new FromGen.Item(new Sql(), q.cols(), List.of(q)));
  }

  private static Scope scope(Scope.Qualifier target, FromGen.From from) {
    List<Scope.Qualifier> quals = new ArrayList<>(List.of(target));
    List<List<GCol>> groups = new ArrayList<>(List.of(target.cols()));
    if (from != null) {
      for (FromGen.Item item : from.items()) {
        quals.addAll(item.quals());
        groups.add(item.cols());
      }
    }
    return new Scope(null, quals, groups, false);
  }

  /** A SET or INSERT target column: always unqualified; mutants misspell or replace it. */
  Sql setTarget(GCol c, SchemaModel.Table t) {
    String w = g.ids.colId(c.name(), g);
    String foreign = g.pick(g.model.allColumnNames);
    List<String> others =
        t.cols().stream().anyMatch(x -> x.name().equals(foreign))
            ? List.of()
            : List.of(g.ids.colId(foreign, g));
    return Sql.of(w)
        .wrap(Mutation.MISSPELL_COLUMN, List.of(g.typo(w)))
        .wrap(Mutation.FOREIGN_COLUMN, others);
  }

  private Sql where(Scope scope, double p) {
    if (!g.chance(p)) {
      return new Sql();
    }
    return Sql.of(" WHERE ").add(g.predicates.predicate(ExprCtx.plain(scope)).sql());
  }

  /** Adds RETURNING when asked for (or now and then) and returns the statement. */
  QueryGen.Query finish(Sql sql, Scope scope, boolean returning) {
    if (!returning && !g.want(Feature.RETURNING, 0.3)) {
      return new QueryGen.Query(sql, List.of());
    }
    g.use(Feature.RETURNING);
    Scope r = scope.forReturning();
    List<GCol> outputs = new ArrayList<>();
    sql.add(" RETURNING ");
    int n = g.between(1, 3);
    for (int i = 0; i < n; i++) {
      sql.add(i > 0 ? ", " : "");
      if (g.chance(0.12)) {
        sql.add("*");
        outputs.addAll(r.star());
        continue;
      }
      Expr e = g.exprs.any(ExprCtx.plain(r));
      sql.add(e.sql());
      String label = e.name() == null || g.chance(0.2) ? "r" + i : null;
      if (label != null) {
        sql.add(g.ids.label(label, g));
      }
      // An untyped RETURNING value is text to whoever reads it (a data-modifying CTE).
      outputs.add(new GCol(label != null ? label : e.name(), e.untyped() ? PgType.TEXT : e.type()));
    }
    return new QueryGen.Query(sql, outputs);
  }

  /**
   * A recursive CTE, written into {@code def}: a counter, or a walk over a table along two of its
   * number columns; returns its columns.
   */
  List<GCol> recursive(Sql def, String name) {
    String n = g.ids.colId(name, g);
    if (g.chance(0.4)) {
      def.add(
          n
              + "(n, path) AS (SELECT 1, 'a'::text UNION ALL SELECT n + 1, path || 'x' FROM "
              + n
              + " WHERE n < 10)");
      return List.of(new GCol("n", PgType.INTEGER), new GCol("path", PgType.TEXT));
    }
    SchemaModel.Table t =
        g.pick(
            g.model.tables.stream()
                .filter(
                    x ->
                        x.isPublic()
                            && x.cols().stream()
                                    .filter(c -> c.type().group() == PgType.Group.NUMBER)
                                    .count()
                                >= 2)
                .toList());
    List<GCol> nums =
        t.cols().stream().filter(c -> c.type().group() == PgType.Group.NUMBER).toList();
    GCol id = nums.get(0);
    GCol link = nums.get(1 + g.random.nextInt(nums.size() - 1));
    String table = written(t);
    String a = g.alias();
    String b = g.alias();
    String r = g.alias();
    String idw = g.ids.attr(id.name(), g);
    String lw = g.ids.attr(link.name(), g);
    def.add(
            n
                + " AS (SELECT "
                + a
                + "."
                + idw
                + ", "
                + a
                + "."
                + lw
                + ", 1 AS depth FROM "
                + table
                + " "
                + a
                + " UNION ALL SELECT "
                + b
                + "."
                + idw
                + ", "
                + b
                + "."
                + lw
                + ", "
                + r
                + ".depth + 1 FROM "
                + table
                + " "
                + b
                + " JOIN "
                + n
                + " "
                + r
                + " ON ")
        .add(Sql.of(b + "." + lw).wrap(Mutation.MISSPELL_COLUMN, List.of(b + "." + g.typo(lw))))
        .add(" = " + r + "." + idw + " WHERE " + r + ".depth < 5)");
    return List.of(id, link, new GCol("depth", PgType.INTEGER));
  }
}
