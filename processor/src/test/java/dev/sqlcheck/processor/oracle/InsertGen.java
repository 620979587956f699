package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * INSERT statements: a column list or none, VALUES rows (literals, untyped literals, NULL, DEFAULT,
 * parameters), INSERT ... SELECT or DEFAULT VALUES, ON CONFLICT on the primary key (DO NOTHING, or
 * DO UPDATE over the target and EXCLUDED), and RETURNING. Mutants give a row a value more or less,
 * or the column list a column more or less.
 */
final class InsertGen {
  private final Gen g;
  private final DmlGen dml;

  InsertGen(Gen g, DmlGen dml) {
    this.g = g;
    this.dml = dml;
  }

  QueryGen.Query insert(boolean returning) {
    g.use(Feature.INSERT);
    SchemaModel.Table t = dml.target();
    Sql sql = Sql.of("INSERT INTO ");
    Scope.Qualifier q = dml.target(sql, t, 0.15, true);
    List<GCol> cols = columns(sql, t);
    double r = g.random.nextDouble();
    if (r < 0.05 && cols.size() == t.cols().size()) {
      sql.add(" DEFAULT VALUES");
    } else if (r < 0.3) {
      List<PgType> types = cols.stream().map(GCol::type).toList();
      sql.add(" ").add(g.selects.select(null, types, SelectGen.Role.INSERT_SOURCE).sql());
    } else {
      sql.add(" VALUES ").add(rows(cols, t));
    }
    if (!t.key().isEmpty() && g.want(Feature.ON_CONFLICT, 0.15)) {
      sql.add(onConflict(q, t));
    }
    Scope scope = new Scope(null, List.of(q), List.of(q.cols()), false);
    return dml.finish(sql, scope, returning);
  }

  /** The column list (or none, meaning all columns in order); mutants add or drop one. */
  private List<GCol> columns(Sql sql, SchemaModel.Table t) {
    if (g.chance(0.25)) {
      return t.cols();
    }
    List<GCol> pool = new ArrayList<>(t.cols());
    List<GCol> cols = new ArrayList<>();
    int n = g.between(1, Math.min(4, pool.size()));
    for (int i = 0; i < n; i++) {
      cols.add(pool.remove(g.random.nextInt(pool.size())));
    }
    sql.add(" (");
    for (int i = 0; i < cols.size(); i++) {
      Sql name = dml.setTarget(cols.get(i), t);
      if (i > 0 && i == cols.size() - 1) {
        sql.site(Mutation.INSERT_ARITY, new Sql().add(", ").add(name), List.of(""));
      } else {
        sql.add(i > 0 ? ", " : "").add(name);
      }
    }
    if (!pool.isEmpty()) {
      sql.insertion(Mutation.INSERT_ARITY, List.of(", " + g.ids.colId(g.pick(pool).name(), g)));
    }
    sql.add(")");
    return cols;
  }

  private Sql rows(List<GCol> cols, SchemaModel.Table t) {
    Sql sql = new Sql();
    int rows = g.chance(0.75) ? 1 : g.between(2, 3);
    for (int r = 0; r < rows; r++) {
      sql.add(r > 0 ? ", (" : "(");
      for (int i = 0; i < cols.size(); i++) {
        Sql v = value(cols.get(i).type(), rows == 1);
        if (i > 0 && i == cols.size() - 1) {
          sql.site(Mutation.INSERT_ARITY, new Sql().add(", ").add(v), List.of(""));
        } else {
          sql.add(i > 0 ? ", " : "").add(v);
        }
      }
      sql.insertion(Mutation.INSERT_ARITY, List.of(", DEFAULT", ", NULL", ", " + g.param()));
      sql.add(")");
    }
    return sql;
  }

  /** A value assignable to a column of type {@code t}. */
  private Sql value(PgType t, boolean single) {
    double r = g.random.nextDouble();
    Literals lits = g.exprs.lits;
    if (r < 0.2) {
      return Sql.of(g.param());
    }
    if (r < 0.3) {
      return Sql.of("DEFAULT");
    }
    if (r < 0.5) {
      return lits.untyped(t).sql();
    }
    if (r < 0.6 && single) {
      ExprCtx none = ExprCtx.plain(new Scope(null, List.of(), List.of(), false));
      return g.exprs.of(none, t).sql();
    }
    return lits.typed(t.group() == PgType.Group.STRING ? t : lits.sibling(t)).sql();
  }

  private Sql onConflict(Scope.Qualifier q, SchemaModel.Table t) {
    g.use(Feature.ON_CONFLICT);
    Sql sql = Sql.of(" ON CONFLICT");
    double r = g.random.nextDouble();
    if (r < 0.2) {
      return sql.add(" DO NOTHING");
    }
    sql.add(" (");
    for (int i = 0; i < t.key().size(); i++) {
      String w = g.ids.colId(t.key().get(i), g);
      sql.add(i > 0 ? ", " : "").add(Sql.of(w).wrap(Mutation.MISSPELL_COLUMN, List.of(g.typo(w))));
    }
    sql.add(")");
    if (r < 0.4) {
      return sql.add(" DO NOTHING");
    }
    Scope.Qualifier excluded = new Scope.Qualifier("excluded", t.cols(), null, null);
    Scope scope = new Scope(null, List.of(q, excluded), List.of(q.cols(), t.cols()), false);
    sql.add(" DO UPDATE SET ");
    int n = g.between(1, 2);
    List<GCol> done = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      GCol c = g.pick(t.cols());
      if (done.contains(c)) {
        continue;
      }
      done.add(c);
      sql.add(done.size() > 1 ? ", " : "").add(dml.setTarget(c, t)).add(" = ");
      sql.add(g.exprs.of(ExprCtx.plain(scope), c.type()).sql());
    }
    if (g.chance(0.3)) {
      sql.add(" WHERE ").add(g.predicates.predicate(ExprCtx.plain(scope)).sql());
    }
    return sql;
  }
}
