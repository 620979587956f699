package dev.sqlcheck.processor.dialect.postgres.parse;

import java.util.Arrays;

/**
 * Turns SQL text into {@link PgTokens} following PostgreSQL's {@code scan.l} and the look-ahead
 * filter of {@code parser.c}, for the versions of a {@link PgGrammar}. It adds sqlcheck's named
 * parameters {@code :name} and {@code :name.property}.
 *
 * <p>A lexical error ends the list with an {@link Tok#ERROR} token at the offending text; the
 * parser reports it only if it gets that far, as PostgreSQL (which lexes on demand) does.
 */
final class PgLexer {
  private final String sql;
  private final PgGrammar grammar;
  private final PgTokens out;
  private final int n;
  private int pos;

  /** Open brackets: '(' plain, '[' subscript, 'J' the parentheses of JSON_OBJECT(AGG). */
  private char[] brackets = new char[16];

  private int depth;
  private final PgNumberLexer numbers;

  private PgLexer(String sql, PgGrammar grammar) {
    this.sql = sql;
    this.grammar = grammar;
    this.out = new PgTokens(sql);
    this.n = sql.length();
    this.numbers = new PgNumberLexer(sql, grammar, out);
  }

  /** Lexes the whole text. */
  static PgTokens lex(String sql, PgGrammar grammar) {
    PgLexer lexer = new PgLexer(sql, grammar);
    lexer.run();
    PgLookahead.apply(lexer.out, grammar);
    return lexer.out;
  }

  private void run() {
    while (true) {
      skipBlanks();
      if (pos < 0) {
        return; // an unterminated comment was reported
      }
      if (pos >= n) {
        out.add(Tok.EOF, n, n, -1, null);
        return;
      }
      if (!next()) {
        return;
      }
    }
  }

  /** Lexes one token at {@link #pos}; false after an error token. */
  private boolean next() {
    char c = sql.charAt(pos);
    int s = pos;
    if (isIdentStart(c)) {
      return word(s, c);
    }
    if (c >= '0' && c <= '9' || c == '.' && pos + 1 < n && isDigit(sql.charAt(pos + 1))) {
      return resume(numbers.lex(s));
    }
    switch (c) {
      case '\'':
        return string(s, s, PgTokens.STR_STANDARD);
      case '"':
        return quotedIdent(s, s + 1, false);
      case '$':
        return dollar(s);
      case ':':
        return colon(s);
      case '.':
        if (pos + 1 < n && sql.charAt(pos + 1) == '.') {
          pos += 2;
          out.add(Tok.DOT_DOT, s, pos, -1, "..");
          return true;
        }
        return single(s, c);
      case '(':
      case '[':
        push(c == '[' ? '[' : jsonObjectParen() ? 'J' : '(');
        return single(s, c);
      case ')':
      case ']':
        if (depth > 0) {
          depth--;
        }
        return single(s, c);
      case ',':
      case ';':
        return single(s, c);
      default:
        break;
    }
    if (isOpChar(c)) {
      return operator(s);
    }
    return single(s, c);
  }

  /** Continues after a helper's token ending at {@code p}; false when it reported an error. */
  private boolean resume(int p) {
    pos = p;
    return p >= 0;
  }

  /** Continues lexing at {@code p} (after text a helper consumed). */
  void skipTo(int p) {
    pos = p;
  }

  private boolean single(int s, char c) {
    pos = s + 1;
    out.add(c, s, pos, -1, null);
    return true;
  }

  private void push(char b) {
    if (depth == brackets.length) {
      brackets = Arrays.copyOf(brackets, depth * 2);
    }
    brackets[depth++] = b;
  }

  private boolean jsonObjectParen() {
    int last = out.size - 1;
    return last >= 0
        && (out.isKeyword(last, PgKeywords.JSON_OBJECT)
            || out.isKeyword(last, PgKeywords.JSON_OBJECTAGG));
  }

  private boolean word(int s, char c) {
    if (pos + 1 < n && sql.charAt(pos + 1) == '\'') {
      switch (c) {
        case 'e':
        case 'E':
          return string(s, s + 1, PgTokens.STR_ESCAPE);
        case 'b':
        case 'B':
        case 'x':
        case 'X':
          return bitString(s, Character.toLowerCase(c) == 'x');
        case 'n':
        case 'N':
          // National character: the key word NCHAR, then the string (scan.l xnstart).
          out.add(Tok.KEYWORD, s, s + 1, PgKeywords.NCHAR, "nchar");
          pos = s + 1;
          return true;
        default:
          break;
      }
    }
    if ((c == 'u' || c == 'U') && sql.startsWith("&", pos + 1) && pos + 2 < n) {
      char q = sql.charAt(pos + 2);
      if (q == '\'') {
        return string(s, s + 2, PgTokens.STR_UNICODE);
      }
      if (q == '"') {
        return quotedIdent(s, s + 3, true);
      }
    }
    int e = s + 1;
    while (e < n && isIdentCont(sql.charAt(e))) {
      e++;
    }
    pos = e;
    String folded = PgIdentifiers.fold(sql, s, e);
    int kw = PgIdentifiers.keywordId(folded);
    if (kw >= 0 && grammar.isKeyword(kw)) {
      out.add(Tok.KEYWORD, s, e, kw, folded);
    } else {
      out.add(Tok.IDENT, s, e, -1, PgIdentifiers.truncate(folded));
    }
    return true;
  }

