package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL's functions with special syntax (gram.y {@code func_expr_common_subexpr}, except XML and
 * JSON): the SQL value functions, CAST, TREAT, EXTRACT, NORMALIZE, OVERLAY, POSITION, SUBSTRING,
 * TRIM, NULLIF, COALESCE, GREATEST, LEAST and COLLATION FOR. They become the nodes or {@code
 * pg_catalog} calls PostgreSQL makes of them.
 */
abstract class SpecialFuncParser extends FuncParser {
  /**
   * The expression depth of SUBSTRING's first argument while it is read: there, at its top level
   * only, a SIMILAR without TO ends the expression ({@code substring(x SIMILAR p ESCAPE e)}).
   */
  int similarDepth = -1;

  SpecialFuncParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  abstract Expr xmlOrJsonFunction();

  /**
   * The special function at the current key word, or null if the key word does not start one here
   * (then it is a name).
   */
  final Expr specialFunction() {
    if (t.kind[p] != Tok.KEYWORD) {
      return null;
    }
    int s = start();
    int k = t.keyword[p];
    boolean paren = kind(1) == '(';
    switch (k) {
      case CURRENT_DATE, CURRENT_ROLE, CURRENT_USER, SESSION_USER, USER, CURRENT_CATALOG:
        advance();
        return new Expr.SqlValueFunction(valueFunction(k), null, s, lastEnd());
      case CURRENT_SCHEMA:
        if (paren) {
          return null; // current_schema() is an ordinary call
        }
        advance();
        return new Expr.SqlValueFunction(Expr.ValueFunction.CURRENT_SCHEMA, null, s, lastEnd());
      case SYSTEM_USER:
        if (!g.since(16) || (paren || kind(1) == '.') && g.typeFunctionName(k)) {
          return null; // a plain name in 14 and 15: system_user(…) is a call there
        }
        advance();
        return new Expr.SqlValueFunction(Expr.ValueFunction.SYSTEM_USER, null, s, lastEnd());
      case CURRENT_TIME, CURRENT_TIMESTAMP, LOCALTIME, LOCALTIMESTAMP:
        return timeFunction(k, s);
      case COLLATION:
        return kw(1, FOR) ? collationFor(s) : null;
      default:
        break;
    }
    if (!paren) {
      if (k == CAST) {
        advance(); // CAST can only go on with "(": PostgreSQL fails at the next token
        throw fail();
      }
      return null;
    }
    switch (k) {
      case CAST:
      case TREAT:
        return cast(k == TREAT, s);
      case EXTRACT:
        return extract(s);
      case NORMALIZE:
        return normalize(s);
      case OVERLAY:
        return overlay(s);
      case POSITION:
        return position(s);
      case SUBSTRING:
        return substring(s);
      case TRIM:
        return trim(s);
      case NULLIF:
        return nullIf(s);
      case COALESCE:
      case GREATEST:
      case LEAST:
        return variadicForm(k, s);
      default:
        return xmlOrJsonFunction();
    }
  }

  private static Expr.ValueFunction valueFunction(int k) {
    return switch (k) {
      case CURRENT_DATE -> Expr.ValueFunction.CURRENT_DATE;
      case CURRENT_ROLE -> Expr.ValueFunction.CURRENT_ROLE;
      case CURRENT_USER -> Expr.ValueFunction.CURRENT_USER;
      case SESSION_USER -> Expr.ValueFunction.SESSION_USER;
      case USER -> Expr.ValueFunction.USER;
      case CURRENT_TIME -> Expr.ValueFunction.CURRENT_TIME;
      case CURRENT_TIMESTAMP -> Expr.ValueFunction.CURRENT_TIMESTAMP;
      case LOCALTIME -> Expr.ValueFunction.LOCALTIME;
      case LOCALTIMESTAMP -> Expr.ValueFunction.LOCALTIMESTAMP;
      default -> Expr.ValueFunction.CURRENT_CATALOG;
    };
  }

  private Expr timeFunction(int k, int s) {
    advance();
    Integer precision = null;
    if (is('(')) {
      advance();
      if (!is(Tok.ICONST)) {
        throw fail();
      }
      precision = Integer.valueOf(t.value[p]);
      advance();
      expect(')');
    }
    return new Expr.SqlValueFunction(valueFunction(k), precision, s, lastEnd());
  }

  private Expr collationFor(int s) {
    advance();
    advance();
    expect('(');
    Expr arg = aExpr();
    expect(')');
    return special("pg_collation_for", s, List.of(arg), Expr.Special.COLLATION_FOR);
  }

  final Expr.FuncCall special(String name, int s, List<Expr> args, Expr.Special form) {
    QualifiedName qn = systemName(name, s, t.end[tokenAt(s)]);
    return new Expr.FuncCall(
        qn, args, false, false, false, false, List.of(), List.of(), null, null, form, s, lastEnd());
  }

  /** The index of the token starting at offset {@code s} (searching back from the cursor). */
  final int tokenAt(int s) {
    int i = p;
    while (i > 0 && t.start[i] > s) {
      i--;
    }
    return i;
  }

  private Expr cast(boolean treat, int s) {
    advance();
    expect('(');
    Expr arg = aExpr();
    expectKw(AS);
    TypeName type = typeName();
    expect(')');
    return new Expr.TypeCast(
        arg, type, treat ? Expr.CastSyntax.TREAT : Expr.CastSyntax.CAST, s, lastEnd());
  }

