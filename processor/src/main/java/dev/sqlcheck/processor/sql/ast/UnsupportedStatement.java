package dev.sqlcheck.processor.sql.ast;

/**
 * A statement that this parser recognises but does not model (LOCK, EXPLAIN, VACUUM, CREATE
 * AGGREGATE, ALTER ROLE…). Its range runs to the end of the statement; the parser only checks that
 * the statement starts with key words that begin a PostgreSQL statement of that kind and ends
 * properly (quotes, parentheses and {@code BEGIN ATOMIC … END} balanced). Its content is not
 * judged: a syntax error inside goes unnoticed.
 *
 * @param keyword the first key word in lower case
 * @param kind the key words that name the statement, in lower case separated by single spaces
 *     ({@code "vacuum"}, {@code "create aggregate"}, {@code "alter default privileges"})
 */
public record UnsupportedStatement(String keyword, String kind, int start, int end)
    implements Statement {
  /** A statement named by its first key word alone. */
  public UnsupportedStatement(String keyword, int start, int end) {
    this(keyword, keyword, start, end);
  }
}
