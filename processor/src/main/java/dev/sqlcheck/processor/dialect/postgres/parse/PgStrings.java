package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * String-constant rules of PostgreSQL's scanner: quoted bodies, continuation across a newline
 * ({@code 'a'⏎'b'} is {@code 'ab'}), backslash escapes of {@code E'…'} and Unicode escapes of
 * {@code U&'…'} / {@code U&"…"} with an optional {@code UESCAPE}.
 */
final class PgStrings {
  private PgStrings() {}

  /**
   * Appends the body of the quoted text whose opening quote is at {@code open} ({@code ''} read as
   * {@code '}; with {@code backslash}, an escaped character is kept with its backslash for {@link
   * #unescape}) and returns the index after the closing quote, or -1.
   */
  static int scanQuoted(String sql, int open, boolean backslash, StringBuilder value) {
    char q = sql.charAt(open);
    int n = sql.length();
    int i = open + 1;
    while (i < n) {
      char c = sql.charAt(i);
      if (backslash && c == '\\' && i + 1 < n) {
        value.append(c).append(sql.charAt(i + 1));
        i += 2;
      } else if (c == q) {
        if (i + 1 < n && sql.charAt(i + 1) == q) {
          value.append(q);
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        value.append(c);
        i++;
      }
    }
    return -1;
  }

  /**
   * If the string that ended at {@code after} continues (blanks holding a newline, then a quote),
   * the index of that quote; else -1. Only {@code --} comments may stand in between.
   */
  static int continuation(String sql, int after) {
    int n = sql.length();
    int i = after;
    boolean newline = false;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\n' || c == '\r') {
        newline = true;
        i++;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000b') {
        i++;
      } else if (c == '-' && sql.startsWith("--", i)) {
        while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
          i++;
        }
      } else {
        break;
      }
    }
    return newline && i < n && sql.charAt(i) == '\'' ? i : -1;
  }

  /** Decodes the backslash escapes of an {@code E'…'} body; null for a bad Unicode escape. */
  static String unescape(String body) {
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder b = new StringBuilder(body.length());
    int n = body.length();
    int i = 0;
    while (i < n) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= n) {
        b.append(c);
        i++;
        continue;
      }
      char e = body.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'x' -> i = hex(body, i, 2, b, true);
        case 'u', 'U' -> {
          int digits = e == 'u' ? 4 : 8;
          int end = hex(body, i, digits, b, false);
          if (end < 0) {
            return null;
          }
          i = end;
        }
        default -> {
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            int k = 0;
            while (k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
              v = v * 8 + (body.charAt(i++) - '0');
              k++;
            }
            b.append((char) (v & 0xFF));
          } else {
            b.append(e);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * Reads up to (or, unless {@code upTo}, exactly) {@code digits} hex digits at {@code i} and
   * appends the code point; returns the index after them, or -1 when too few.
   */
  private static int hex(String s, int i, int digits, StringBuilder b, boolean upTo) {
    int v = 0;
    int k = 0;
    while (k < digits && i + k < s.length() && Character.digit(s.charAt(i + k), 16) >= 0) {
      v = v * 16 + Character.digit(s.charAt(i + k), 16);
      k++;
    }
    if (k == 0 && upTo) {
      b.append('x'); // "\x" without digits is just "x"
      return i;
    }
    if (!upTo && k < digits || !Character.isValidCodePoint(v)) {
      return -1;
    }
    b.appendCodePoint(v);
    return i + k;
  }

  /**
   * Decodes the Unicode escapes of the {@code U&} token {@code t}, taking a following {@code
   * UESCAPE 'c'} into account (and absorbing it into the token); false after reporting an error.
   */
  static boolean unicodeToken(PgTokens out, int t, String sql, PgLexer lexer) {
    char escape = '\\';
    PgUescape u = PgUescape.find(sql, out.end[t]);
    if (u != null) {
      if (u.escape() < 0) {
        out.size = t;
        return lexer.error(u.start(), "invalid Unicode escape character", u.end());
      }
      escape = (char) u.escape();
      out.end[t] = u.end();
      lexer.skipTo(u.end());
    }
    String decoded = decodeUnicode(out.value[t], escape);
    if (decoded == null) {
      out.size = t;
      return lexer.error(out.start[t], "invalid Unicode escape", out.end[t]);
    }
    out.value[t] = out.kind[t] == Tok.QIDENT ? PgIdentifiers.truncate(decoded) : decoded;
    return true;
  }

  /** Decodes {@code \XXXX}, {@code \+XXXXXX} and a doubled escape; null when malformed. */
  static String decodeUnicode(String s, char escape) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != escape) {
        b.append(c);
        i++;
      } else if (i + 1 < n && s.charAt(i + 1) == escape) {
        b.append(escape);
        i += 2;
      } else {
        boolean plus = i + 1 < n && s.charAt(i + 1) == '+';
        int start = i + (plus ? 2 : 1);
        int end = hex(s, start, plus ? 6 : 4, b, false);
        if (end < 0) {
          return null;
        }
        i = end;
      }
    }
    return b.toString();
  }
}
