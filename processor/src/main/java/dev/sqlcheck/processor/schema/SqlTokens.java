package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.sql.SqlScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small lexer for reading the shape of a DDL statement without parsing it: words, quoted
 * identifiers, string literals and single punctuation characters, with comments dropped. Used to
 * classify statements cheaply, to read the name of a relation whose statement failed to parse, and
 * for the few statements the loader interprets textually (enum types, domains, search path).
 */
final class SqlTokens {
  /** What a token is. */
  enum Kind {
    WORD,
    QUOTED_IDENTIFIER,
    STRING,
    NUMBER,
    SYMBOL
  }

  /** One token: {@code text} as written, and its start offset in the statement. */
  record Token(Kind kind, String text, int start) {
    /** The upper-cased word, or the text itself for other tokens. */
    String upper() {
      return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : text;
    }

    boolean is(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName() {
      return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    /** The value of a string literal, without quotes, with doubled quotes undone. */
    String stringValue() {
      int open = text.indexOf('\'');
      return text.substring(open + 1, text.length() - 1).replace("''", "'");
    }
  }

  private SqlTokens() {}

  /** Tokenises at most {@code limit} tokens of {@code sql}. */
  static List<Token> tokenize(String sql, int limit) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n && tokens.size() < limit) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (sql.startsWith("--", i)) {
        i = SqlScan.endOfLineComment(sql, i);
      } else if (sql.startsWith("/*", i)) { // the first */ ends it: not nested
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '"' || c == '`') {
        int end = closing(sql, i, c);
        tokens.add(new Token(Kind.QUOTED_IDENTIFIER, sql.substring(i, end), i));
        i = end;
      } else if (c == '\'') {
        int end = closing(sql, i, '\'');
        tokens.add(new Token(Kind.STRING, sql.substring(i, end), i));
        i = end;
      } else if (SqlScan.isIdentStart(c)) {
        int end = SqlScan.endOfWord(sql, i + 1);
        if (end < n && sql.charAt(end) == '\'' && end - i == 1 && "eE".indexOf(c) >= 0) {
          int close = closing(sql, end, '\'');
          tokens.add(new Token(Kind.STRING, sql.substring(i, close), i));
          i = close;
        } else {
          tokens.add(new Token(Kind.WORD, sql.substring(i, end), i));
          i = end;
        }
      } else if (Character.isDigit(c)) {
        int end = i + 1;
        while (end < n && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
          end++;
        }
        tokens.add(new Token(Kind.NUMBER, sql.substring(i, end), i));
        i = end;
      } else {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
        i++;
      }
    }
    return tokens;
  }

  /**
   * Offset just after the quote that closes the one at {@code open} (doubled quotes escape, a
   * backslash never does, even in {@code E'..'}), or the end of an unterminated quote.
   */
  private static int closing(String sql, int open, char quote) {
    int end = SqlScan.endOfQuoted(sql, open, quote, false);
    return end < 0 ? sql.length() : end;
  }
}
