package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * A recursive-descent check of JSON text as PostgreSQL's json lexer accepts it: one value with
 * optional surrounding whitespace (space, tab, newline, carriage return); strings with the JSON
 * escapes only; numbers as the JSON grammar spells them; the literals {@code true}, {@code false}
 * and {@code null}.
 */
final class JsonSyntax {
  private final String s;
  private int pos;

  JsonSyntax(String text) {
    this.s = text;
  }

  boolean valid() {
    try {
      skipSpace();
      value();
      skipSpace();
      return pos == s.length();
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private void value() {
    char c = peek();
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> word("true");
      case 'f' -> word("false");
      case 'n' -> word("null");
      default -> number();
    }
  }

  private void object() {
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      string();
      skipSpace();
      expect(':');
      skipSpace();
      value();
      skipSpace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect('}');
      return;
    }
  }

  private void array() {
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      value();
      skipSpace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect(']');
      return;
    }
  }

  private void string() {
    expect('"');
    while (true) {
      char c = next();
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw new IllegalStateException();
      }
      if (c == '\\') {
        escape();
      }
    }
  }

  private void escape() {
    char e = next();
    if ("\"\\/bfnrt".indexOf(e) >= 0) {
      return;
    }
    if (e != 'u') {
      throw new IllegalStateException();
    }
    for (int i = 0; i < 4; i++) {
      if (Character.digit(next(), 16) < 0) {
        throw new IllegalStateException();
      }
    }
  }

  private void number() {
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else {
      digits();
    }
    if (pos < s.length() && s.charAt(pos) == '.') {
      pos++;
      digits();
    }
    if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      pos++;
      if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        pos++;
      }
      digits();
    }
  }

  private void digits() {
    int start = pos;
    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw new IllegalStateException();
    }
  }

  private void word(String w) {
    if (!s.startsWith(w, pos)) {
      throw new IllegalStateException();
    }
    pos += w.length();
  }

  private void skipSpace() {
    while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= s.length()) {
      throw new IllegalStateException();
    }
    return s.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalStateException();
    }
  }
}
