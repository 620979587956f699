package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.JsonExpr;
import dev.sqlcheck.processor.sql.ast.OperatorName;
import dev.sqlcheck.processor.sql.ast.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Operator expressions (gram.y {@code a_expr} and {@code b_expr}) by precedence climbing over
 * PostgreSQL's precedence table, from lowest: OR, AND, NOT, IS/ISNULL/NOTNULL, comparison,
 * BETWEEN/IN/LIKE/ILIKE/SIMILAR, other operators, {@code + -}, {@code * / %}, {@code ^}, AT,
 * COLLATE, unary minus, {@code ::}. As in PostgreSQL's grammar, comparisons, IS DISTINCT FROM and
 * the LIKE/BETWEEN family do not associate ({@code a < b < c} is a syntax error at the second
 * {@code <}), while postfix forms that end in a key word or parenthesis chain ({@code x IS NULL IS
 * NULL}).
 */
abstract class ExprParser extends PrimaryParser {
  static final int P_OR = 1;
  static final int P_AND = 2;
  static final int P_NOT = 3;
  static final int P_IS = 4;
  static final int P_CMP = 5;
  static final int P_LIKE = 6;
  static final int P_OP = 8;
  static final int P_ADD = 9;
  static final int P_MUL = 10;
  static final int P_EXP = 11;
  static final int P_AT = 12;
  static final int P_COLLATE = 13;
  static final int P_UMINUS = 14;

  /**
   * Where the first {@code DEFAULT} read as a value since {@link #defaultStart} was reset began, or
   * -1: outside INSERT and UPDATE, PostgreSQL's analysis rejects it, which the DDL layers report.
   */
  int defaultStart = -1;

  ExprParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  @Override
  final Expr aExpr() {
    return expr(0, false, false);
  }

  @Override
  final Expr bExpr() {
    return expr(0, true, false);
  }

  /** A select-list expression: a bare label may end it where PostgreSQL reads one. */
  final Expr targetExpr() {
    return expr(0, false, true);
  }

  /**
   * An expression whose operators bind at least as tightly as {@code minPrec}. {@code b} limits it
   * to {@code b_expr}; {@code label} lets a key word that could be a bare column label end it when
   * the token after that key word can follow a select-list item.
   */
  final Expr expr(int minPrec, boolean b, boolean label) {
    enter();
    try {
      int s = start();
      Expr left = prefix(s, b);
      int lastNonassoc = -1;
      while (true) {
        int prec = infixPrecedence(b);
        if (prec < 0 || prec < minPrec) {
          return left;
        }
        if (prec == lastNonassoc) {
          throw fail(); // PostgreSQL's table has an error here even where a label could follow
        }
        if (label && labelEnds()) {
          return left;
        }
        Infix r = infix(left, s, prec, b);
        left = r.expr;
        lastNonassoc = r.nonassoc ? prec : -1;
      }
    } finally {
      leave();
    }
  }

  /** The result of one infix step, and whether it was a non-associative binary form. */
  private record Infix(Expr expr, boolean nonassoc) {}

  /** The precedence of the operator at the cursor, or -1 if it cannot continue an expression. */
  private int infixPrecedence(boolean b) {
    switch (kind()) {
      case Tok.TYPECAST:
        return 16;
      case '^':
        return P_EXP;
      case '*', '/', '%':
        return P_MUL;
      case '+', '-':
        return P_ADD;
      case Tok.OP:
        return P_OP;
      case '<', '>', '=', Tok.LESS_EQUALS, Tok.GREATER_EQUALS, Tok.NOT_EQUALS:
        return P_CMP;
      case Tok.KEYWORD:
        break;
      default:
        return -1;
    }
    switch (t.keyword[p]) {
      case OPERATOR:
        return P_OP; // only "(" may follow: PostgreSQL fails at the token after OPERATOR
      case IS:
        return P_IS;
      case COLLATE:
        return b ? -1 : P_COLLATE;
      case AT:
        return b ? -1 : P_AT; // AT TIME ZONE / AT LOCAL: PostgreSQL fails after AT otherwise
      case ISNULL, NOTNULL:
        return b ? -1 : P_IS;
      case PgTokens.NOT_LA, BETWEEN, IN, LIKE, ILIKE:
        return b ? -1 : P_LIKE;
      case SIMILAR:
        return b || depth() == similarDepth && !kw(1, TO) ? -1 : P_LIKE;
      case AND:
        return b ? -1 : P_AND;
      case OR:
        return b ? -1 : P_OR;
      default:
        return -1;
    }
  }