  private boolean string(int s, int quote, int strKind) {
    StringBuilder value = new StringBuilder();
    int p = quote;
    while (true) {
      int close = PgStrings.scanQuoted(sql, p, strKind == PgTokens.STR_ESCAPE, value);
      if (close < 0) {
        return error(s, "unterminated quoted string", n);
      }
      int next = PgStrings.continuation(sql, close);
      if (next < 0) {
        pos = close;
        break;
      }
      p = next;
    }
    String v = strKind == PgTokens.STR_ESCAPE ? escapeString(s, quote) : value.toString();
    if (v == null) {
      return false;
    }
    int t = out.add(Tok.SCONST, s, pos, strKind, v);
    return strKind != PgTokens.STR_UNICODE || PgStrings.unicodeToken(out, t, sql, this);
  }

  /**
   * The value of the {@code E'…'} constant at {@code s} whose first quote is at {@code quote} and
   * whose end is {@link #pos}, or null after reporting its error.
   */
  private String escapeString(int s, int quote) {
    PgEscapeString decoder = new PgEscapeString();
    int p = quote;
    while (true) {
      int close = PgStrings.scanQuoted(sql, p, true, new StringBuilder());
      if (!decoder.part(sql, p + 1, close - 1)) {
        break;
      }
      int next = PgStrings.continuation(sql, close);
      if (next < 0) {
        String v = decoder.finish(s, pos);
        if (v != null) {
          return v;
        }
        break;
      }
      p = next;
    }
    error(
        decoder.errorStart,
        decoder.message,
        decoder.errorEnd,
        decoder.hint,
        decoder.sqlState,
        decoder.near);
    return null;
  }

  private boolean bitString(int s, boolean hex) {
    StringBuilder value = new StringBuilder();
    int p = s + 1;
    while (true) {
      int close = PgStrings.scanQuoted(sql, p, false, value);
      if (close < 0) {
        return error(
            s,
            hex ? "unterminated hexadecimal string literal" : "unterminated bit string literal",
            n);
      }
      int next = PgStrings.continuation(sql, close);
      if (next < 0) {
        pos = close;
        break;
      }
      p = next;
    }
    out.add(hex ? Tok.XCONST : Tok.BCONST, s, pos, -1, value.toString());
    return true;
  }

  private boolean quotedIdent(int s, int open, boolean unicode) {
    StringBuilder value = new StringBuilder();
    int close = PgStrings.scanQuoted(sql, open - 1, false, value);
    if (close < 0) {
      return error(s, "unterminated quoted identifier", n);
    }
    pos = close;
    if (value.length() == 0) {
      return error(s, "zero-length delimited identifier", close);
    }
    int t = out.add(Tok.QIDENT, s, close, -1, PgIdentifiers.truncate(value.toString()));
    return !unicode || PgStrings.unicodeToken(out, t, sql, this);
  }

  private boolean dollar(int s) {
    if (pos + 1 < n && isDigit(sql.charAt(pos + 1))) {
      return resume(numbers.param(s));
    }
    int tagEnd = s + 1;
    while (tagEnd < n && isDolqCont(sql.charAt(tagEnd), tagEnd == s + 1)) {
      tagEnd++;
    }
    if (tagEnd < n && sql.charAt(tagEnd) == '$') {
      String tag = sql.substring(s, tagEnd + 1);
      int close = sql.indexOf(tag, tagEnd + 1);
      if (close < 0) {
        return error(s, "unterminated dollar-quoted string", n);
      }
      pos = close + tag.length();
      out.add(Tok.SCONST, s, pos, PgTokens.STR_DOLLAR, sql.substring(tagEnd + 1, close));
      return true;
    }
    return single(s, '$'); // not a dollar quote: the lone '$' is a syntax error later
  }

  private boolean colon(int s) {
    if (pos + 1 < n) {
      char c = sql.charAt(pos + 1);
      if (c == ':') {
        pos += 2;
        out.add(Tok.TYPECAST, s, pos, -1, "::");
        return true;
      }
      if (c == '=') {
        pos += 2;
        out.add(Tok.COLON_EQUALS, s, pos, -1, ":=");
        return true;
      }
      if (isIdentStart(c) && !separatorColon()) {
        return namedParameter(s);
      }
    }
    return single(s, ':');
  }

