package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgKeywords.*;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.TypeName;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Type names (gram.y {@code Typename}, {@code SimpleTypename}, {@code ConstTypename}): SQL's
 * key-word types with their internal names, generic and qualified names with modifiers, array
 * bounds, and interval fields. Also builds numeric constants, which type modifiers need.
 */
abstract class TypeParser extends ParserBase {
  TypeParser(PgTokens tokens, PgGrammar grammar) {
    super(tokens, grammar);
  }

  /** {@code Typename}: {@code [SETOF] SimpleTypename [array bounds | ARRAY [n]]}. */
  @Override
  final TypeName typeName() {
    int s = start();
    boolean setof = acceptKw(SETOF);
    TypeName base = simpleTypeName();
    List<Integer> bounds = new ArrayList<>();
    if (kw(ARRAY)) {
      advance();
      if (is('[') && kind(1) == Tok.ICONST && kind(2) == ']') {
        advance();
        bounds.add(Integer.parseInt(t.value[p]));
        advance();
        advance();
      } else {
        bounds.add(-1);
      }
    } else {
      while (is('[')) {
        advance();
        if (is(Tok.ICONST)) {
          bounds.add(Integer.parseInt(t.value[p]));
          advance();
        } else {
          bounds.add(-1);
        }
        expect(']');
      }
    }
    return new TypeName(
        base.name(),
        base.systemType(),
        base.modifiers(),
        base.intervalFields(),
        bounds,
        setof,
        s,
        lastEnd());
  }

  /** {@code SimpleTypename}. */
  final TypeName simpleTypeName() {
    if (t.kind[p] == Tok.KEYWORD) {
      switch (t.keyword[p]) {
        case INT, INTEGER, SMALLINT, BIGINT, REAL, FLOAT, DECIMAL, DEC, NUMERIC, BOOLEAN:
          return numericType();
        case DOUBLE:
          if (kw(1, PRECISION)) {
            return numericType();
          }
          break;
        case BIT:
          return bitType();
        case CHARACTER, CHAR, VARCHAR, NATIONAL, NCHAR:
          return characterType();
        case TIMESTAMP, TIME:
          return datetimeType();
        case INTERVAL:
          return intervalType(true);
        case JSON:
          if (g.since(17)) {
            int s = start();
            advance();
            return system("json", s, List.of());
          }
          break;
        default:
          break;
      }
    }
    return genericType();
  }

  /** Whether the current token starts a {@code ConstTypename} (or INTERVAL) for a literal. */
  final boolean startsConstTypename() {
    if (t.kind[p] != Tok.KEYWORD) {
      return false;
    }
    switch (t.keyword[p]) {
      case INT,
      INTEGER,
      SMALLINT,
      BIGINT,
      REAL,
      FLOAT,
      DECIMAL,
      DEC,
      NUMERIC,
      BOOLEAN,
      BIT,
      CHARACTER,
      CHAR,
      VARCHAR,
      NATIONAL,
      NCHAR,
      TIMESTAMP,
      TIME,
      INTERVAL:
        return true;
      case DOUBLE:
        return kw(1, PRECISION);
      case JSON:
        return g.since(17);
      default:
        return false;
    }
  }

  /** {@code ConstTypename}, or INTERVAL with its optional precision (no fields). */
  final TypeName constTypename() {
    if (kw(INTERVAL)) {
      return intervalType(false);
    }
    return simpleTypeName();
  }

  private TypeName genericType() {
    int s = start();
    List<Identifier> parts = new ArrayList<>();
    parts.add(typeFunctionName());
    while (is('.')) {
      advance();
      parts.add(colLabel());
    }
    QualifiedName name = new QualifiedName(parts, s, lastEnd());
    List<Expr> mods = List.of();
    if (is('(')) {
      advance();
      mods = exprList();
      expect(')');
    }
    return new TypeName(name, false, mods, null, List.of(), false, s, lastEnd());
  }

  final List<Expr> exprList() {
    List<Expr> out = new ArrayList<>();
    do {
      out.add(aExpr());
    } while (accept(','));
    return out;
  }

  private TypeName numericType() {
    int s = start();
    int k = t.keyword[p];
    advance();
    switch (k) {
      case INT, INTEGER:
        return system("int4", s, List.of());
      case SMALLINT:
        return system("int2", s, List.of());
      case BIGINT:
        return system("int8", s, List.of());
      case REAL:
        return system("float4", s, List.of());
      case BOOLEAN:
        return system("bool", s, List.of());
      case DOUBLE:
        advance(); // PRECISION
        return system("float8", s, List.of());
      case FLOAT:
        return floatType(s);
      default:
        return system("numeric", s, optModifiers());
    }
  }

  private TypeName floatType(int s) {
    if (!is('(')) {
      return system("float8", s, List.of());
    }
    advance();
    if (!is(Tok.ICONST)) {
      throw fail();
    }
    int precTok = p;
    int prec = Integer.parseInt(t.value[p]);
    advance();
    expect(')');
    if (prec < 1) {
      throw fatal(
          "precision for type float must be at least 1 bit",
          null,
          "22023",
          t.start[precTok],
          t.end[precTok]);
    }
    if (prec > 53) {
      throw fatal(
          "precision for type float must be less than 54 bits",
          null,
          "22023",
          t.start[precTok],
          t.end[precTok]);
    }
    return system(prec <= 24 ? "float4" : "float8", s, List.of());
  }

