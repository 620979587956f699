package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Alias;
import dev.sqlcheck.processor.sql.ast.ColumnDef;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * FROM items (gram.y {@code table_ref}, {@code joined_table}) as a join tree: relations with
 * aliases and TABLESAMPLE, subqueries, functions (also ROWS FROM and special-syntax functions),
 * XMLTABLE, JSON_TABLE, and joins with PostgreSQL's left-to-right grouping.
 */
abstract class FromParser extends ExprParser {
  FromParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  abstract TableRef tableFunction(boolean lateral, int s);

  /** {@code from_list}: table references separated by commas. */
  final List<TableRef> fromList() {
    List<TableRef> out = new ArrayList<>();
    do {
      out.add(tableRef());
    } while (accept(','));
    return out;
  }

  /** One {@code table_ref} with the joins that follow it. */
  final TableRef tableRef() {
    enter();
    try {
      int s = start();
      TableRef left = tablePrimary();
      while (isJoinStart()) {
        left = join(left, s);
      }
      return left;
    } finally {
      leave();
    }
  }

  private boolean isJoinStart() {
    return kw(JOIN) || kw(CROSS) || kw(NATURAL) || kw(INNER) || kw(LEFT) || kw(RIGHT) || kw(FULL);
  }

  private TableRef join(TableRef left, int s) {
    boolean natural = acceptKw(NATURAL);
    TableRef.JoinKind kind;
    if (!natural && acceptKw(CROSS)) {
      expectKw(JOIN);
      TableRef right = tablePrimary();
      return join(TableRef.JoinKind.CROSS, false, left, right, null, List.of(), null, s);
    }
    kind = joinType();
    expectKw(JOIN);
    int rs = start();
    TableRef right = tablePrimary();
    if (natural) {
      return join(kind, true, left, right, null, List.of(), null, s);
    }
    while (isJoinStart()) {
      right = join(right, rs); // a qualified join's right side may itself be a join
    }
    if (acceptKw(ON)) {
      Expr on = aExpr();
      return join(kind, false, left, right, on, List.of(), null, s);
    }
    expectKw(USING);
    expect('(');
    List<Identifier> cols = nameList();
    expect(')');
    Identifier usingAlias = null;
    if (acceptKw(AS)) {
      usingAlias = colId();
    }
    return join(kind, false, left, right, null, cols, usingAlias, s);
  }

  private TableRef join(
      TableRef.JoinKind kind,
      boolean natural,
      TableRef l,
      TableRef r,
      Expr on,
      List<Identifier> using,
      Identifier usingAlias,
      int s) {
    return new TableRef.Join(kind, natural, l, r, on, using, usingAlias, null, s, lastEnd());
  }

  private TableRef.JoinKind joinType() {
    if (acceptKw(INNER)) {
      return TableRef.JoinKind.INNER;
    }
    TableRef.JoinKind k;
    if (acceptKw(LEFT)) {
      k = TableRef.JoinKind.LEFT;
    } else if (acceptKw(RIGHT)) {
      k = TableRef.JoinKind.RIGHT;
    } else if (acceptKw(FULL)) {
      k = TableRef.JoinKind.FULL;
    } else {
      return TableRef.JoinKind.INNER;
    }
    acceptKw(OUTER);
    return k;
  }

  /** A table reference without the joins after it. */
  private TableRef tablePrimary() {
    int s = start();
    if (is('(')) {
      return parenthesised(s);
    }
    if (kw(LATERAL)) {
      advance();
      if (is('(')) {
        return subquery(true, s);
      }
      return tableFunction(true, s);
    }
    if (kw(ONLY) || isRelationStart()) {
      return relation(s);
    }
    return tableFunction(false, s);
  }

  /** Whether a relation name (not a function call) starts here. */
  private boolean isRelationStart() {
    if (!isColId()) {
      return false;
    }
    if (kw(ROWS) && kw(1, FROM)) {
      return false;
    }
    int i = 1;
    while (kind(i) == '.' && isColLabel(i + 1)) {
      i += 2;
    }
    return kind(i) != '(';
  }

