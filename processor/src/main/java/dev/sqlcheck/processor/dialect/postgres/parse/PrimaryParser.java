package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary expressions (gram.y {@code c_expr} and {@code AexprConst}): constants, typed literals,
 * parameters, column references with indirection, function calls, parenthesised expressions, rows,
 * subqueries, CASE, ARRAY, EXISTS and GROUPING.
 */
abstract class PrimaryParser extends JsonParser {
  PrimaryParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  @Override
  final Expr cExpr() {
    int s = start();
    switch (kind()) {
      case Tok.ICONST, Tok.FCONST:
        return number(p, false);
      case Tok.SCONST:
        return string();
      case Tok.BCONST, Tok.XCONST:
        return bitString();
      case Tok.PARAM:
        {
          int n = Integer.parseInt(t.value[p]);
          advance();
          return withIndirection(new Expr.Parameter(n, s, lastEnd()), s);
        }
      case Tok.NAMED_PARAM:
        {
          Expr e = new Expr.NamedParameter(t.value[p], t.property[p], s, t.end[p]);
          advance();
          return withIndirection(e, s);
        }
      case '(':
        return parenthesised(s);
      case Tok.KEYWORD:
        return keywordPrimary(s);
      case Tok.IDENT, Tok.QIDENT:
        return name(s);
      default:
        throw fail();
    }
  }

  private Expr string() {
    int s = start();
    Expr.StringKind kind =
        switch (t.keyword[p]) {
          case PgTokens.STR_ESCAPE -> Expr.StringKind.ESCAPE;
          case PgTokens.STR_UNICODE -> Expr.StringKind.UNICODE;
          case PgTokens.STR_DOLLAR -> Expr.StringKind.DOLLAR;
          default -> Expr.StringKind.STANDARD;
        };
    String v = t.value[p];
    advance();
    return new Expr.StringLiteral(v, kind, s, lastEnd());
  }

  private Expr bitString() {
    int s = start();
    boolean hex = is(Tok.XCONST);
    String v = t.value[p];
    advance();
    String bits = PgBits.toBits(v, hex);
    if (bits == null && deferred == null) {
      char bad = PgBits.firstBad(v, hex);
      deferred =
          fatal(
              "\"" + bad + "\" is not a valid " + (hex ? "hexadecimal" : "binary") + " digit",
              null,
              "22P02",
              s,
              lastEnd());
    }
    return new Expr.BitStringLiteral(bits == null ? v : bits, hex, s, lastEnd());
  }

  /** Whether, after any number of {@code (}, a query starts (SELECT, VALUES, WITH, TABLE). */
  @Override
  final boolean looksLikeSelect() {
    return looksLikeSelect(p);
  }

  /** Whether, after any number of {@code (} from token {@code i}, a query starts. */
  final boolean looksLikeSelect(int i) {
    while (t.kind[i] == '(') {
      i++;
    }
    if (t.kind[i] != Tok.KEYWORD) {
      return false;
    }
    int k = t.keyword[i];
    return k == SELECT || k == VALUES || k == WITH || k == PgTokens.WITH_LA || k == TABLE;
  }

  private Expr parenthesised(int s) {
    if (looksLikeSelect()) {
      int m = mark();
      try {
        Query q = selectWithParens();
        return withIndirection(new Expr.ScalarSubquery(q, s, lastEnd()), s);
      } catch (Failure f) {
        abandoned(f);
        reset(m);
      }
    }
    advance();
    Expr e = aExpr();
    if (is(',')) {
      List<Expr> fields = new ArrayList<>();
      fields.add(e);
      while (accept(',')) {
        fields.add(aExpr());
      }
      expect(')');
      return new Expr.Row(fields, false, s, lastEnd());
    }
    expect(')');
    if (is('.') || is('[')) {
      return new Expr.Indirection(e, indirection(), s, lastEnd());
    }
    return e;
  }