  private List<Expr> optModifiers() {
    if (!is('(')) {
      return List.of();
    }
    advance();
    List<Expr> mods = exprList();
    expect(')');
    return mods;
  }

  private TypeName bitType() {
    int s = start();
    advance();
    boolean varying = acceptKw(VARYING);
    return system(varying ? "varbit" : "bit", s, optModifiers());
  }

  private TypeName characterType() {
    int s = start();
    boolean varying;
    if (kw(VARCHAR)) {
      advance();
      varying = true;
    } else {
      if (acceptKw(NATIONAL)) {
        if (!kw(CHARACTER) && !kw(CHAR)) {
          throw fail();
        }
      }
      advance(); // CHARACTER, CHAR or NCHAR
      varying = acceptKw(VARYING);
    }
    List<Expr> mods = List.of();
    if (is('(')) {
      advance();
      mods = List.of(iconst());
      expect(')');
    }
    return system(varying ? "varchar" : "bpchar", s, mods);
  }

  private TypeName datetimeType() {
    int s = start();
    boolean timestamp = kw(TIMESTAMP);
    advance();
    List<Expr> mods = List.of();
    if (is('(')) {
      advance();
      mods = List.of(iconst());
      expect(')');
    }
    boolean zone = false;
    // Up to 15, WITHOUT had no look-ahead token of its own: WITHOUT ZONE fails at ZONE.
    if (kw(PgTokens.WITH_LA) || kw(PgTokens.WITHOUT_LA) || kw(WITHOUT) && g.before(16)) {
      zone = kw(PgTokens.WITH_LA);
      advance();
      expectKw(TIME);
      expectKw(ZONE);
    }
    String name = timestamp ? (zone ? "timestamptz" : "timestamp") : (zone ? "timetz" : "time");
    return system(name, s, mods);
  }

  /**
   * {@code INTERVAL [(p)]} or, with {@code fields}, {@code INTERVAL field [TO field[(p)]]} as in a
   * cast.
   */
  final TypeName intervalType(boolean fields) {
    int s = start();
    advance();
    if (is('(')) {
      advance();
      Expr prec = iconst();
      expect(')');
      return system("interval", s, List.of(prec));
    }
    if (!fields) {
      return system("interval", s, List.of());
    }
    return withInterval(system("interval", s, List.of()));
  }

  /** Adds {@code opt_interval} fields after an interval type or literal. */
  final TypeName withInterval(TypeName type) {
    List<Expr> mods = new ArrayList<>(type.modifiers());
    String f = intervalFields(mods);
    if (f == null) {
      return type;
    }
    return new TypeName(
        type.name(), true, mods, f, type.arrayBounds(), false, type.start(), lastEnd());
  }

  private String intervalFields(List<Expr> mods) {
    if (kw(YEAR)) {
      advance();
      if (acceptKw(TO)) {
        expectKw(MONTH);
        return "year to month";
      }
      return "year";
    }
    if (kw(MONTH)) {
      advance();
      return "month";
    }
    if (kw(DAY) || kw(HOUR) || kw(MINUTE)) {
      String from = t.value[p];
      int k = t.keyword[p];
      advance();
      if (!kw(TO)) {
        return from;
      }
      advance();
      if (kw(HOUR) && k == DAY || kw(MINUTE) && k != MINUTE) {
        String to = t.value[p];
        advance();
        return from + " to " + to;
      }
      if (kw(SECOND)) {
        intervalSecond(mods);
        return from + " to second";
      }
      throw fail();
    }
    if (kw(SECOND)) {
      intervalSecond(mods);
      return "second";
    }
    return null;
  }

  private void intervalSecond(List<Expr> mods) {
    advance();
    if (is('(')) {
      advance();
      mods.add(iconst());
      expect(')');
    }
  }

  private TypeName system(String name, int s, List<Expr> mods) {
    int e = lastEnd();
    return new TypeName(
        QualifiedName.of(new Identifier(name, false, s, e)),
        true,
        mods,
        null,
        List.of(),
        false,
        s,
        e);
  }

  /** An {@code Iconst}: an integer constant token. */
  final Expr iconst() {
    if (!is(Tok.ICONST)) {
      throw fail();
    }
    return number(p, false);
  }

  /** A numeric constant from token {@code i} (consumed), negated when {@code negate}. */
  final Expr.NumberLiteral number(int i, boolean negate) {
    String v = t.value[i];
    advance();
    return numberLiteral(t.text(i), negate ? "-" + v : v, t.start[i], t.end[i]);
  }

  static Expr.NumberLiteral numberLiteral(String text, String value, int s, int e) {
    Expr.NumberType type = Expr.NumberType.NUMERIC;
    if (value.length() <= 9 && isIntegerText(value)) {
      type = Expr.NumberType.INTEGER; // at most 9 digits always fit in 32 bits
    } else if (isIntegerText(value)) {
      int bits = new BigInteger(value).bitLength();
      type =
          bits < 32
              ? Expr.NumberType.INTEGER
              : bits < 64 ? Expr.NumberType.BIGINT : Expr.NumberType.NUMERIC;
    }
    return new Expr.NumberLiteral(text, value, type, s, e);
  }

  private static boolean isIntegerText(String v) {
    int i = v.startsWith("-") ? 1 : 0;
    if (i == v.length()) {
      return false;
    }
    for (; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
