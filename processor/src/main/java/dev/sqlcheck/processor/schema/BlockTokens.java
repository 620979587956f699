package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.sql.SqlScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lexer for the body of a PL/pgSQL block: words, quoted identifiers, string literals (plain,
 * {@code E'..'} and dollar-quoted, which {@link SqlTokens} does not know), numbers and single
 * punctuation characters, with comments dropped. Enough to find where the block's statements begin
 * and end; the statements themselves are read again by the loader.
 */
final class BlockTokens {
  /**
   * One token: its text spans {@code start} to {@code end} of the body; {@code value} is the
   * decoded content of a string literal or quoted identifier, and the text otherwise.
   */
  record Token(SqlTokens.Kind kind, String value, int start, int end) {
    boolean is(String word) {
      return kind == SqlTokens.Kind.WORD && value.equalsIgnoreCase(word);
    }

    boolean isSymbol(char c) {
      return kind == SqlTokens.Kind.SYMBOL && value.charAt(0) == c;
    }

    /** The name a word or quoted identifier stands for: folded to lower case when unquoted. */
    String name() {
      return kind == SqlTokens.Kind.WORD ? value.toLowerCase(Locale.ROOT) : value;
    }
  }

  private BlockTokens() {}

  static List<Token> tokenize(String body) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = body.length();
    while (i < n) {
      char c = body.charAt(i);
      int end;
      if (Character.isWhitespace(c)) {
        end = i + 1;
      } else if (body.startsWith("--", i)) {
        end = SqlScan.endOfLineComment(body, i);
      } else if (body.startsWith("/*", i)) {
        end = orEnd(SqlScan.endOfBlockComment(body, i), n);
      } else if (c == '"') {
        end = orEnd(SqlScan.endOfQuoted(body, i, '"', false), n);
        tokens.add(token(SqlTokens.Kind.QUOTED_IDENTIFIER, unquote(body, i, end, '"'), i, end));
      } else if (c == '\'') {
        end = orEnd(SqlScan.endOfQuoted(body, i, '\'', false), n);
        tokens.add(token(SqlTokens.Kind.STRING, unquote(body, i, end, '\''), i, end));
      } else if (c == '$' && SqlScan.endOfDollarQuote(body, i) > 0) {
        end = SqlScan.endOfDollarQuote(body, i);
        int tag = SqlScan.endOfDollarTag(body, i) - i;
        tokens.add(token(SqlTokens.Kind.STRING, body.substring(i + tag, end - tag), i, end));
      } else if ((c == 'E' || c == 'e') && i + 1 < n && body.charAt(i + 1) == '\'') {
        end = orEnd(SqlScan.endOfQuoted(body, i + 1, '\'', true), n);
        tokens.add(token(SqlTokens.Kind.STRING, unquote(body, i + 1, end, '\''), i, end));
      } else if (SqlScan.isIdentStart(c)) {
        end = SqlScan.endOfWord(body, i + 1);
        tokens.add(token(SqlTokens.Kind.WORD, body.substring(i, end), i, end));
      } else if (Character.isDigit(c)) {
        end = i + 1;
        while (end < n && (Character.isDigit(body.charAt(end)) || body.charAt(end) == '.')) {
          end++;
        }
        tokens.add(token(SqlTokens.Kind.NUMBER, body.substring(i, end), i, end));
      } else {
        end = i + 1;
        tokens.add(token(SqlTokens.Kind.SYMBOL, String.valueOf(c), i, end));
      }
      i = end;
    }
    return tokens;
  }

  private static Token token(SqlTokens.Kind kind, String value, int start, int end) {
    return new Token(kind, value, start, end);
  }

  private static int orEnd(int end, int length) {
    return end < 0 ? length : end;
  }

  /** The content between the quotes at {@code open} and {@code end - 1}, doubled quotes undone. */
  private static String unquote(String text, int open, int end, char quote) {
    int close = end > open + 1 && text.charAt(end - 1) == quote ? end - 1 : end;
    String q = String.valueOf(quote);
    return text.substring(open + 1, Math.max(open + 1, close)).replace(q + q, q);
  }
}
