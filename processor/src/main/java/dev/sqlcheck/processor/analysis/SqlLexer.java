package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.SqlScan;
import java.util.ArrayList;
import java.util.List;

/**
 * A small PostgreSQL tokenizer: enough to find identifiers, parameters and statement separators
 * with exact offsets, skipping comments and never looking inside strings, quoted identifiers or
 * dollar quotes. It never fails: unterminated constructs run to the end of the text.
 */
final class SqlLexer {
  private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

  private final String sql;
  private final List<SqlToken> tokens = new ArrayList<>();
  private int pos;

  /** Nesting depth of {@code [ ]}, where {@code a:b} is an array slice, not a parameter. */
  private int bracketDepth;

  private SqlLexer(String sql) {
    this.sql = sql;
  }

  static List<SqlToken> tokenize(String sql) {
    SqlLexer lexer = new SqlLexer(sql);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '-' && peek(1) == '-') {
        skipLineComment();
      } else if (c == '/' && peek(1) == '*') {
        skipBlockComment();
      } else if (c == '\'') {
        readString(pos, false);
      } else if ((c == 'e' || c == 'E') && peek(1) == '\'' && !identifierBefore(pos)) {
        readString(pos, true);
      } else if (c == '"') {
        readQuoted(pos, '"', SqlToken.Kind.QUOTED_IDENTIFIER);
      } else if (c == '$') {
        readDollar();
      } else if (c == ':') {
        readColon();
      } else if (SqlScan.isIdentStart(c)) {
        readWord();
      } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
        readNumber();
      } else {
        readSymbol(c);
      }
    }
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < sql.length() ? sql.charAt(i) : '\0';
  }

  private boolean identifierBefore(int at) {
    return at > 0 && SqlScan.isIdentPart(sql.charAt(at - 1));
  }

  private void add(SqlToken.Kind kind, int start, int end) {
    tokens.add(new SqlToken(kind, sql.substring(start, end), start, end));
    pos = end;
  }

  /** The end of a construct that ends at {@code end}, or at the end of the text when -1. */
  private int orEnd(int end) {
    return end < 0 ? sql.length() : end;
  }

  private void skipLineComment() {
    pos = SqlScan.endOfLineComment(sql, pos);
  }

  private void skipBlockComment() {
    pos = orEnd(SqlScan.endOfBlockComment(sql, pos));
  }

  /** A string at {@code start}: {@code '..'}, or {@code E'..'} with backslash escapes. */
  private void readString(int start, boolean escapes) {
    int open = escapes ? start + 1 : start;
    add(SqlToken.Kind.STRING, start, orEnd(SqlScan.endOfQuoted(sql, open, '\'', escapes)));
  }

  private void readQuoted(int start, char quote, SqlToken.Kind kind) {
    add(kind, start, orEnd(SqlScan.endOfQuoted(sql, start, quote, false)));
  }

  private void readDollar() {
    int start = pos;
    if (Character.isDigit(peek(1))) {
      int i = pos + 1;
      while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
        i++;
      }
      add(SqlToken.Kind.POSITIONAL_PARAMETER, start, i);
      return;
    }
    if (SqlScan.endOfDollarTag(sql, start) >= 0) {
      add(SqlToken.Kind.STRING, start, orEnd(SqlScan.endOfDollarQuote(sql, start)));
      return;
    }
    add(SqlToken.Kind.SYMBOL, start, start + 1);
  }

  private void readColon() {
    int start = pos;
    if (peek(1) == ':') {
      add(SqlToken.Kind.SYMBOL, start, start + 2);
      return;
    }
    boolean slice = bracketDepth > 0 && afterOperand();
    if (slice || !SqlScan.isIdentStart(peek(1))) {
      add(SqlToken.Kind.SYMBOL, start, start + 1);
      return;
    }
    int i = identEnd(start + 1);
    if (i + 1 < sql.length() && sql.charAt(i) == '.' && SqlScan.isIdentStart(sql.charAt(i + 1))) {
      i = identEnd(i + 1);
    }
    add(SqlToken.Kind.NAMED_PARAMETER, start, i);
  }

  /**
   * True when the previous token ends an expression ({@code a[lo:hi]}, {@code a[1:n]}), so a colon
   * is a slice separator; after {@code [}, a comma, an operator or a key word such as THEN, {@code
   * :name} is a parameter ({@code ARRAY[:a, :b]}, {@code a[:lo : :hi]}).
   */
  private boolean afterOperand() {
    if (tokens.isEmpty()) {
      return false;
    }
    SqlToken last = tokens.get(tokens.size() - 1);
    return switch (last.kind()) {
      case WORD -> !EXPRESSION_KEYWORDS.contains(last.text().toUpperCase(java.util.Locale.ROOT));
      case QUOTED_IDENTIFIER, STRING, NUMBER, NAMED_PARAMETER, POSITIONAL_PARAMETER -> true;
      case SYMBOL -> last.is(")") || last.is("]");
    };
  }

  /** Key words after which an expression starts. */
  private static final java.util.Set<String> EXPRESSION_KEYWORDS =
      java.util.Set.of(
          "AND",
          "OR",
          "NOT",
          "CASE",
          "WHEN",
          "THEN",
          "ELSE",
          "IN",
          "IS",
          "LIKE",
          "ILIKE",
          "BETWEEN",
          "SELECT",
          "WHERE",
          "ON",
          "BY",
          "DISTINCT",
          "ALL",
          "ANY",
          "SOME",
          "ARRAY",
          "VALUES",
          "RETURNING",
          "HAVING",
          "SET",
          "USING",
          "LIMIT",
          "OFFSET",
          "SIMILAR",
          "TO");

  private int identEnd(int from) {
    int i = from;
    while (i < sql.length() && SqlScan.isIdentPart(sql.charAt(i)) && sql.charAt(i) != '$') {
      i++;
    }
    return i;
  }

  private void readWord() {
    add(SqlToken.Kind.WORD, pos, SqlScan.endOfWord(sql, pos));
  }

  private void readNumber() {
    int i = pos;
    while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    boolean range = i + 1 < sql.length() && sql.charAt(i + 1) == '.';
    if (i < sql.length() && sql.charAt(i) == '.' && !range) {
      i++;
      while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
        i++;
      }
    }
    if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < sql.length() && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
        j++;
      }
      if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
        i = j;
        while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
          i++;
        }
      }
    }
    add(SqlToken.Kind.NUMBER, pos, i);
  }

  private void readSymbol(char c) {
    if (c == '[') {
      bracketDepth++;
    } else if (c == ']' && bracketDepth > 0) {
      bracketDepth--;
    }
    if (OPERATOR_CHARS.indexOf(c) >= 0) {
      int i = pos;
      while (i < sql.length()
          && OPERATOR_CHARS.indexOf(sql.charAt(i)) >= 0
          && !sql.startsWith("--", i)
          && !sql.startsWith("/*", i)) {
        i++;
      }
      add(SqlToken.Kind.SYMBOL, pos, Math.max(i, pos + 1));
      return;
    }
    add(SqlToken.Kind.SYMBOL, pos, pos + 1);
  }
}
