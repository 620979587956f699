package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * Why a text is not valid SQL, worded as PostgreSQL words it: {@code syntax error at or near
 * "FORM"}, {@code syntax error at end of input}, {@code unterminated quoted string at or near
 * "'abc"}, {@code subquery in FROM must have an alias} and so on.
 *
 * @param message PostgreSQL's message, including the {@code at or near "…"} part where PostgreSQL
 *     has one
 * @param hint PostgreSQL's hint, or null
 * @param position the offset in the SQL that PostgreSQL's cursor points at: the start of the
 *     offending token, or the length of the text for {@code at end of input}
 * @param end the offset just past the offending token (equal to {@code position} at the end)
 * @param sqlState PostgreSQL's SQLSTATE: {@code 42601} for a syntax error; others for the few
 *     errors the grammar raises with another code (such as {@code 0A000} for the UNIQUE predicate
 *     or {@code 22P02} for {@code X'1G'})
 */
public record SyntaxError(String message, String hint, int position, int end, String sqlState) {
  /** SQLSTATE of a syntax error. */
  public static final String SYNTAX_ERROR = "42601";

  /** Whether this is a syntax error proper (SQLSTATE 42601), as opposed to another early error. */
  public boolean isSyntaxError() {
    return SYNTAX_ERROR.equals(sqlState);
  }

  @Override
  public String toString() {
    return message + " (position " + position + ", SQLSTATE " + sqlState + ")";
  }
}