  /** Whether the key word at the cursor is a bare column label ending a select-list item. */
  private boolean labelEnds() {
    if (!is(Tok.KEYWORD) || !isBareColLabel()) {
      return false;
    }
    int k = kind(1);
    if (k == ',' || k == ')' || k == ';' || k == Tok.EOF) {
      return true;
    }
    if (k != Tok.KEYWORD) {
      return false;
    }
    switch (t.keyword[Math.min(p + 1, t.size - 1)]) {
      case FROM,
      INTO,
      WHERE,
      GROUP,
      HAVING,
      WINDOW,
      ORDER,
      LIMIT,
      OFFSET,
      FETCH,
      FOR,
      UNION,
      INTERSECT,
      EXCEPT,
      WITH:
        return true;
      default:
        return false;
    }
  }

  private Expr prefix(int s, boolean b) {
    if (!b && kw(NOT) || kw(PgTokens.NOT_LA)) {
      if (b) {
        throw fail();
      }
      advance();
      Expr arg = expr(P_IS, false, false);
      return new Expr.BoolExpr(Expr.BoolOp.NOT, List.of(arg), s, lastEnd());
    }
    if (is('-') || is('+')) {
      boolean minus = is('-');
      int opEnd = t.end[p];
      advance();
      Expr arg = expr(P_UMINUS + 1, b, false);
      if (minus && arg instanceof Expr.NumberLiteral n) {
        return numberLiteral(
            sql.substring(s, n.end()),
            n.value().startsWith("-") ? n.value().substring(1) : "-" + n.value(),
            s,
            n.end());
      }
      return new Expr.Operator(
          OperatorName.of(minus ? "-" : "+", s, opEnd), null, arg, s, lastEnd());
    }
    if (is(Tok.OP) || kw(OPERATOR) && kind(1) == '(') {
      OperatorName op = is(Tok.OP) ? symbol() : explicitOperator();
      Expr arg = expr(P_OP + 1, b, false);
      return new Expr.Operator(op, null, arg, s, lastEnd());
    }
    if (!b && kw(DEFAULT)) {
      advance();
      if (defaultStart < 0) {
        defaultStart = s;
      }
      return new Expr.Default(s, lastEnd());
    }
    if (!b && kw(UNIQUE)) {
      return unique(s);
    }
    Expr e = cExpr();
    if (!b && e instanceof Expr.Row row && kw(OVERLAPS)) {
      return overlaps(row, s);
    }
    return e;
  }

  private Expr unique(int s) {
    int e = t.end[p];
    advance();
    if (kw(NULLS)) {
      advance();
      acceptKw(NOT);
      expectKw(DISTINCT);
    }
    selectWithParens();
    throw fatal("UNIQUE predicate is not yet implemented", null, "0A000", s, e);
  }

  private Expr overlaps(Expr.Row left, int s) {
    advance();
    int rs = start();
    List<Expr> right = new ArrayList<>();
    if (kw(ROW) && kind(1) == '(') {
      advance();
      advance();
      if (!is(')')) {
        right.addAll(exprList());
      }
      expect(')');
    } else {
      expect('(');
      right.add(aExpr());
      expect(',');
      right.addAll(exprList());
      expect(')');
    }
    if (left.fields().size() != 2) {
      throw fatal(
          "wrong number of parameters on left side of OVERLAPS expression",
          left.start(),
          left.end());
    }
    if (right.size() != 2) {
      throw fatal("wrong number of parameters on right side of OVERLAPS expression", rs, lastEnd());
    }
    List<Expr> args = new ArrayList<>(left.fields());
    args.addAll(right);
    int kwTok = tokenAt(left.end()) + 1;
    return new Expr.FuncCall(
        systemName("overlaps", t.start[kwTok], t.end[kwTok]),
        args,
        false,
        false,
        false,
        false,
        List.of(),
        List.of(),
        null,
        null,
        Expr.Special.OVERLAPS,
        s,
        lastEnd());
  }

