package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * A {@code UESCAPE 'c'} clause after a {@code U&} string or identifier (PostgreSQL's parser.c
 * merges it into the token).
 *
 * @param escape the escape character, or -1 when the clause is malformed
 */
record PgUescape(int escape, int start, int end) {

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
    if (i + 2 < n && sql.charAt(i) == '\'' && sql.charAt(i + 2) == '\'') {
      char c = sql.charAt(i + 1);
      boolean bad =
          Character.digit(c, 16) >= 0
              || c == '+'
              || c == '\''
              || c == '"'
              || Character.isWhitespace(c);
      return new PgUescape(bad ? -1 : c, s, i + 3);
    }
    return new PgUescape(-1, s, Math.min(n, i + 1));
  }

  private static int skipBlank(String sql, int i) {
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i;
  }
}