  private Expr withIndirection(Expr e, int s) {
    if (is('.') || is('[')) {
      return new Expr.Indirection(e, indirection(), s, lastEnd());
    }
    return e;
  }

  /** {@code indirection}: {@code .name}, {@code .*}, {@code [i]}, {@code [i:j]} steps. */
  final List<Expr.Step> indirection() {
    List<Expr.Step> steps = new ArrayList<>();
    while (true) {
      int s = start();
      if (is('.')) {
        advance();
        if (accept('*')) {
          steps.add(new Expr.StarStep(s, lastEnd()));
        } else {
          Identifier f = colLabel();
          steps.add(new Expr.FieldStep(f, s, lastEnd()));
        }
      } else if (is('[')) {
        advance();
        steps.add(subscript(s));
      } else {
        break;
      }
    }
    for (int i = 0; i < steps.size() - 1; i++) {
      if (steps.get(i) instanceof Expr.StarStep) {
        throw failWith("improper use of \"*\"");
      }
    }
    return steps;
  }

  private Expr.Step subscript(int s) {
    if (accept(':')) {
      Expr upper = is(']') ? null : aExpr();
      expect(']');
      return new Expr.SliceStep(null, upper, s, lastEnd());
    }
    Expr index = aExpr();
    if (accept(':')) {
      Expr upper = is(']') ? null : aExpr();
      expect(']');
      return new Expr.SliceStep(index, upper, s, lastEnd());
    }
    expect(']');
    return new Expr.SubscriptStep(index, s, lastEnd());
  }

  private Expr keywordPrimary(int s) {
    int k = t.keyword[p];
    switch (k) {
      case TRUE, FALSE:
        advance();
        return new Expr.BooleanLiteral(k == TRUE, s, lastEnd());
      case NULL:
        advance();
        return new Expr.NullLiteral(s, lastEnd());
      case CASE:
        return caseExpr(s);
      case ARRAY:
        return array(s);
      default:
        break;
    }
    if (kind(1) == '(') {
      if (k == EXISTS) {
        advance();
        Query q = selectWithParens();
        return new Expr.Exists(q, s, lastEnd());
      }
      if (k == ROW) {
        advance();
        advance();
        List<Expr> fields = is(')') ? List.of() : exprList();
        expect(')');
        return new Expr.Row(fields, true, s, lastEnd());
      }
      if (k == GROUPING) {
        advance();
        advance();
        List<Expr> args = exprList();
        expect(')');
        return new Expr.Grouping(args, s, lastEnd());
      }
    }
    if (startsConstTypename()) {
      Expr lit = typedLiteral(s);
      if (lit != null) {
        return lit;
      }
    }
    int m = mark();
    try {
      Expr e = specialFunction();
      if (e != null) {
        return e;
      }
    } catch (Failure f) {
      if (f.fatal || !g.typeFunctionName(k) && !g.colId(k)) {
        throw f;
      }
      abandoned(f); // a version where the word is a plain name may still accept it
      reset(m);
    }
    return name(s);
  }

  /** {@code ConstTypename Sconst} and the INTERVAL forms; null (cursor kept) if not one. */
  private Expr typedLiteral(int s) {
    int m = mark();
    boolean interval = kw(INTERVAL);
    TypeName type;
    try {
      type = constTypename();
    } catch (Failure f) {
      reset(m);
      if (!isColId()) {
        throw f;
      }
      abandoned(f);
      return null;
    }
    if (!is(Tok.SCONST)) {
      if (isColId(m - p)) {
        abandoned(fail());
        reset(m);
        return null;
      }
      throw fail();
    }
    Expr lit = string();
    if (interval && type.modifiers().isEmpty()) {
      type = withInterval(type);
    }
    return new Expr.TypeCast(lit, type, Expr.CastSyntax.TYPED_LITERAL, s, lastEnd());
  }