  private Infix infix(Expr left, int s, int prec, boolean b) {
    switch (kind()) {
      case Tok.TYPECAST:
        {
          advance();
          var type = typeName();
          return new Infix(
              new Expr.TypeCast(left, type, Expr.CastSyntax.DOUBLE_COLON, s, lastEnd()), false);
        }
      case Tok.KEYWORD:
        return keywordInfix(left, s, prec, b);
      default:
        {
          OperatorName op = symbol();
          return operatorRight(left, op, s, prec, b);
        }
    }
  }

  /** The right side of a symbol operator: an operand, or {@code ANY|SOME|ALL (…)}. */
  private Infix operatorRight(Expr left, OperatorName op, int s, int prec, boolean b) {
    if (!b && (kw(ANY) || kw(SOME) || kw(ALL))) {
      return new Infix(quantified(left, op, s), false); // only "(" may follow ANY
    }
    Expr right = expr(prec + 1, b, false);
    return new Infix(new Expr.Operator(op, left, right, s, lastEnd()), prec == P_CMP);
  }

  private Expr quantified(Expr left, OperatorName op, int s) {
    Expr.Quantifier q =
        kw(ANY) ? Expr.Quantifier.ANY : kw(SOME) ? Expr.Quantifier.SOME : Expr.Quantifier.ALL;
    advance();
    if (looksLikeSelect()) {
      int m = mark();
      try {
        Query query = selectWithParens();
        return new Expr.Quantified(left, op, q, query, null, s, lastEnd());
      } catch (Failure f) {
        abandoned(f);
        reset(m);
      }
    }
    expect('(');
    Expr array = aExpr();
    expect(')');
    return new Expr.Quantified(left, op, q, null, array, s, lastEnd());
  }

  private Infix keywordInfix(Expr left, int s, int prec, boolean b) {
    int k = t.keyword[p];
    switch (k) {
      case OPERATOR:
        return operatorRight(left, explicitOperator(), s, prec, b);
      case AND, OR:
        {
          advance();
          Expr right = expr(prec + 1, false, false);
          return new Infix(
              bool(k == AND ? Expr.BoolOp.AND : Expr.BoolOp.OR, left, right, s), false);
        }
      case COLLATE:
        {
          advance();
          var name = anyName();
          return new Infix(new Expr.Collate(left, name, s, lastEnd()), false);
        }
      case AT:
        {
          advance();
          if (kw(LOCAL) && g.since(17)) {
            advance();
            return new Infix(new Expr.AtTimeZone(left, null, s, lastEnd()), false);
          }
          expectKw(TIME);
          expectKw(ZONE);
          Expr zone = expr(P_AT + 1, false, false);
          return new Infix(new Expr.AtTimeZone(left, zone, s, lastEnd()), false);
        }
      case ISNULL, NOTNULL:
        advance();
        return new Infix(new Expr.NullTest(left, k == NOTNULL, true, s, lastEnd()), false);
      case IS:
        return is(left, s, b);
      default:
        return likeFamily(left, s);
    }
  }

  private static Expr bool(Expr.BoolOp op, Expr left, Expr right, int s) {
    List<Expr> args = new ArrayList<>();
    if (left instanceof Expr.BoolExpr l && l.op() == op) {
      args.addAll(l.args());
    } else {
      args.add(left);
    }
    args.add(right);
    return new Expr.BoolExpr(op, args, s, right.end());
  }