  private TableRef parenthesised(int s) {
    if (looksLikeSelect()) {
      int m = mark();
      try {
        return subquery(false, s);
      } catch (Failure f) {
        abandoned(f);
        reset(m);
      }
    }
    advance();
    TableRef inner = tableRef();
    if (!(inner instanceof TableRef.Join j) || j.alias() != null) {
      throw fail();
    }
    expect(')');
    Alias alias = optAlias(false);
    if (alias == null) {
      return inner;
    }
    return new TableRef.Join(
        j.kind(),
        j.natural(),
        j.left(),
        j.right(),
        j.on(),
        j.using(),
        j.usingAlias(),
        alias,
        s,
        lastEnd());
  }

  private TableRef subquery(boolean lateral, int s) {
    int paren = start();
    Query q = selectWithParens();
    Alias alias = optAlias(false);
    if (alias == null && !g.since(16)) {
      boolean values = q.body() instanceof Values && q.with() == null;
      throw fatal(
          values ? "VALUES in FROM must have an alias" : "subquery in FROM must have an alias",
          values
              ? "For example, FROM (VALUES ...) [AS] foo."
              : "For example, FROM (SELECT ...) [AS] foo.",
          SyntaxError.SYNTAX_ERROR,
          paren,
          paren + 1);
    }
    return new TableRef.Subquery(lateral, q, alias, s, lastEnd());
  }

  private TableRef relation(int s) {
    boolean only = acceptKw(ONLY);
    QualifiedName name;
    if (only && is('(')) {
      advance();
      name = qualifiedName();
      expect(')');
    } else {
      name = qualifiedName();
    }
    boolean star = !only && accept('*');
    Alias alias = optAlias(false);
    TableRef.TableSample sample = null;
    if (kw(TABLESAMPLE)) {
      int ts = start();
      advance();
      QualifiedName method = funcName();
      expect('(');
      List<Expr> args = exprList();
      expect(')');
      Expr seed = null;
      if (acceptKw(REPEATABLE)) {
        expect('(');
        seed = aExpr();
        expect(')');
      }
      sample = new TableRef.TableSample(method, args, seed, ts, lastEnd());
    }
    return new TableRef.Relation(name, !only, star, alias, sample, s, lastEnd());
  }

  /** {@code func_name}: a type_function_name, or a ColId followed by {@code .attr_name}s. */
  final QualifiedName funcName() {
    int s = start();
    List<Identifier> parts = new ArrayList<>();
    if (isColId() && kind(1) == '.') {
      parts.add(word());
      while (accept('.')) {
        parts.add(colLabel());
      }
    } else {
      parts.add(typeFunctionName());
    }
    return new QualifiedName(parts, s, lastEnd());
  }

  /**
   * {@code alias_clause} ({@code [AS] name [(cols)]}), or null; with {@code funcStyle} the column
   * list may be a column definition list, returned through {@link #lastColumnDefs}.
   */
  final Alias optAlias(boolean funcStyle) {
    lastColumnDefs = List.of();
    int s = start();
    boolean as = acceptKw(AS);
    if (!as && !isColId()) {
      return null;
    }
    if (as && funcStyle && is('(')) {
      lastColumnDefs = columnDefs();
      return null;
    }
    Identifier name = colId();
    List<Identifier> cols = List.of();
    if (is('(')) {
      if (funcStyle && isColId(1) && kind(2) != ',' && kind(2) != ')') {
        lastColumnDefs = columnDefs();
      } else {
        advance();
        cols = nameList();
        expect(')');
      }
    }
    return new Alias(name, cols, as, s, lastEnd());
  }

  /** The column definition list of the last {@link #optAlias(boolean)} call. */
  List<ColumnDef> lastColumnDefs = List.of();

  /** {@code ( TableFuncElementList )}: {@code name type [COLLATE c], …}. */
  final List<ColumnDef> columnDefs() {
    expect('(');
    List<ColumnDef> out = new ArrayList<>();
    do {
      int s = start();
      Identifier n = colId();
      var type = typeName();
      QualifiedName coll = null;
      if (acceptKw(COLLATE)) {
        coll = anyName();
      }
      out.add(new ColumnDef(n, type, coll, s, lastEnd()));
    } while (accept(','));
    expect(')');
    return out;
  }
}
