package dev.sqlcheck.processor.dialect.postgres;

import dev.sqlcheck.processor.dialect.Dialect.ArrayInList;
import dev.sqlcheck.processor.sql.SqlScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@code [NOT] IN (} ... {@code )} around a parameter that is an IN list's only element,
 * so that {@code x IN (:ids)} can be sent as {@code x = ANY(?)} and {@code x NOT IN (:ids)} as
 * {@code x <> ALL(?)}: one array parameter, one statement text, no limit on the number of values.
 * PostgreSQL gives both forms the same result for every input, NULLs included: true when some
 * element equals {@code x}, else NULL when {@code x} or some element is NULL, else false; and an
 * empty list is false for {@code IN} and true for {@code NOT IN}, even for a NULL {@code x}.
 *
 * <p>The scan works on tokens (comments, string literals, quoted identifiers and dollar quotes are
 * skipped whole). The rewrite changes operator precedence: {@code IN} binds tighter than {@code =},
 * so in {@code a = b IN (:ids)} the IN list is the right operand of a comparison, and {@code a = b
 * = ANY(?)} would not parse. Such lists, which are rare, stay expanded. To the right nothing
 * changes: {@code b IN (:ids) = a} and {@code b = ANY(?) = a} both compare the list's result with
 * {@code a} (checked on PostgreSQL 15).
 */
final class PgInLists {
  /** Words and marks after which an operand starts: the IN list's left side cannot reach back. */
  private static final Set<String> BOUNDARIES =
      Set.of(
          "(",
          ",",
          ";",
          "[",
          "AND",
          "OR",
          "NOT",
          "WHERE",
          "ON",
          "HAVING",
          "WHEN",
          "THEN",
          "ELSE",
          "SELECT",
          "RETURNING",
          "USING",
          "FILTER",
          "CHECK",
          "DISTINCT",
          "ALL");

  /** Operators and words that, left of the IN list's operand, would make the list their operand. */
  private static final Set<String> COMPARISONS =
      Set.of(
          "=", "<>", "!=", "<", ">", "<=", ">=", "IS", "ISNULL", "NOTNULL", "LIKE", "ILIKE",
          "SIMILAR", "BETWEEN", "ESCAPE", "IN");

  private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

  private PgInLists() {}

  /** The span to replace, or empty when the parameter is not the only element of an IN list. */
  static Optional<Span> around(String sql, int paramStart, int paramEnd) {
    List<Token> tokens = tokens(sql);
    int k = indexAt(tokens, paramStart, paramEnd);
    if (k < 2 || k + 1 >= tokens.size()) {
      return Optional.empty();
    }
    if (!tokens.get(k - 1).is("(") || !tokens.get(k + 1).is(")") || !tokens.get(k - 2).is("IN")) {
      return Optional.empty();
    }
    int first = k - 2;
    boolean negated = first > 0 && tokens.get(first - 1).is("NOT");
    if (negated) {
      first--;
    }
    if (comparedOnTheLeft(tokens, first)) {
      return Optional.empty(); // a = (b IN (...))
    }
    return Optional.of(new Span(tokens.get(first).start(), tokens.get(k + 1).end(), negated));
  }

  /** The replacement for {@code span}, sending the list as one array of {@code elementType}. */
  static ArrayInList rewrite(Span span, String elementType) {
    return new ArrayInList(
        span.start(), span.end(), span.negated() ? "<> ALL(?)" : "= ANY(?)", elementType);
  }

  /**
   * True when, walking left from the IN list's left side to where that operand starts, a comparison
   * is met: the IN list is then the right operand of it.
   */
  private static boolean comparedOnTheLeft(List<Token> tokens, int first) {
    int depth = 0;
    for (int i = first - 1; i >= 0; i--) {
      String t = tokens.get(i).upper();
      if (t.equals(")") || t.equals("]")) {
        depth++;
      } else if ((t.equals("(") || t.equals("[")) && depth > 0) {
        depth--;
      } else if (depth == 0 && BOUNDARIES.contains(t)) {
        return false;
      } else if (depth == 0 && COMPARISONS.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static int indexAt(List<Token> tokens, int start, int end) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == start && tokens.get(i).end() == end) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The code tokens of {@code sql}: words, parameters ({@code :name}, {@code :a.b}), runs of
   * operator characters, and single other characters. Literals, quoted identifiers and dollar
   * quotes are one token each; whitespace and comments are no token.
   */
  static List<Token> tokens(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      int skipped = skipSpaceAndComments(sql, i);
      if (skipped > i) {
        i = skipped;
        continue;
      }
      int end = endOfToken(sql, i);
      end = end < 0 ? sql.length() : end;
      out.add(new Token(sql.substring(i, end), i, end));
      i = end;
    }
    return out;
  }

  /** Just past the whitespace or comment at {@code i}, or {@code i} when there is none. */
  private static int skipSpaceAndComments(String sql, int i) {
    char c = sql.charAt(i);
    if (Character.isWhitespace(c)) {
      return i + 1;
    }
    if (c == '-' && sql.startsWith("--", i)) {
      return SqlScan.endOfLineComment(sql, i);
    }
    if (c == '/' && sql.startsWith("/*", i)) {
      int close = SqlScan.endOfBlockComment(sql, i);
      return close < 0 ? sql.length() : close;
    }
    return i;
  }

  /** The end of the token at {@code i}; -1 for a literal that is never closed. */
  private static int endOfToken(String sql, int i) {
    char c = sql.charAt(i);
    if (c == '\'' || c == '"') {
      return SqlScan.endOfQuoted(sql, i, c, false);
    }
    if (c == '$') {
      int close = SqlScan.endOfDollarQuote(sql, i);
      return close < 0 ? i + 1 : close;
    }
    if (c == ':' && sql.startsWith("::", i)) {
      return i + 2; // a cast, not a parameter
    }
    if (c == ':' && i + 1 < sql.length() && SqlScan.isIdentStart(sql.charAt(i + 1))) {
      return endOfParameter(sql, i + 1);
    }
    if (SqlScan.isIdentStart(c)) {
      int end = SqlScan.endOfWord(sql, i);
      boolean escapeString = end == i + 1 && (c == 'E' || c == 'e');
      return escapeString && end < sql.length() && sql.charAt(end) == '\''
          ? SqlScan.endOfQuoted(sql, end, '\'', true)
          : end;
    }
    int end = i + 1;
    if (OPERATOR_CHARS.indexOf(c) >= 0) {
      while (end < sql.length()
          && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0
          && !sql.startsWith("--", end)
          && !sql.startsWith("/*", end)) {
        end++;
      }
    }
    return end;
  }

  /** The end of {@code :name} or {@code :name.property}, the name starting at {@code from}. */
  private static int endOfParameter(String sql, int from) {
    int end = SqlScan.endOfWord(sql, from);
    if (end + 1 < sql.length()
        && sql.charAt(end) == '.'
        && SqlScan.isIdentStart(sql.charAt(end + 1))) {
      end = SqlScan.endOfWord(sql, end + 1);
    }
    return end;
  }

  /** The IN list from {@code start} (its {@code NOT} or {@code IN}) to just past its {@code )}. */
  record Span(int start, int end, boolean negated) {}

  /** One token and where it is. */
  record Token(String text, int start, int end) {
    boolean is(String word) {
      return text.equalsIgnoreCase(word);
    }

    String upper() {
      return text.toUpperCase(Locale.ROOT);
    }
  }
}
