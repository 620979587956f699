package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.CommonTableExpr;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.GroupBy;
import dev.sqlcheck.processor.sql.ast.GroupingElement;
import dev.sqlcheck.processor.sql.ast.GroupingSet;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.IntoClause;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Select;
import dev.sqlcheck.processor.sql.ast.SelectItem;
import dev.sqlcheck.processor.sql.ast.SetOperation;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TableQuery;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.Values;
import dev.sqlcheck.processor.sql.ast.WindowDef;
import dev.sqlcheck.processor.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries (gram.y {@code SelectStmt}): WITH, set operations with INTERSECT binding tighter than
 * UNION and EXCEPT, parenthesised queries with their own clauses, SELECT with all its clauses,
 * VALUES and TABLE. ORDER BY, LIMIT/OFFSET/FETCH and locking clauses attach as PostgreSQL's {@code
 * insertSelectOptions} attaches them.
 */
abstract class SelectParser extends TableFuncParser {
  SelectParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** {@code PreparableStmt} inside a CTE: a query or a data-modifying statement. */
  abstract Statement preparableStatement();

  @Override
  final Query selectWithParens() {
    enter();
    try {
      expect('(');
      Query q = selectNoParens();
      expect(')');
      return q;
    } finally {
      leave();
    }
  }

  @Override
  final Query selectNoParens() {
    WithClause with = is(Tok.KEYWORD) && (kw(WITH) || kw(PgTokens.WITH_LA)) ? withClause() : null;
    return selectAfterWith(with, with == null ? start() : with.start());
  }

  /** A query whose WITH clause (possibly null) has been read. */
  final Query selectAfterWith(WithClause with, int s) {
    Query q = setExpression();
    QueryOptions o = new QueryOptions(this, s);
    o.parse();
    return o.apply(q, with);
  }

  /** Set operations: UNION and EXCEPT over INTERSECT over primaries, each to the left. */
  private Query setExpression() {
    int s = start();
    Query left = intersectTerm();
    while (kw(UNION) || kw(EXCEPT)) {
      SetOperation.SetOperator op =
          kw(UNION) ? SetOperation.SetOperator.UNION : SetOperation.SetOperator.EXCEPT;
      advance();
      left = setOperation(op, left, s, false);
    }
    return left;
  }

  private Query intersectTerm() {
    int s = start();
    Query left = selectPrimary();
    while (kw(INTERSECT)) {
      advance();
      left = setOperation(SetOperation.SetOperator.INTERSECT, left, s, true);
    }
    return left;
  }

  private Query setOperation(SetOperation.SetOperator op, Query left, int s, boolean primary) {
    boolean all = acceptKw(ALL);
    boolean distinct = !all && acceptKw(DISTINCT);
    Query right = primary ? selectPrimary() : intersectTerm();
    SetOperation so = new SetOperation(op, all, distinct, left, right, s, lastEnd());
    return new Query(null, so, List.of(), null, List.of(), s, lastEnd());
  }

  private Query selectPrimary() {
    int s = start();
    if (is('(')) {
      return selectWithParens();
    }
    if (kw(SELECT)) {
      return Query.of(simpleSelect());
    }
    if (kw(VALUES)) {
      return Query.of(values());
    }
    if (kw(TABLE)) {
      advance();
      TableRef.Relation rel = relationExpr();
      return Query.of(new TableQuery(rel, s, lastEnd()));
    }
    throw fail();
  }

  /** {@code relation_expr}: {@code [ONLY] name [*]} or {@code ONLY (name)}, without alias. */
  final TableRef.Relation relationExpr() {
    int s = start();
    boolean only = acceptKw(ONLY);
    var name = only && is('(') ? parenName() : qualifiedName();
    boolean star = !only && accept('*');
    return new TableRef.Relation(name, !only, star, null, null, s, lastEnd());
  }

  private dev.sqlcheck.processor.sql.ast.QualifiedName parenName() {
    expect('(');
    var n = qualifiedName();
    expect(')');
    return n;
  }

  final Values values() {
    int s = start();
    expectKw(VALUES);
    List<List<Expr>> rows = new ArrayList<>();
    do {
      expect('(');
      rows.add(exprList());
      expect(')');
    } while (accept(','));
    return new Values(rows, s, lastEnd());
  }

  private Select simpleSelect() {
    int s = start();
    expectKw(SELECT);
    boolean distinct = false;
    List<Expr> on = List.of();
    List<SelectItem> items;
    if (acceptKw(DISTINCT)) {
      distinct = true;
      if (acceptKw(ON)) {
        expect('(');
        on = exprList();
        expect(')');
      }
      items = targetList();
    } else {
      acceptKw(ALL);
      items = startsTarget() ? targetList() : List.of();
    }
    IntoClause into = kw(INTO) ? intoClause() : null;
    List<TableRef> from = acceptKw(FROM) ? fromList() : List.of();
    Expr where = acceptKw(WHERE) ? aExpr() : null;
    GroupBy group = kw(GROUP) ? groupBy() : null;
    Expr having = acceptKw(HAVING) ? aExpr() : null;
    List<WindowDef> windows = List.of();
    if (acceptKw(WINDOW)) {
      windows = new ArrayList<>();
      do {
        int ws = start();
        Identifier name = colId();
        expectKw(AS);
        windows.add(windowSpecification(name, ws));
      } while (accept(','));
    }
    return new Select(distinct, on, items, into, from, where, group, having, windows, s, lastEnd());
  }

