package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Alias;
import dev.sqlcheck.processor.sql.ast.ColumnDef;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.JsonExpr;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.TypeName;
import dev.sqlcheck.processor.sql.ast.XmlExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions in FROM (gram.y {@code func_table}, {@code xmltable}, {@code json_table}): any
 * window-less function expression with WITH ORDINALITY and an alias or column definition list, ROWS
 * FROM, XMLTABLE and (PostgreSQL 17) JSON_TABLE.
 */
abstract class TableFuncParser extends FromParser {
  TableFuncParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  @Override
  final TableRef tableFunction(boolean lateral, int s) {
    if (kw(XMLTABLE) && kind(1) == '(') {
      return xmlTable(lateral, s);
    }
    if (kw(JSON_TABLE) && kind(1) == '(' && g.since(17)) {
      return jsonTable(lateral, s);
    }
    List<TableRef.FunctionItem> items = new ArrayList<>();
    boolean rowsFrom = kw(ROWS) && kw(1, FROM);
    if (rowsFrom) {
      advance();
      advance();
      expect('(');
      do {
        int is = start();
        Expr call = windowlessCall();
        List<ColumnDef> defs = List.of();
        if (kw(AS) && kind(1) == '(') {
          advance();
          defs = columnDefs();
        }
        items.add(new TableRef.FunctionItem(call, defs, is, lastEnd()));
      } while (accept(','));
      expect(')');
    } else {
      int is = start();
      Expr call = windowlessCall();
      items.add(new TableRef.FunctionItem(call, List.of(), is, lastEnd()));
    }
    boolean ordinality = false;
    if (kw(PgTokens.WITH_LA) && kw(1, ORDINALITY)) {
      advance();
      advance();
      ordinality = true;
    }
    Alias alias = optAlias(true);
    List<ColumnDef> defs = lastColumnDefs;
    return new TableRef.Function(lateral, items, rowsFrom, ordinality, alias, defs, s, lastEnd());
  }

  /** {@code func_expr_windowless}: a call, a special-syntax function or a JSON aggregate. */
  final Expr windowlessCall() {
    if (is(Tok.KEYWORD)) {
      int m = mark();
      try {
        Expr e = specialFunction();
        if (e != null) {
          return e;
        }
      } catch (Failure f) {
        if (f.fatal || !g.typeFunctionName(t.keyword[m]) && !g.colId(t.keyword[m])) {
          throw f;
        }
        abandoned(f);
        reset(m);
      }
    }
    QualifiedName name = funcName();
    if (!is('(')) {
      throw fail();
    }
    return funcCall(name, true);
  }

  private TableRef xmlTable(boolean lateral, int s) {
    advance();
    expect('(');
    List<XmlExpr.Attribute> namespaces = List.of();
    if (kw(XMLNAMESPACES) && kind(1) == '(') {
      advance();
      advance();
      namespaces = new ArrayList<>();
      do {
        int ns = start();
        if (acceptKw(DEFAULT)) {
          namespaces.add(new XmlExpr.Attribute(bExpr(), null, ns, lastEnd()));
        } else {
          Expr uri = bExpr();
          expectKw(AS);
          namespaces.add(new XmlExpr.Attribute(uri, colLabel(), ns, lastEnd()));
        }
      } while (accept(','));
      expect(')');
      expect(',');
    }
    Expr row = cExpr();
    Expr doc = xmlPassing();
    expectKw(COLUMNS);
    List<TableRef.XmlTableColumn> cols = new ArrayList<>();
    do {
      cols.add(xmlTableColumn());
    } while (accept(','));
    expect(')');
    Alias alias = optAlias(false);
    return new TableRef.XmlTable(lateral, namespaces, row, doc, cols, alias, s, lastEnd());
  }

  private TableRef.XmlTableColumn xmlTableColumn() {
    int s = start();
    Identifier name = colId();
    if (kw(FOR) && kw(1, ORDINALITY)) {
      advance();
      advance();
      return new TableRef.XmlTableColumn(name, null, true, null, null, false, s, lastEnd());
    }
    TypeName type = typeName();
    Expr path = null;
    Expr def = null;
    boolean notNull = false;
    while (true) {
      if (acceptKw(DEFAULT)) {
        def = bExpr();
      } else if (kw(NOT) && kw(1, NULL)) {
        advance();
        advance();
        notNull = true;
      } else if (acceptKw(NULL)) {
        notNull = false;
      } else if (kw(PATH) || is(Tok.IDENT)) {
        if (is(Tok.IDENT) && !"path".equals(t.value[p])) {
          throw fatal("unrecognized column option \"" + t.value[p] + "\"", start(), t.end[p]);
        }
        advance();
        path = bExpr();
      } else {
        break;
      }
    }
    return new TableRef.XmlTableColumn(name, type, false, path, def, notNull, s, lastEnd());
  }

