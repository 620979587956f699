package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.schema.SqlTokens.Kind;
import dev.sqlcheck.processor.schema.SqlTokens.Token;
import dev.sqlcheck.processor.sql.SqlScan;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict lexer for a whole DDL statement, for the token-level fast paths. Unlike {@link
 * SqlTokens}, which only needs the leading words, it reads every PostgreSQL lexical form that a
 * schema file holds: nested block comments, {@code E'..'} strings with backslash escapes, {@code
 * B'..'}/{@code X'..'}/{@code N'..'} strings, dollar quotes ({@code $$..$$}, {@code $tag$..$tag$})
 * and numbers with exponents. Dollar-quoted text comes back as one {@link Kind#STRING} token.
 *
 * <p>It returns null for anything it is not sure of: an unterminated quote or comment, an empty
 * quoted identifier, {@code U&} escapes, backtick identifiers (not PostgreSQL) or a positional
 * parameter. The caller then leaves the statement to the parser.
 */
final class DdlTokens {
  private final String sql;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private DdlTokens(String sql) {
    this.sql = sql;
  }

  /** All tokens of {@code sql}, comments dropped; or null when some text is not understood. */
  static List<Token> tokenize(String sql) {
    DdlTokens lexer = new DdlTokens(sql);
    return lexer.run() ? lexer.tokens : null;
  }

  private boolean run() {
    int n = sql.length();
    while (pos < n) {
      char c = sql.charAt(pos);
      boolean ok;
      if (Character.isWhitespace(c)) {
        pos++;
        ok = true;
      } else if (sql.startsWith("--", pos)) {
        pos = SqlScan.endOfLineComment(sql, pos);
        ok = true;
      } else if (sql.startsWith("/*", pos)) {
        ok = blockComment();
      } else if (c == '"') {
        ok = quoted(Kind.QUOTED_IDENTIFIER, pos, '"', false) && tokenLongerThan(2);
      } else if (c == '\'') {
        ok = quoted(Kind.STRING, pos, '\'', false);
      } else if (c == '$') {
        ok = dollarQuoted();
      } else if (SqlScan.isIdentStart(c)) {
        ok = word();
      } else if (Character.isDigit(c) || (c == '.' && nextIsDigit(pos + 1))) {
        number();
        ok = true;
      } else if (c == '`') {
        ok = false;
      } else {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), pos));
        pos++;
        ok = true;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean blockComment() {
    int end = SqlScan.endOfBlockComment(sql, pos);
    if (end < 0) {
      return false;
    }
    pos = end;
    return true;
  }

  /** Reads a quoted token whose text starts at {@code start} and whose quote is at {@code pos}. */
  private boolean quoted(Kind kind, int start, char quote, boolean backslashEscapes) {
    int end = SqlScan.endOfQuoted(sql, pos, quote, backslashEscapes);
    if (end < 0) {
      return false;
    }
    tokens.add(new Token(kind, sql.substring(start, end), start));
    pos = end;
    return true;
  }

  private boolean tokenLongerThan(int length) {
    return tokens.get(tokens.size() - 1).text().length() > length;
  }

  /**
   * False for {@code $1} (a parameter, never in DDL that we model), a {@code $} with no tag, and an
   * unterminated dollar quote.
   */
  private boolean dollarQuoted() {
    int end = SqlScan.endOfDollarQuote(sql, pos);
    if (end < 0) {
      return false;
    }
    tokens.add(new Token(Kind.STRING, sql.substring(pos, end), pos));
    pos = end;
    return true;
  }

  private boolean word() {
    int start = pos;
    int end = SqlScan.endOfWord(sql, pos + 1);
    if (end - start == 1 && end < sql.length()) {
      char prefix = Character.toUpperCase(sql.charAt(start));
      char next = sql.charAt(end);
      if (prefix == 'U' && next == '&') {
        return false;
      }
      if (next == '\'' && "EBXN".indexOf(prefix) >= 0) {
        pos = end;
        return quoted(Kind.STRING, start, '\'', prefix == 'E');
      }
    }
    tokens.add(new Token(Kind.WORD, sql.substring(start, end), start));
    pos = end;
    return true;
  }

  private void number() {
    int start = pos;
    int i = pos;
    while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
      if (sql.charAt(i) == '.' && i + 1 < sql.length() && sql.charAt(i + 1) == '.') {
        break; // a range such as 1..2 is not a decimal point
      }
      i++;
    }
    if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < sql.length() && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
        j++;
      }
      if (nextIsDigit(j)) {
        i = j;
        while (nextIsDigit(i)) {
          i++;
        }
      }
    }
    tokens.add(new Token(Kind.NUMBER, sql.substring(start, i), start));
    pos = i;
  }

  private boolean nextIsDigit(int i) {
    return i < sql.length() && Character.isDigit(sql.charAt(i));
  }
}