  /**
   * Whether a colon is a separator rather than the start of a named parameter: inside {@code [ ]}
   * (a slice) or JSON_OBJECT's parentheses ({@code k : v}), right after a complete operand.
   */
  private boolean separatorColon() {
    if (depth == 0 || brackets[depth - 1] == '(') {
      return false;
    }
    return out.size > 0 && PgLookahead.endsOperand(out, out.size - 1, grammar);
  }

  private boolean namedParameter(int s) {
    int e = s + 2;
    while (e < n && isIdentCont(sql.charAt(e)) && sql.charAt(e) != '$') {
      e++;
    }
    String name = sql.substring(s + 1, e);
    String property = null;
    if (e + 1 < n && sql.charAt(e) == '.' && isIdentStart(sql.charAt(e + 1))) {
      int p = e + 2;
      while (p < n && isIdentCont(sql.charAt(p)) && sql.charAt(p) != '$') {
        p++;
      }
      property = sql.substring(e + 1, p);
      e = p;
    }
    pos = e;
    int t = out.add(Tok.NAMED_PARAM, s, e, -1, name);
    out.property[t] = property;
    return true;
  }

  private boolean operator(int s) {
    int e = s;
    while (e < n && isOpChar(sql.charAt(e))) {
      if (sql.startsWith("--", e) || sql.startsWith("/*", e)) {
        break;
      }
      e++;
    }
    int len = e - s;
    if (len > 1 && (sql.charAt(e - 1) == '+' || sql.charAt(e - 1) == '-')) {
      boolean keep = false;
      for (int i = s; i < e - 1; i++) {
        if ("~!@#^&|`?%".indexOf(sql.charAt(i)) >= 0) {
          keep = true;
          break;
        }
      }
      if (!keep) {
        do {
          e--;
        } while (e - s > 1 && (sql.charAt(e - 1) == '+' || sql.charAt(e - 1) == '-'));
      }
    }
    pos = e;
    String op = sql.substring(s, e);
    if (op.length() == 1 && "+-*/%^<>=".indexOf(op.charAt(0)) >= 0) {
      out.add(op.charAt(0), s, e, -1, op);
    } else if (op.equals("=>")) {
      out.add(Tok.EQUALS_GREATER, s, e, -1, op);
    } else if (op.equals(">=")) {
      out.add(Tok.GREATER_EQUALS, s, e, -1, op);
    } else if (op.equals("<=")) {
      out.add(Tok.LESS_EQUALS, s, e, -1, op);
    } else if (op.equals("<>") || op.equals("!=")) {
      out.add(Tok.NOT_EQUALS, s, e, -1, "<>");
    } else if (op.length() >= 64) {
      return error(s, "operator too long", e);
    } else {
      out.add(Tok.OP, s, e, -1, op);
    }
    return true;
  }

  /** Ends the token list with an error token over {@code [s, e)}; returns false. */
  boolean error(int s, String message, int e) {
    out.add(Tok.ERROR, s, e, -1, message);
    pos = -1;
    return false;
  }

  /**
   * An error worded as PostgreSQL words it: with a hint, a SQLSTATE other than 42601, or (not
   * {@code near}) without "at or near" the text.
   */
  boolean error(int s, String message, int e, String hint, String sqlState, boolean near) {
    out.errorHint = hint;
    out.errorState = sqlState;
    out.errorPlain = !near;
    return error(s, message, e);
  }

  private void skipBlanks() {
    while (pos < n) {
      char c = sql.charAt(pos);
      if (c == ' '
          || c == '\t'
          || c == '\n'
          || c == '\r'
          || c == '\f'
          || c == '\u000b' && grammar.since(16)) {
        pos++;
      } else if (c == '-' && sql.startsWith("--", pos)) {
        int eol = pos;
        while (eol < n && sql.charAt(eol) != '\n' && sql.charAt(eol) != '\r') {
          eol++;
        }
        pos = eol;
      } else if (c == '/' && sql.startsWith("/*", pos)) {
        int end = blockCommentEnd(pos);
        if (end < 0) {
          error(pos, "unterminated /* comment", n);
          return;
        }
        pos = end;
      } else {
        return;
      }
    }
  }

  private int blockCommentEnd(int s) {
    int d = 0;
    int i = s;
    while (i < n) {
      if (sql.startsWith("/*", i)) {
        d++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        d--;
        i += 2;
        if (d == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return -1;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isIdentStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
  }

  static boolean isIdentCont(char c) {
    return isIdentStart(c) || isDigit(c) || c == '$';
  }

  private static boolean isDolqCont(char c, boolean first) {
    return isIdentStart(c) || !first && isDigit(c);
  }

  static boolean isOpChar(char c) {
    return "~!@#^&|`?+-*/%<>=".indexOf(c) >= 0;
  }
}
