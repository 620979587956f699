package dev.sqlcheck.processor.sql;

/**
 * Character-level scanning primitives shared by the SQL scanners: each finds where one lexical
 * construct ends, and leaves what to do with it to the caller. A method that can meet an
 * unterminated construct returns -1 for it, so a lenient caller runs to the end of the text ({@code
 * end < 0 ? sql.length() : end}) and a strict one gives up.
 *
 * <pre>{@code
 * SqlScan.endOfQuoted("'it''s' x", 0, '\'', false) // 7
 * SqlScan.endOfDollarQuote("$f$ 'x' $f$;", 0)       // 11
 * SqlScan.endOfDollarQuote("$1", 0)                 // -1: a parameter, not a dollar quote
 * }</pre>
 */
public final class SqlScan {
  private SqlScan() {}

  /**
   * The index just past the block comment whose {@code /*} is at {@code start}, with nested
   * comments counted as PostgreSQL does; -1 when it is unterminated.
   */
  public static int endOfBlockComment(String sql, int start) {
    int depth = 0;
    int i = start;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * The index just past the newline that ends the {@code --} comment at {@code start}, or the
   * length of {@code sql} when the comment runs to the end of the text (never -1).
   */
  public static int endOfLineComment(String sql, int start) {
    int eol = sql.indexOf('\n', start);
    return eol < 0 ? sql.length() : eol + 1;
  }

  /**
   * The index just past the quote that closes the one at {@code open}; -1 when there is none. A
   * doubled quote stands for itself; with {@code backslashEscapes} (an {@code E'..'} string), a
   * backslash also escapes the character after it.
   */
  public static int endOfQuoted(String sql, int open, char quote, boolean backslashEscapes) {
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * The index just past the opening tag ({@code $$} or {@code $name$}) whose first {@code $} is at
   * {@code start}; -1 when that {@code $} opens no dollar quote: {@code $1}, a lone {@code $}, or
   * {@code $name} with no closing {@code $}. The caller decides whether a {@code $} right after an
   * identifier ({@code foo$bar}) may open one at all.
   */
  public static int endOfDollarTag(String sql, int start) {
    int i = start + 1;
    if (i < sql.length() && Character.isDigit(sql.charAt(i))) {
      return -1;
    }
    while (i < sql.length() && isIdentPart(sql.charAt(i)) && sql.charAt(i) != '$') {
      i++;
    }
    return i < sql.length() && sql.charAt(i) == '$' ? i + 1 : -1;
  }

  /**
   * The index just past the tag that closes the dollar quote opened at {@code start}; -1 when there
   * is no closing tag, or when {@link #endOfDollarTag} finds no opening tag there.
   */
  public static int endOfDollarQuote(String sql, int start) {
    int tagEnd = endOfDollarTag(sql, start);
    if (tagEnd < 0) {
      return -1;
    }
    int close = sql.indexOf(sql.substring(start, tagEnd), tagEnd);
    return close < 0 ? -1 : close + (tagEnd - start);
  }

  /**
   * The offsets of every {@code ?} outside string literals, quoted identifiers, comments and dollar
   * quotes: the characters a JDBC driver would take for placeholders, such as PostgreSQL's {@code
   * jsonb} operators {@code ?}, {@code ?|} and {@code ?&}. A {@code ??} is not counted: it is
   * already the JDBC escape for one {@code ?}.
   */
  public static java.util.BitSet questionMarksInCode(String sql) {
    java.util.BitSet marks = new java.util.BitSet();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      int end;
      if (c == '\'' || c == '"') {
        end = endOfQuoted(sql, i, c, false);
      } else if (c == '-' && sql.startsWith("--", i)) {
        end = endOfLineComment(sql, i);
      } else if (c == '/' && sql.startsWith("/*", i)) {
        end = endOfBlockComment(sql, i);
      } else if (c == '$') {
        // Not after an identifier: words below take their own $ characters (foo$bar).
        int close = endOfDollarQuote(sql, i);
        end = close < 0 ? i + 1 : close;
      } else if (isIdentStart(c)) {
        end = endOfWord(sql, i);
        if (end == i + 1
            && (c == 'E' || c == 'e')
            && end < sql.length()
            && sql.charAt(end) == '\'') {
          end = endOfQuoted(sql, end, '\'', true); // E'..' with backslash escapes
        }
      } else if (c == '?' && sql.startsWith("??", i)) {
        end = i + 2; // already the JDBC escape for one ?: left as written
      } else {
        if (c == '?') {
          marks.set(i);
        }
        end = i + 1;
      }
      i = end < 0 ? sql.length() : end;
    }
    return marks;
  }

  /** The first index from {@code from} on whose character is not {@link #isIdentPart}. */
  public static int endOfWord(String sql, int from) {
    int i = from;
    while (i < sql.length() && isIdentPart(sql.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True for a character that may start an unquoted identifier or key word. */
  public static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  /** True for a character that may continue an unquoted identifier ({@code $} included). */
  public static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