  /**
   * A name-led primary: a column reference with indirection, a function call, or a typed literal
   * {@code name 'text'} / {@code name(mods) 'text'}.
   */
  private Expr name(int s) {
    boolean colId = isColId();
    boolean typeFunc = isTypeFunctionName(0);
    if (!colId && !typeFunc) {
      throw fail();
    }
    if (typeFunc && (kind(1) == '(' || kind(1) == Tok.SCONST)) {
      Identifier id = word();
      return callOrLiteral(QualifiedName.of(id), s);
    }
    if (!colId) {
      advance(); // a type_func_name word could still start a call: the next token decides
      throw fail();
    }
    List<Identifier> names = new ArrayList<>();
    names.add(word());
    boolean star = false;
    while (is('.')) {
      if (kind(1) == '*') {
        advance();
        advance();
        star = true;
        break;
      }
      advance();
      names.add(colLabel());
    }
    if (!star && names.size() > 1 && (is('(') || is(Tok.SCONST))) {
      return callOrLiteral(new QualifiedName(names, s, lastEnd()), s);
    }
    Expr.ColumnRef ref = new Expr.ColumnRef(names, star, s, lastEnd());
    if (is('.') || is('[')) {
      List<Expr.Step> steps = indirection();
      if (star) {
        throw failWith("improper use of \"*\"");
      }
      return new Expr.Indirection(ref, steps, s, lastEnd());
    }
    return ref;
  }

  private Expr callOrLiteral(QualifiedName name, int s) {
    if (is(Tok.SCONST)) {
      TypeName type = new TypeName(name, false, List.of(), null, List.of(), false, s, lastEnd());
      Expr lit = string();
      return new Expr.TypeCast(lit, type, Expr.CastSyntax.TYPED_LITERAL, s, lastEnd());
    }
    Expr.FuncCall call = funcCall(name, false);
    if (is(Tok.SCONST)
        && call.filter() == null
        && call.over() == null
        && call.withinGroup().isEmpty()
        && !call.star()
        && !call.distinct()
        && !call.explicitAll()
        && !call.variadic()
        && !call.args().isEmpty()) {
      for (Expr a : call.args()) {
        if (a instanceof Expr.NamedArg) {
          throw fatal("type modifier cannot have parameter name", a.start(), a.end());
        }
      }
      if (!call.orderBy().isEmpty()) {
        throw fatal(
            "type modifier cannot have ORDER BY",
            call.orderBy().get(0).start(),
            call.orderBy().get(0).end());
      }
      TypeName type = new TypeName(name, false, call.args(), null, List.of(), false, s, lastEnd());
      Expr lit = string();
      return new Expr.TypeCast(lit, type, Expr.CastSyntax.TYPED_LITERAL, s, lastEnd());
    }
    return call;
  }

  private Expr caseExpr(int s) {
    advance();
    Expr arg = kw(WHEN) ? null : aExpr();
    List<Expr.When> whens = new ArrayList<>();
    do {
      int ws = start();
      expectKw(WHEN);
      Expr cond = aExpr();
      expectKw(THEN);
      Expr res = aExpr();
      whens.add(new Expr.When(cond, res, ws, lastEnd()));
    } while (kw(WHEN));
    Expr otherwise = acceptKw(ELSE) ? aExpr() : null;
    expectKw(END);
    return new Expr.Case(arg, whens, otherwise, s, lastEnd());
  }

  private Expr array(int s) {
    advance();
    if (is('(')) {
      Query q = selectWithParens();
      return new Expr.ArraySubquery(q, s, lastEnd());
    }
    if (!is('[')) {
      throw fail();
    }
    return arrayBody(s, true);
  }

  private Expr arrayBody(int s, boolean keyword) {
    expect('[');
    List<Expr> elems = new ArrayList<>();
    if (is('[')) {
      do {
        elems.add(arrayBody(start(), false));
      } while (accept(','));
    } else if (!is(']')) {
      elems = exprList();
    }
    expect(']');
    return new Expr.ArrayExpr(elems, keyword, s, lastEnd());
  }
}
