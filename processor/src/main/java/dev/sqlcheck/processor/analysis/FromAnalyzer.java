package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.Values;

/**
 * FROM clauses: tables, derived tables, LATERAL, VALUES, table functions, and every join kind.
 * Outer joins make the optional side nullable; USING and NATURAL merge columns the way PostgreSQL
 * does, which also decides the order {@code *} expands to.
 */
final class FromAnalyzer {
  private final AnalysisContext ctx;
  private final ExpressionAnalyzer expressions;
  private final SelectAnalyzer selects;
  private final TableResolver tables;

  FromAnalyzer(AnalysisContext ctx, ExpressionAnalyzer expressions, SelectAnalyzer selects) {
    this.ctx = ctx;
    this.expressions = expressions;
    this.selects = selects;
    this.tables = new TableResolver(ctx);
  }

  TableResolver tables() {
    return tables;
  }

  /** Adds a FROM item and its joins to {@code scope}. */
  void addFrom(FromItem first, List<Join> joins, Scope scope) {
    if (first != null) {
      addItem(first, scope);
    }
    if (joins != null) {
      for (Join j : joins) {
        join(j, scope);
      }
    }
  }

  private void addItem(FromItem item, Scope scope) {
    if (isNestedJoin(item)) {
      ParenthesedFromItem p = (ParenthesedFromItem) item;
      addFrom(p.getFromItem(), p.getJoins(), scope);
      if (p.getAlias() != null) {
        ctx.problems().notChecked("alias on a parenthesised join");
        scope.incomplete = true;
      }
      return;
    }
    addRelation(relation(item, scope), scope);
  }

  private static void addRelation(ScopeRelation rel, Scope scope) {
    if (rel == null) {
      scope.incomplete = true;
      scope.star = null;
      return;
    }
    scope.add(rel);
  }

  /** {@code (VALUES ...) AS t(a, b)}: the alias outside the parentheses renames the item. */
  private static ScopeRelation realias(ScopeRelation inner, Alias alias) {
    List<ResultColumn> cols = new ArrayList<>();
    inner.columns().forEach(c -> cols.add(c.toResult()));
    return derived(alias, cols, inner.columnsKnown);
  }

  /** {@code (a JOIN b ON ...)}: parentheses around joins, not around a single item. */
  private static boolean isNestedJoin(FromItem item) {
    return item instanceof ParenthesedFromItem p && p.getJoins() != null && !p.getJoins().isEmpty();
  }

  /** The relation for one FROM item, or null when it cannot be modelled. */
  ScopeRelation relation(FromItem item, Scope scope) {
    if (item instanceof ParenthesedFromItem p) {
      ScopeRelation inner =
          p.getFromItem() instanceof Values v ? values(v, scope) : relation(p.getFromItem(), scope);
      return inner != null && p.getAlias() != null ? realias(inner, p.getAlias()) : inner;
    }
    if (item instanceof Table t) {
      return tables.resolve(t, scope);
    }
    if (item instanceof ParenthesedSelect ps) {
      // A LATERAL subquery sees the FROM items to its left; any other sees only the enclosing
      // query levels, and PostgreSQL rejects a reference to a sibling FROM item.
      Scope from = ps instanceof LateralSubSelect ? scope : Scope.outsideFromItemsOf(scope);
      SelectAnalyzer.Output out = selects.select(ps.getSelect(), from);
      return derived(ps.getAlias(), out.columns(), out.known());
    }
    if (item instanceof Values) {
      // PostgreSQL needs parentheses around VALUES in FROM; a bare one is how JSqlParser reads
      // a table named "value" or "values" followed by an alias (FROM value v).
      ctx.problems().notChecked("a table named \"value\" or \"values\"");
      return null;
    }
    if (item instanceof TableFunction tf) {
      return tableFunction(tf, scope);
    }
    ctx.problems().notChecked("FROM item " + item.getClass().getSimpleName());
    return null;
  }

  private ScopeRelation values(Values v, Scope scope) {
    SelectAnalyzer.Output out = selects.values(v.getExpressions(), scope);
    return derived(v.getAlias(), out.columns(), true);
  }

