package dev.sqlcheck.processor.dialect.postgres.parse;

import java.math.BigInteger;

/**
 * Numeric constants and positional parameters of PostgreSQL's scanner, per version: 16 added {@code
 * 0x}/{@code 0o}/{@code 0b} integers and {@code _} separators; 15 made a number running into a word
 * ({@code 123abc}) an error, where 14 read it as a number followed by a label. With 14 in the
 * grammar's versions such text is split as 14 does, since one version accepts it.
 */
final class PgNumberLexer {
  private final String sql;
  private final PgTokens out;
  private final boolean modern;
  private final boolean lenient;
  private final int n;

  PgNumberLexer(String sql, PgGrammar grammar, PgTokens out) {
    this.sql = sql;
    this.out = out;
    this.modern = grammar.since(16);
    this.lenient = grammar.has(14);
    this.n = sql.length();
  }

  /** Lexes the number at {@code s}; returns the position after it, or -1 after an error. */
  int lex(int s) {
    if (modern && sql.charAt(s) == '0' && s + 1 < n && "xXoObB".indexOf(sql.charAt(s + 1)) >= 0) {
      int radix =
          switch (Character.toLowerCase(sql.charAt(s + 1))) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
          };
      int e = digits(s + 2, radix, true);
      int junkEnd = identEnd(s + 1);
      if (e > s + 2 && junkEnd <= e) {
        return integer(s, e, sql.substring(s + 2, e).replace("_", ""), radix);
      }
      if (e == s + 2) {
        int failEnd = s + 2 + (s + 2 < n && sql.charAt(s + 2) == '_' ? 1 : 0);
        if (failEnd >= junkEnd && !lenient) {
          String what = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
          return error(s, failEnd, "invalid " + what + " integer");
        }
      }
      return junk(s, s + 1, junkEnd, false);
    }
    return decimal(s);
  }

  private int decimal(int s) {
    int e = sql.charAt(s) == '.' ? s : digits(s, 10, modern);
    boolean fraction = false;
    if (e < n && sql.charAt(e) == '.' && !(e + 1 < n && sql.charAt(e + 1) == '.')) {
      fraction = true;
      int f = e + 1;
      if (f < n && PgLexer.isDigit(sql.charAt(f))) {
        f = digits(f, 10, modern);
      }
      e = f;
    }
    boolean real = false;
    if (e < n && (sql.charAt(e) == 'e' || sql.charAt(e) == 'E')) {
      int x = e + 1;
      if (x < n && (sql.charAt(x) == '+' || sql.charAt(x) == '-')) {
        x++;
      }
      if (x < n && PgLexer.isDigit(sql.charAt(x))) {
        e = digits(x, 10, modern);
        real = true;
      } else if (x > e + 1) {
        // "1e+" without digits: realfail
        return junk(s, e, x, fraction);
      }
    }
    if (e < n && PgLexer.isIdentStart(sql.charAt(e))) {
      return junk(s, e, identEnd(e), fraction || real);
    }
    String text = sql.substring(s, e).replace("_", "");
    if (fraction || real) {
      out.add(Tok.FCONST, s, e, -1, text);
      return e;
    }
    return integer(s, e, text, 10);
  }

  /** The end of the digits of the radix from {@code i}, with single {@code _} between them. */
  private int digits(int i, int radix, boolean underscores) {
    int e = i;
    while (e < n) {
      char c = sql.charAt(e);
      if (Character.digit(c, radix) >= 0 && c < 0x80) {
        e++;
      } else if (underscores
          && c == '_'
          && e > i
          && e + 1 < n
          && Character.digit(sql.charAt(e + 1), radix) >= 0
          && sql.charAt(e + 1) < 0x80) {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  private int identEnd(int i) {
    int e = i;
    while (e < n && PgLexer.isIdentCont(sql.charAt(e))) {
      e++;
    }
    return e;
  }

  private int integer(int s, int e, String digits, int radix) {
    if (radix == 10 && digits.length() <= 9) {
      out.add(Tok.ICONST, s, e, -1, digits); // nine digits always fit in 32 bits
      return e;
    }
    BigInteger v = new BigInteger(digits, radix);
    boolean fits = v.bitLength() < 32;
    out.add(fits ? Tok.ICONST : Tok.FCONST, s, e, -1, radix == 10 ? digits : v.toString());
    return e;
  }

  /**
   * A number at {@code [s, numberEnd)} running into more text up to {@code junkEnd}: an error from
   * PostgreSQL 15 on; with 14 in the grammar, the number alone (the rest lexes next).
   */
  private int junk(int s, int numberEnd, int junkEnd, boolean real) {
    if (!lenient) {
      return error(s, junkEnd, "trailing junk after numeric literal");
    }
    String text = sql.substring(s, numberEnd);
    if (real || text.indexOf('.') >= 0) {
      out.add(Tok.FCONST, s, numberEnd, -1, text);
      return numberEnd;
    }
    return integer(s, numberEnd, text, 10);
  }

  /** Lexes the positional parameter {@code $n} at {@code s}. */
  int param(int s) {
    int e = s + 1;
    while (e < n && PgLexer.isDigit(sql.charAt(e))) {
      e++;
    }
    if (e < n && PgLexer.isIdentStart(sql.charAt(e)) && !lenient) {
      return error(s, identEnd(e), "trailing junk after parameter");
    }
    String digits = sql.substring(s + 1, e);
    if (new BigInteger(digits).bitLength() >= 32) {
      return error(s, e, "parameter number too large");
    }
    out.add(Tok.PARAM, s, e, -1, digits);
    return e;
  }

  private int error(int s, int e, String message) {
    out.add(Tok.ERROR, s, e, -1, message);
    return -1;
  }
}
