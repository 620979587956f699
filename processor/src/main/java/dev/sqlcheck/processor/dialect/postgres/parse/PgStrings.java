package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * String-constant rules of PostgreSQL's scanner: quoted bodies, continuation across a newline
 * ({@code 'a'⏎'b'} is {@code 'ab'}) and Unicode escapes of {@code U&'…'} / {@code U&"…"} with an
 * optional {@code UESCAPE} ({@code E'…'} escapes are {@link PgEscapeString}'s).
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
        if (u.literal()) {
          return lexer.error(u.valueStart(), "invalid Unicode escape character", u.end());
        }
        if (u.valueStart() >= sql.length()) {
          return lexer.error(
              u.valueStart(),
              "UESCAPE must be followed by a simple string literal at end of input",
              u.valueStart(),
              null,
              null,
              false);
        }
        return lexer.error(
            u.valueStart(), "UESCAPE must be followed by a simple string literal", u.end());
      }
      escape = (char) u.escape();
      out.end[t] = u.end();
      lexer.skipTo(u.end());
    }
    StringBuilder decoded = new StringBuilder(out.value[t].length());
    int[] at = new int[1];
    String error = decodeUnicode(out.value[t], escape, decoded, at);
    if (error != null) {
      out.size = t;
      String hint =
          error.equals(BAD_ESCAPE) ? "Unicode escapes must be \\XXXX or \\+XXXXXX." : null;
      // PostgreSQL points into the constant by the offset in its value, after the U&' opening.
      int position = Math.min(out.start[t] + 3 + at[0], sql.length());
      return lexer.error(position, error, position, hint, null, false);
    }
    String value = decoded.toString();
    out.value[t] = out.kind[t] == Tok.QIDENT ? PgIdentifiers.truncate(value) : value;
    return true;
  }

  private static final String BAD_ESCAPE = "invalid Unicode escape";

  /**
   * Decodes {@code \XXXX}, {@code \+XXXXXX} and a doubled escape into {@code out}, pairing
   * surrogates; the error PostgreSQL gives for the text (with its offset in {@code at[0]}), or
   * null.
   */
  static String decodeUnicode(String s, char escape, StringBuilder out, int[] at) {
    int n = s.length();
    int i = 0;
    int high = -1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == escape && i + 1 < n && s.charAt(i + 1) == escape) {
        if (high >= 0) {
          at[0] = i;
          return "invalid Unicode surrogate pair";
        }
        out.append(escape);
        i += 2;
        continue;
      }
      if (c != escape) {
        if (high >= 0) {
          at[0] = i;
          return "invalid Unicode surrogate pair";
        }
        out.append(c);
        i++;
        continue;
      }
      boolean plus = i + 1 < n && s.charAt(i + 1) == '+';
      int start = i + (plus ? 2 : 1);
      int digits = plus ? 6 : 4;
      at[0] = i;
      if (hexDigits(s, start, n, digits) < digits) {
        return BAD_ESCAPE;
      }
      i = start + digits;
      long v = hexValue(s, start, digits);
      if (v == 0 || v > Character.MAX_CODE_POINT) {
        return "invalid Unicode escape value";
      }
      if (high >= 0) {
        if (!isLowSurrogate(v)) {
          return "invalid Unicode surrogate pair";
        }
        out.appendCodePoint(Character.toCodePoint((char) high, (char) v));
        high = -1;
      } else if (isHighSurrogate(v)) {
        high = (int) v;
      } else if (isLowSurrogate(v)) {
        return "invalid Unicode surrogate pair";
      } else {
        out.appendCodePoint((int) v);
      }
    }
    at[0] = n;
    return high >= 0 ? "invalid Unicode surrogate pair" : null;
  }

  /** How many hex digits stand at {@code from}: at most {@code max}, and before {@code end}. */
  static int hexDigits(String s, int from, int end, int max) {
    int k = 0;
    while (k < max && from + k < end && Character.digit(s.charAt(from + k), 16) >= 0) {
      k++;
    }
    return k;
  }

  /** The value of the {@code count} hex digits at {@code from}. */
  static long hexValue(String s, int from, int count) {
    return Long.parseLong(s, from, from + count, 16);
  }

  /** Whether the escaped value {@code v} is the first half of a UTF-16 surrogate pair. */
  static boolean isHighSurrogate(long v) {
    return v <= Character.MAX_VALUE && Character.isHighSurrogate((char) v);
  }

  /** Whether the escaped value {@code v} is the second half of a UTF-16 surrogate pair. */
  static boolean isLowSurrogate(long v) {
    return v <= Character.MAX_VALUE && Character.isLowSurrogate((char) v);
  }
}
