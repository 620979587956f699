package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * Decodes the body of an {@code E'…'} constant, one quoted part at a time, as PostgreSQL's scanner
 * does in a UTF-8 database, and says where the first error is:
 *
 * <ul>
 *   <li>{@code \b \f \n \r \t}, octal {@code \7}–{@code \777} and hex {@code \x7}–{@code \xff}
 *       escapes are bytes; any other escaped character is itself;
 *   <li><code>&#92;uXXXX</code> and <code>&#92;UXXXXXXXX</code> need all their digits ({@code
 *       invalid Unicode escape}, SQLSTATE 22025), a code point from 1 to U+10FFFF ({@code invalid
 *       Unicode escape value}), and a high surrogate directly followed by a low one ({@code invalid
 *       Unicode surrogate pair}, at whatever follows it, even the closing quote);
 *   <li>when an octal or hex escape made a zero byte or one above 0x7F, the whole constant must be
 *       valid UTF-8 ({@code invalid byte sequence for encoding "UTF8": 0xc3 0x28}, SQLSTATE 22021).
 * </ul>
 */
final class PgEscapeString {
  private static final String UNICODE_HINT = "Unicode escapes must be \\uXXXX or \\UXXXXXXXX.";

  private byte[] bytes = new byte[32];
  private int size;

  /** An octal or hex escape made a byte that needs the UTF-8 check. */
  private boolean checkEncoding;

  /** A high surrogate waiting for its low half, else -1. */
  private int highSurrogate = -1;

  /** The first error: message, hint, SQLSTATE, range, and whether it names the text there. */
  String message;

  String hint;
  String sqlState = SyntaxError.SYNTAX_ERROR;
  int errorStart;
  int errorEnd;
  boolean near = true;