  private TableRef jsonTable(boolean lateral, int s) {
    advance();
    expect('(');
    JsonExpr.ValueExpr ctx = valueExpr();
    expect(',');
    Expr path = aExpr();
    if (!(path instanceof Expr.StringLiteral)) {
      throw fatal(
          "only string constants are supported in JSON_TABLE path specification",
          null,
          "0A000",
          path.start(),
          path.end());
    }
    Identifier pathName = acceptKw(AS) ? colId() : null;
    List<JsonExpr.Argument> passing = passing();
    List<TableRef.JsonTableColumn> cols = jsonColumns();
    JsonExpr.Behavior onError = behavior();
    if (onError != null) {
      expectKw(ON);
      expectKw(ERROR);
    }
    expect(')');
    Alias alias = optAlias(false);
    return new TableRef.JsonTable(
        lateral, ctx, path, pathName, passing, cols, onError, alias, s, lastEnd());
  }

  private List<TableRef.JsonTableColumn> jsonColumns() {
    expectKw(COLUMNS);
    expect('(');
    List<TableRef.JsonTableColumn> cols = new ArrayList<>();
    do {
      cols.add(jsonColumn());
    } while (accept(','));
    expect(')');
    return cols;
  }

  private TableRef.JsonTableColumn jsonColumn() {
    int s = start();
    if (kw(NESTED) && (kw(1, PATH) || kind(1) == Tok.SCONST)) {
      advance();
      acceptKw(PATH);
      Expr path = stringConst();
      Identifier name = acceptKw(AS) ? colId() : null;
      List<TableRef.JsonTableColumn> nested = jsonColumns();
      return new TableRef.JsonTableColumn(
          TableRef.JsonColumnKind.NESTED, name, null, path, nested, s, lastEnd());
    }
    Identifier name = colId();
    if (kw(FOR) && kw(1, ORDINALITY)) {
      advance();
      advance();
      return new TableRef.JsonTableColumn(
          TableRef.JsonColumnKind.ORDINALITY, name, null, null, List.of(), s, lastEnd());
    }
    TypeName type = typeName();
    TableRef.JsonColumnKind kind = TableRef.JsonColumnKind.REGULAR;
    if (acceptKw(EXISTS)) {
      kind = TableRef.JsonColumnKind.EXISTS;
    } else if (format() != null) {
      kind = TableRef.JsonColumnKind.FORMATTED;
    }
    Expr path = acceptKw(PATH) ? stringConst() : null;
    if (kind != TableRef.JsonColumnKind.EXISTS) {
      jsonColumnBehaviours();
    } else if (behavior() != null) {
      expectKw(ON);
      expectKw(ERROR);
    }
    return new TableRef.JsonTableColumn(kind, name, type, path, List.of(), s, lastEnd());
  }

  /** Wrapper, quotes and ON EMPTY / ON ERROR of a JSON_TABLE column (kept out of the tree). */
  private void jsonColumnBehaviours() {
    if ((kw(WITH) || kw(WITHOUT))
        && (kw(1, WRAPPER) || kw(1, ARRAY) || kw(1, CONDITIONAL) || kw(1, UNCONDITIONAL))) {
      advance();
      if (!acceptKw(CONDITIONAL)) {
        acceptKw(UNCONDITIONAL);
      }
      acceptKw(ARRAY);
      expectKw(WRAPPER);
    }
    if ((kw(KEEP) || kw(OMIT)) && kw(1, QUOTES)) {
      advance();
      advance();
      if (acceptKw(ON)) {
        expectKw(SCALAR);
        expectKw(STRING);
      }
    }
    for (int i = 0; i < 2; i++) {
      if (behavior() == null) {
        return;
      }
      expectKw(ON);
      if (!acceptKw(EMPTY)) {
        expectKw(ERROR);
      }
    }
  }

  private Expr stringConst() {
    if (!is(Tok.SCONST)) {
      throw fail();
    }
    int s = start();
    String v = t.value[p];
    advance();
    return new Expr.StringLiteral(v, Expr.StringKind.STANDARD, s, lastEnd());
  }
}