  /** Whether a target list starts here (it may be empty: {@code SELECT FROM t}). */
  private boolean startsTarget() {
    switch (kind()) {
      case ';', ')', Tok.EOF:
        return false;
      case Tok.KEYWORD:
        switch (t.keyword[p]) {
          case INTO,
          FROM,
          WHERE,
          GROUP,
          HAVING,
          WINDOW,
          UNION,
          INTERSECT,
          EXCEPT,
          ORDER,
          LIMIT,
          OFFSET,
          FETCH,
          FOR:
            return false;
          default:
            return true;
        }
      default:
        return true;
    }
  }

  /** {@code target_list}: items with optional labels. */
  final List<SelectItem> targetList() {
    List<SelectItem> items = new ArrayList<>();
    do {
      items.add(targetItem());
    } while (accept(','));
    return items;
  }

  private SelectItem targetItem() {
    int s = start();
    if (is('*')) {
      advance();
      return new SelectItem(
          new Expr.ColumnRef(List.of(), true, s, lastEnd()), null, false, s, lastEnd());
    }
    Expr e = targetExpr();
    if (acceptKw(AS)) {
      Identifier label = colLabel();
      return new SelectItem(e, label, true, s, lastEnd());
    }
    if (isBareColLabel()) {
      Identifier label = word();
      return new SelectItem(e, label, false, s, lastEnd());
    }
    return new SelectItem(e, null, false, s, lastEnd());
  }

  private IntoClause intoClause() {
    int s = start();
    advance();
    String persistence = "permanent";
    if (kw(LOCAL) || kw(GLOBAL)) {
      advance();
      if (!kw(TEMP) && !kw(TEMPORARY)) {
        throw fail();
      }
    }
    if (acceptKw(TEMP) || acceptKw(TEMPORARY)) {
      persistence = "temp";
    } else if (acceptKw(UNLOGGED)) {
      persistence = "unlogged";
    }
    acceptKw(TABLE);
    var name = qualifiedName();
    return new IntoClause(persistence, name, s, lastEnd());
  }

  private GroupBy groupBy() {
    int s = start();
    advance();
    expectKw(BY);
    boolean distinct = false;
    if (acceptKw(DISTINCT)) {
      distinct = true;
    } else {
      acceptKw(ALL);
    }
    return new GroupBy(distinct, groupByList(), s, lastEnd());
  }

  private List<GroupingElement> groupByList() {
    List<GroupingElement> items = new ArrayList<>();
    do {
      items.add(groupByItem());
    } while (accept(','));
    return items;
  }

  private GroupingElement groupByItem() {
    int s = start();
    if (is('(') && kind(1) == ')') {
      advance();
      advance();
      return new GroupingSet(GroupingSet.Kind.EMPTY, List.of(), s, lastEnd());
    }
    if ((kw(CUBE) || kw(ROLLUP)) && kind(1) == '(') {
      GroupingSet.Kind k = kw(CUBE) ? GroupingSet.Kind.CUBE : GroupingSet.Kind.ROLLUP;
      advance();
      advance();
      List<GroupingElement> content = new ArrayList<>(exprList());
      expect(')');
      return new GroupingSet(k, content, s, lastEnd());
    }
    if (kw(GROUPING) && kw(1, SETS)) {
      advance();
      advance();
      expect('(');
      List<GroupingElement> content = groupByList();
      expect(')');
      return new GroupingSet(GroupingSet.Kind.SETS, content, s, lastEnd());
    }
    return aExpr();
  }

  /** {@code with_clause}. */
  final WithClause withClause() {
    int s = start();
    advance();
    boolean recursive = false;
    if (kw(RECURSIVE) && kind(1) != '(' && !kw(1, AS)) {
      advance();
      recursive = true;
    }
    List<CommonTableExpr> ctes = new ArrayList<>();
    do {
      ctes.add(commonTableExpr());
    } while (accept(','));
    return new WithClause(recursive, ctes, s, lastEnd());
  }

  private CommonTableExpr commonTableExpr() {
    int s = start();
    Identifier name = colId();
    List<Identifier> cols = List.of();
    if (accept('(')) {
      cols = nameList();
      expect(')');
    }
    expectKw(AS);
    CommonTableExpr.Materialized mat = CommonTableExpr.Materialized.DEFAULT;
    if (acceptKw(MATERIALIZED)) {
      mat = CommonTableExpr.Materialized.MATERIALIZED;
    } else if (kw(NOT) && kw(1, MATERIALIZED)) {
      advance();
      advance();
      mat = CommonTableExpr.Materialized.NOT_MATERIALIZED;
    }
    expect('(');
    Statement body = preparableStatement();
    expect(')');
    CommonTableExpr.Search search = kw(SEARCH) ? search() : null;
    CommonTableExpr.Cycle cycle = kw(CYCLE) ? cycle() : null;
    return new CommonTableExpr(name, cols, mat, body, search, cycle, s, lastEnd());
  }

  private CommonTableExpr.Search search() {
    int s = start();
    advance();
    boolean breadth = kw(BREADTH);
    if (!acceptKw(BREADTH)) {
      expectKw(DEPTH);
    }
    expectKw(FIRST);
    expectKw(BY);
    List<Identifier> cols = nameList();
    expectKw(SET);
    Identifier seq = colId();
    return new CommonTableExpr.Search(breadth, cols, seq, s, lastEnd());
  }

  private CommonTableExpr.Cycle cycle() {
    int s = start();
    advance();
    List<Identifier> cols = nameList();
    expectKw(SET);
    Identifier mark = colId();
    Expr value = null;
    Expr def = null;
    if (acceptKw(TO)) {
      value = cExpr();
      expectKw(DEFAULT);
      def = cExpr();
    }
    expectKw(USING);
    Identifier path = colId();
    return new CommonTableExpr.Cycle(cols, mark, value, def, path, s, lastEnd());
  }
}