  /**
   * {@code generate_series(1, 3) AS g(n)}: the columns are known only when a column definition list
   * gives them all ({@code AS x(a int, b text)}), or for well-known scalar functions; otherwise a
   * composite result may have more columns than the alias names.
   */
  private ScopeRelation tableFunction(TableFunction tf, Scope scope) {
    if (tf.getFunction() == null) {
      // ROWS FROM (f(), g()): arguments are checked, the columns are not modelled.
      if (tf.getRowsFromFunctions() != null) {
        tf.getRowsFromFunctions().forEach(f -> expressions.analyze(f, scope));
      }
      String name = tf.getAlias() == null ? "rows" : PgIdentifiers.fold(tf.getAlias().getName());
      return new ScopeRelation(name, null, null, List.of(), false);
    }
    Typed t = expressions.analyze(tf.getFunction(), scope);
    Alias alias = tf.getAlias();
    String function = PgIdentifiers.fold(tf.getFunction().getName());
    String name = alias != null ? PgIdentifiers.fold(alias.getName()) : function;
    List<ResultColumn> known = knownColumns(tf, function, name, t);
    if (alias != null && alias.getAliasColumns() != null && !alias.getAliasColumns().isEmpty()) {
      List<Alias.AliasColumn> names = alias.getAliasColumns();
      boolean defined = names.stream().allMatch(c -> c.colDataType != null);
      List<ResultColumn> cols = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        Alias.AliasColumn c = names.get(i);
        SqlType type =
            c.colDataType != null
                ? CastTypes.of(c.colDataType, ctx.catalog())
                : known != null && i < known.size() ? known.get(i).type() : t.type();
        cols.add(new ResultColumn(PgIdentifiers.fold(c.name), type, true));
      }
      return derived(alias, cols, defined || (known != null && names.size() == known.size()));
    }
    if (known == null) {
      return new ScopeRelation(
          name, null, null, List.of(new ScopeColumn(name, t.type(), true)), false);
    }
    List<ScopeColumn> cols = new ArrayList<>();
    known.forEach(c -> cols.add(new ScopeColumn(c.label(), c.type(), c.nullable())));
    return new ScopeRelation(name, null, null, cols, true);
  }

  /**
   * The output columns of a well-known function returning a single value per row (named after the
   * function or its alias), plus {@code ordinality} for WITH ORDINALITY; null when unknown, as for
   * {@code unnest(a, b)}, which returns one column per array.
   */
  private static List<ResultColumn> knownColumns(
      TableFunction tf, String function, String name, Typed t) {
    var params = tf.getFunction().getParameters();
    boolean single =
        SCALAR_FUNCTIONS.contains(function)
            && (!function.equals("unnest") || params != null && params.size() == 1);
    String with = tf.getWithClause();
    boolean ordinality =
        with != null && with.toUpperCase(java.util.Locale.ROOT).contains("ORDINALITY");
    if (!single || (with != null && !ordinality)) {
      return null;
    }
    List<ResultColumn> cols = new ArrayList<>();
    cols.add(new ResultColumn(name, t.type(), true));
    if (ordinality) {
      cols.add(new ResultColumn("ordinality", SqlType.of("bigint"), false));
    }
    return cols;
  }

  private static final java.util.Set<String> SCALAR_FUNCTIONS =
      java.util.Set.of("generate_series", "unnest", "generate_subscripts");

  private static ScopeRelation derived(Alias alias, List<ResultColumn> columns, boolean known) {
    String name = alias == null ? "" : PgIdentifiers.fold(alias.getName());
    List<ScopeColumn> cols = new ArrayList<>();
    for (ResultColumn c : columns) {
      cols.add(new ScopeColumn(c.label(), c.type(), c.nullable()));
    }
    boolean ok = known;
    if (alias != null && alias.getAliasColumns() != null && !alias.getAliasColumns().isEmpty()) {
      List<Alias.AliasColumn> names = alias.getAliasColumns();
      if (names.size() > cols.size() && known) {
        ok = false;
      }
      for (int i = 0; i < names.size() && i < cols.size(); i++) {
        ScopeColumn c = cols.get(i);
        cols.set(i, new ScopeColumn(PgIdentifiers.fold(names.get(i).name), c.type(), c.nullable()));
      }
    }
    return new ScopeRelation(name, null, null, cols, ok);
  }

  private void join(Join j, Scope scope) {
    FromItem right = j.getFromItem();
    List<ScopeColumn> leftStar = scope.star == null ? null : new ArrayList<>(scope.star);
    Scope probe = new Scope(scope);
    boolean nested = isNestedJoin(right);
    ScopeRelation rel = nested ? null : relation(right, scope);
    if (nested) {
      ParenthesedFromItem p = (ParenthesedFromItem) right;
      addFrom(p.getFromItem(), p.getJoins(), probe);
    }
    if (rel == null && !nested) {
      scope.incomplete = true;
      scope.star = null;
    }
    if (j.isRight() || j.isFull()) {
      scope.relations.forEach(ScopeRelation::makeNullable);
      scope.merged.replaceAll((k, v) -> v.asNullable());
      if (leftStar != null) {
        leftStar.replaceAll(ScopeColumn::asNullable);
      }
    }
    List<ScopeRelation> added = rel != null ? List.of(rel) : probe.relations;
    for (ScopeRelation r : added) {
      if (j.isLeft() || j.isFull()) {
        r.makeNullable();
      }
      scope.relations.add(r);
    }
    if (probe.incomplete) {
      scope.incomplete = true;
    }
    List<ScopeColumn> rightCols = new ArrayList<>();
    boolean rightKnown = !probe.incomplete && (rel == null || rel.columnsKnown);
    added.forEach(r -> rightCols.addAll(r.columns()));
    merge(j, scope, leftStar, rightCols, rightKnown);
    for (Expression on : j.getOnExpressions()) {
      expressions.analyze(on, scope);
    }
  }

  private void merge(
      Join j,
      Scope scope,
      List<ScopeColumn> leftStar,
      List<ScopeColumn> rightCols,
      boolean rightKnown) {
    List<String> common = new ArrayList<>();
    if (j.getUsingColumns() != null && !j.getUsingColumns().isEmpty()) {
      for (Column c : j.getUsingColumns()) {
        String name = PgIdentifiers.fold(c.getColumnName());
        checkUsing(c, name, leftStar, rightCols, rightKnown, scope);
        common.add(name);
      }
    } else if (j.isNatural()) {
      if (leftStar == null || !rightKnown) {
        scope.star = null;
        scope.incomplete = true;
        return;
      }
      for (ScopeColumn c : leftStar) {
        if (rightCols.stream().anyMatch(r -> r.name().equals(c.name()))) {
          common.add(c.name());
        }
      }
    }
    for (String n : common) {
      for (ScopeRelation r : scope.relations) {
        ctx.references().column(r.relation, n);
      }
    }
    if (leftStar == null || !rightKnown) {
      scope.star = null;
      common.forEach(
          n ->
              scope.merged.put(
                  n, new ScopeColumn(n, dev.sqlcheck.processor.catalog.SqlType.UNKNOWN, true)));
      return;
    }
    Map<String, ScopeColumn> mergedCols = new LinkedHashMap<>();
    for (String n : common) {
      Optional<ScopeColumn> l = leftStar.stream().filter(c -> c.name().equals(n)).findFirst();
      Optional<ScopeColumn> r = rightCols.stream().filter(c -> c.name().equals(n)).findFirst();
      if (l.isPresent() && r.isPresent()) {
        boolean nullable =
            j.isFull()
                ? l.get().nullable() && r.get().nullable()
                : j.isRight() ? r.get().nullable() : l.get().nullable();
        mergedCols.put(n, new ScopeColumn(n, l.get().type(), nullable));
      }
    }
    scope.merged.putAll(mergedCols);
    List<ScopeColumn> star = new ArrayList<>(mergedCols.values());
    leftStar.stream().filter(c -> !mergedCols.containsKey(c.name())).forEach(star::add);
    rightCols.stream().filter(c -> !mergedCols.containsKey(c.name())).forEach(star::add);
    scope.star = star;
  }

  private void checkUsing(
      Column c,
      String name,
      List<ScopeColumn> leftStar,
      List<ScopeColumn> rightCols,
      boolean rightKnown,
      Scope scope) {
    boolean leftKnown = leftStar != null && !scope.incomplete;
    String side = null;
    if (leftKnown && leftStar.stream().noneMatch(x -> x.name().equals(name))) {
      side = "left";
    } else if (rightKnown && rightCols.stream().noneMatch(x -> x.name().equals(name))) {
      side = "right";
    }
    if (side != null) {
      int[] at = ctx.locator().locate(c, List.of(name), 0);
      ctx.problems()
          .add(
              Problem.at(
                  ProblemCode.UNKNOWN_COLUMN,
                  "column \""
                      + name
                      + "\" specified in USING clause does not exist in "
                      + side
                      + " table",
                  at[0],
                  at[1]));
    }
  }
}