  private Expr extract(int s) {
    advance();
    expect('(');
    int fs = start();
    String field;
    if (is(Tok.IDENT) || is(Tok.QIDENT) || is(Tok.SCONST)) {
      field = t.value[p];
    } else if (kw(YEAR) || kw(MONTH) || kw(DAY) || kw(HOUR) || kw(MINUTE) || kw(SECOND)) {
      field = t.value[p];
    } else {
      throw fail();
    }
    advance();
    Expr fieldLit = new Expr.StringLiteral(field, Expr.StringKind.STANDARD, fs, lastEnd());
    expectKw(FROM);
    Expr arg = aExpr();
    expect(')');
    return special("extract", s, List.of(fieldLit, arg), Expr.Special.EXTRACT);
  }

  private Expr normalize(int s) {
    advance();
    expect('(');
    List<Expr> args = new ArrayList<>();
    args.add(aExpr());
    if (accept(',')) {
      int fs = start();
      if (!(kw(NFC) || kw(NFD) || kw(NFKC) || kw(NFKD))) {
        throw fail();
      }
      String form = t.value[p].toUpperCase(java.util.Locale.ROOT);
      advance();
      args.add(new Expr.StringLiteral(form, Expr.StringKind.STANDARD, fs, lastEnd()));
    }
    expect(')');
    return special("normalize", s, args, Expr.Special.NORMALIZE);
  }

  /**
   * A keyword function that also has a plain-argument form ({@code OVERLAY}, {@code SUBSTRING}):
   * the first argument decides.
   */
  private Expr plainCall(String name, int s, List<Expr> first) {
    List<Expr> args = new ArrayList<>(first);
    while (accept(',')) {
      args.add(funcArgExpr());
    }
    expect(')');
    QualifiedName qn = QualifiedName.of(new Identifier(name, false, s, t.end[tokenAt(s)]));
    return new Expr.FuncCall(
        qn,
        args,
        false,
        false,
        false,
        false,
        List.of(),
        List.of(),
        null,
        null,
        Expr.Special.NONE,
        s,
        lastEnd());
  }

  private Expr overlay(int s) {
    advance();
    expect('(');
    if (accept(')')) {
      return plainCallDone("overlay", s);
    }
    Expr first = funcArgExpr();
    if (!(first instanceof Expr.NamedArg) && acceptKw(PLACING)) {
      List<Expr> args = new ArrayList<>();
      args.add(first);
      args.add(aExpr());
      expectKw(FROM);
      args.add(aExpr());
      if (acceptKw(FOR)) {
        args.add(aExpr());
      }
      expect(')');
      return special("overlay", s, args, Expr.Special.OVERLAY);
    }
    return plainCall("overlay", s, List.of(first));
  }

  private Expr plainCallDone(String name, int s) {
    QualifiedName qn = QualifiedName.of(new Identifier(name, false, s, t.end[tokenAt(s)]));
    return new Expr.FuncCall(
        qn,
        List.of(),
        false,
        false,
        false,
        false,
        List.of(),
        List.of(),
        null,
        null,
        Expr.Special.NONE,
        s,
        lastEnd());
  }

  private Expr position(int s) {
    advance();
    expect('(');
    Expr needle = bExpr();
    expectKw(IN);
    Expr haystack = bExpr();
    expect(')');
    return special("position", s, List.of(haystack, needle), Expr.Special.POSITION);
  }

  private Expr substring(int s) {
    advance();
    expect('(');
    if (accept(')')) {
      return plainCallDone("substring", s);
    }
    Expr first;
    if (isTypeFunctionName(0) && (kind(1) == Tok.EQUALS_GREATER || kind(1) == Tok.COLON_EQUALS)) {
      first = funcArgExpr();
    } else {
      int saved = similarDepth;
      similarDepth = depth() + 1;
      try {
        first = aExpr();
      } finally {
        similarDepth = saved;
      }
    }
    if (first instanceof Expr.NamedArg || !(kw(FROM) || kw(FOR) || kw(SIMILAR))) {
      return plainCall("substring", s, List.of(first));
    }
    List<Expr> args = new ArrayList<>();
    args.add(first);
    if (acceptKw(SIMILAR)) {
      args.add(aExpr());
      expectKw(ESCAPE);
      args.add(aExpr());
    } else if (acceptKw(FROM)) {
      args.add(aExpr());
      if (acceptKw(FOR)) {
        args.add(aExpr());
      }
    } else {
      advance(); // FOR
      Expr len = aExpr();
      if (acceptKw(FROM)) {
        args.add(aExpr());
      } else {
        args.add(numberLiteral("1", "1", len.start(), len.start()));
      }
      args.add(len);
    }
    expect(')');
    return special("substring", s, args, Expr.Special.SUBSTRING);
  }

  private Expr trim(int s) {
    advance();
    expect('(');
    String fn = "btrim";
    if (acceptKw(LEADING)) {
      fn = "ltrim";
    } else if (acceptKw(TRAILING)) {
      fn = "rtrim";
    } else {
      acceptKw(BOTH);
    }
    List<Expr> args;
    if (acceptKw(FROM)) {
      args = exprList();
    } else {
      Expr first = aExpr();
      if (acceptKw(FROM)) {
        args = new ArrayList<>(exprList());
        args.add(first);
      } else {
        args = new ArrayList<>();
        args.add(first);
        while (accept(',')) {
          args.add(aExpr());
        }
      }
    }
    expect(')');
    return special(fn, s, args, Expr.Special.TRIM);
  }

  private Expr nullIf(int s) {
    advance();
    expect('(');
    Expr a = aExpr();
    expect(',');
    Expr b = aExpr();
    expect(')');
    return new Expr.NullIf(a, b, s, lastEnd());
  }

  private Expr variadicForm(int k, int s) {
    advance();
    expect('(');
    List<Expr> args = exprList();
    expect(')');
    if (k == COALESCE) {
      return new Expr.Coalesce(args, s, lastEnd());
    }
    return new Expr.MinMax(k == GREATEST, args, s, lastEnd());
  }
}