  private Infix is(Expr left, int s, boolean b) {
    advance();
    boolean not = acceptKw(NOT);
    if (kw(DISTINCT)) {
      advance();
      expectKw(FROM);
      Expr right = expr(P_IS + 1, b, false);
      return new Infix(new Expr.DistinctFrom(left, right, not, s, lastEnd()), true);
    }
    if (acceptKw(DOCUMENT)) {
      return new Infix(new Expr.DocumentTest(left, not, s, lastEnd()), false);
    }
    if (b) {
      throw fail();
    }
    Expr e;
    if (acceptKw(NULL)) {
      e = new Expr.NullTest(left, not, false, s, lastEnd());
    } else if (kw(TRUE) || kw(FALSE) || kw(UNKNOWN)) {
      Expr.TruthValue v =
          kw(TRUE)
              ? Expr.TruthValue.TRUE
              : kw(FALSE) ? Expr.TruthValue.FALSE : Expr.TruthValue.UNKNOWN;
      advance();
      e = new Expr.BooleanTest(left, v, not, s, lastEnd());
    } else if (kw(NORMALIZED)
        || (kw(NFC) || kw(NFD) || kw(NFKC) || kw(NFKD)) && kw(1, NORMALIZED)) {
      String form = kw(NORMALIZED) ? null : t.value[p].toUpperCase(java.util.Locale.ROOT);
      if (form != null) {
        advance();
      }
      advance();
      e = new Expr.NormalizedTest(left, form, not, s, lastEnd());
    } else if (kw(JSON) && g.since(16)) {
      e = isJson(left, not, s);
    } else {
      throw fail();
    }
    return new Infix(e, false);
  }

  private Expr isJson(Expr left, boolean not, int s) {
    advance();
    JsonExpr.ItemType type = JsonExpr.ItemType.VALUE;
    if (acceptKw(VALUE)) {
      type = JsonExpr.ItemType.VALUE;
    } else if (acceptKw(ARRAY)) {
      type = JsonExpr.ItemType.ARRAY;
    } else if (acceptKw(OBJECT)) {
      type = JsonExpr.ItemType.OBJECT;
    } else if (acceptKw(SCALAR)) {
      type = JsonExpr.ItemType.SCALAR;
    }
    Boolean unique = uniqueKeys();
    return new JsonExpr.IsJson(left, type, unique, not, s, lastEnd());
  }

  /** BETWEEN, IN, LIKE, ILIKE, SIMILAR TO, each possibly after NOT. */
  private Infix likeFamily(Expr left, int s) {
    boolean not = acceptKw(PgTokens.NOT_LA);
    int k = t.keyword[p];
    int opTok = p;
    advance();
    switch (k) {
      case BETWEEN:
        {
          boolean symmetric = acceptKw(SYMMETRIC);
          if (!symmetric) {
            acceptKw(ASYMMETRIC);
          }
          Expr low = bExpr();
          expectKw(AND);
          Expr high = expr(P_LIKE + 1, false, false);
          return new Infix(new Expr.Between(left, low, high, not, symmetric, s, lastEnd()), true);
        }
      case IN:
        return new Infix(in(left, not, s), false);
      case SIMILAR:
        expectKw(TO);
        return new Infix(like(left, Expr.LikeKind.SIMILAR, not, s), true);
      default:
        {
          boolean ilike = k == ILIKE;
          if (kw(ANY) || kw(SOME) || kw(ALL)) {
            String sym = (not ? "!" : "") + (ilike ? "~~*" : "~~");
            OperatorName op =
                OperatorName.of(sym, not ? t.start[opTok - 1] : t.start[opTok], t.end[opTok]);
            return new Infix(quantified(left, op, s), false);
          }
          return new Infix(
              like(left, ilike ? Expr.LikeKind.ILIKE : Expr.LikeKind.LIKE, not, s), true);
        }
    }
  }

  private Expr like(Expr left, Expr.LikeKind kind, boolean not, int s) {
    Expr pattern = expr(P_LIKE + 1, false, false);
    Expr escape = acceptKw(ESCAPE) ? expr(P_LIKE + 1, false, false) : null;
    return new Expr.Like(left, pattern, escape, kind, not, s, lastEnd());
  }

  private Expr in(Expr left, boolean not, int s) {
    if (looksLikeSelect()) {
      int m = mark();
      try {
        Query q = selectWithParens();
        return new Expr.InSubquery(left, q, not, s, lastEnd());
      } catch (Failure f) {
        abandoned(f);
        reset(m);
      }
    }
    expect('(');
    List<Expr> values = exprList();
    expect(')');
    return new Expr.InList(left, values, not, s, lastEnd());
  }
}
