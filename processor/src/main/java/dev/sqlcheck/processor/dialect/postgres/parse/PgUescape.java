package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * A {@code UESCAPE 'c'} clause after a {@code U&} string or identifier (PostgreSQL's parser.c
 * merges it into the token).
 *
 * @param escape the escape character, or -1 when the clause is malformed
 * @param valueStart where the text after {@code UESCAPE} starts
 * @param literal whether that text is a quoted literal (a bad one is a bad escape character)
 */
record PgUescape(int escape, int start, int end, int valueStart, boolean literal) {

  /** The clause starting (after blanks) at {@code from}, or null when there is none. */
  static PgUescape find(String sql, int from) {
    int n = sql.length();
    int i = skipBlank(sql, from);
    if (!sql.regionMatches(true, i, "uescape", 0, 7)
        || i + 7 < n && PgLexer.isIdentCont(sql.charAt(i + 7))) {
      return null;
    }
    int s = i;
    i = skipBlank(sql, i + 7);
    if (i < n && sql.charAt(i) == '\'') {
      int close = i + 1;
      while (close < n
          && (sql.charAt(close) != '\'' || close + 1 < n && sql.charAt(close + 1) == '\'')) {
        close += sql.charAt(close) == '\'' ? 2 : 1;
      }
      int end = Math.min(n, close + 1);
      if (close != i + 2) {
        return new PgUescape(-1, s, end, i, true);
      }
      char c = sql.charAt(i + 1);
      boolean bad =
          Character.digit(c, 16) >= 0
              || c == '+'
              || c == '\''
              || c == '"'
              || Character.isWhitespace(c);
      return new PgUescape(bad ? -1 : c, s, end, i, true);
    }
    int end = i;
    while (end < n && PgLexer.isIdentCont(sql.charAt(end))) {
      end++;
    }
    return new PgUescape(-1, s, Math.min(n, Math.max(end, i + 1)), i, false);
  }

  private static int skipBlank(String sql, int i) {
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i;
  }
}