  /**
   * Decodes the part whose body runs from {@code from} to the closing quote at {@code close}
   * (quotes doubled or escaped inside it, as the scanner found them); false after an error.
   */
  boolean part(String sql, int from, int close) {
    int i = from;
    while (i < close) {
      char c = sql.charAt(i);
      boolean unicodeEscape =
          c == '\\' && i + 1 < close && (sql.charAt(i + 1) == 'u' || sql.charAt(i + 1) == 'U');
      if (highSurrogate >= 0 && !unicodeEscape) {
        return fail("invalid Unicode surrogate pair", i, i + 1);
      }
      if (c != '\\') {
        int cp = sql.codePointAt(i);
        utf8(cp);
        i += Character.charCount(cp);
        if (c == '\'') {
          i++; // a doubled quote
        }
        continue;
      }
      char e = sql.charAt(i + 1);
      if (unicodeEscape) {
        i = unicode(sql, i, close, e == 'u' ? 4 : 8);
        if (i < 0) {
          return false;
        }
        continue;
      }
      i += 2;
      switch (e) {
        case 'b' -> add('\b');
        case 'f' -> add('\f');
        case 'n' -> add('\n');
        case 'r' -> add('\r');
        case 't' -> add('\t');
        case 'x' -> {
          int k = PgStrings.hexDigits(sql, i, close, 2);
          if (k == 0) {
            add('x'); // "\x" without digits is just "x"
          } else {
            addByte((int) PgStrings.hexValue(sql, i, k));
            i += k;
          }
        }
        default -> {
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            int k = 0;
            while (k < 2 && i < close && sql.charAt(i) >= '0' && sql.charAt(i) <= '7') {
              v = v * 8 + (sql.charAt(i++) - '0');
              k++;
            }
            addByte(v & 0xFF);
          } else {
            int cp = sql.codePointAt(i - 1);
            utf8(cp);
            i += Character.charCount(cp) - 1;
          }
        }
      }
    }
    if (highSurrogate >= 0) {
      return fail("invalid Unicode surrogate pair", close, close + 1);
    }
    return true;
  }

  /** Reads a Unicode escape at {@code i}; the index after it, or -1 after an error. */
  private int unicode(String sql, int i, int close, int digits) {
    int k = PgStrings.hexDigits(sql, i + 2, close, digits);
    int p = i + 2 + k;
    if (k < digits) {
      message = "invalid Unicode escape";
      hint = UNICODE_HINT;
      sqlState = "22025";
      near = false;
      errorStart = i;
      errorEnd = p;
      return -1;
    }
    long v = PgStrings.hexValue(sql, i + 2, digits);
    if (highSurrogate >= 0) {
      if (!PgStrings.isLowSurrogate(v)) {
        return fail("invalid Unicode surrogate pair", i, p) ? p : -1;
      }
      utf8(Character.toCodePoint((char) highSurrogate, (char) v));
      highSurrogate = -1;
      return p;
    }
    if (PgStrings.isHighSurrogate(v)) {
      highSurrogate = (int) v;
      return p;
    }
    if (PgStrings.isLowSurrogate(v)) {
      return fail("invalid Unicode surrogate pair", i, p) ? p : -1;
    }
    if (v == 0 || v > Character.MAX_CODE_POINT) {
      return fail("invalid Unicode escape value", i, p) ? p : -1;
    }
    utf8((int) v);
    return p;
  }

  private boolean fail(String text, int s, int e) {
    message = text;
    errorStart = s;
    errorEnd = e;
    return false;
  }

  /**
   * The decoded text, or null when an escape's byte left it invalid UTF-8 (the error is then set,
   * at {@code tokenStart}, as PostgreSQL reports it without a position of its own).
   */
  String finish(int tokenStart, int tokenEnd) {
    if (checkEncoding) {
      int bad = firstInvalid();
      if (bad >= 0) {
        int length = Math.min(utf8Length(bytes[bad] & 0xFF), size - bad);
        StringBuilder b = new StringBuilder("invalid byte sequence for encoding \"UTF8\": ");
        for (int k = 0; k < length; k++) {
          b.append(k == 0 ? "" : " ").append(String.format("0x%02x", bytes[bad + k] & 0xFF));
        }
        message = b.toString();
        sqlState = "22021";
        near = false;
        errorStart = tokenStart;
        errorEnd = tokenEnd;
        return null;
      }
    }
    return new String(bytes, 0, size, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The index of the first byte that does not start a valid UTF-8 character, or -1. */
  private int firstInvalid() {
    int i = 0;
    while (i < size) {
      int b0 = bytes[i] & 0xFF;
      int length = utf8Length(b0);
      if (b0 == 0 || !legal(i, length)) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** The length a UTF-8 sequence starting with {@code b0} claims. */
  private static int utf8Length(int b0) {
    if ((b0 & 0x80) == 0) {
      return 1;
    } else if ((b0 & 0xE0) == 0xC0) {
      return 2;
    } else if ((b0 & 0xF0) == 0xE0) {
      return 3;
    } else if ((b0 & 0xF8) == 0xF0) {
      return 4;
    }
    return 1;
  }

  /** PostgreSQL's test of one UTF-8 character: no overlong forms, surrogates or beyond U+10FFFF. */
  private boolean legal(int i, int length) {
    if (i + length > size) {
      return false;
    }
    int b0 = bytes[i] & 0xFF;
    for (int k = 2; k < length; k++) {
      int b = bytes[i + k] & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        return false;
      }
    }
    if (length >= 2) {
      int b1 = bytes[i + 1] & 0xFF;
      int min = 0x80;
      int max = 0xBF;
      switch (b0) {
        case 0xE0 -> min = 0xA0;
        case 0xED -> max = 0x9F;
        case 0xF0 -> min = 0x90;
        case 0xF4 -> max = 0x8F;
        default -> {}
      }
      if (b1 < min || b1 > max) {
        return false;
      }
    }
    return !(b0 >= 0x80 && b0 < 0xC2) && b0 <= 0xF4;
  }

  private void add(char c) {
    addRaw(c);
  }

  private void addByte(int b) {
    if (b == 0 || b > 0x7F) {
      checkEncoding = true;
    }
    addRaw(b);
  }

  private void utf8(int cp) {
    if (cp < 0x80) {
      addRaw(cp);
    } else if (cp < 0x800) {
      addRaw(0xC0 | cp >> 6);
      addRaw(0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      addRaw(0xE0 | cp >> 12);
      addRaw(0x80 | cp >> 6 & 0x3F);
      addRaw(0x80 | cp & 0x3F);
    } else {
      addRaw(0xF0 | cp >> 18);
      addRaw(0x80 | cp >> 12 & 0x3F);
      addRaw(0x80 | cp >> 6 & 0x3F);
      addRaw(0x80 | cp & 0x3F);
    }
  }

  private void addRaw(int b) {
    if (size == bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, size * 2);
    }
    bytes[size++] = (byte) b;
  }
}
