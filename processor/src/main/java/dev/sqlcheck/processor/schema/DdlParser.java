package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.schema.SqlTokens.Token;
import java.util.List;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.feature.Feature;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Parses one DDL statement with JSqlParser's generated parser, called directly (the convenience
 * {@code CCJSqlParserUtil.parse} starts a thread per call). Like the convenience call it tries
 * simple parsing first and complex parsing second. When both fail, it double-quotes one of the bare
 * words at or just after the error position, keeps the quoting that moves the error furthest on,
 * and goes on within a small budget of attempts: this recovers columns named {@code settings},
 * {@code script} or {@code year}, which 5.4 treats as keywords. Quoting the lower-cased word keeps
 * its meaning, since an unquoted name folds to lower case anyway.
 */
final class DdlParser {
  private static final int MAX_ATTEMPTS = 9;
  private static final int WORDS_TO_TRY = 3;
  private static final int ALLOWED_NESTING =
      new CCJSqlParser(new StringProvider("")).getAsInt(Feature.allowedNestingDepth);

  /** The statement, or the parser's message when it could not be parsed. */
  record Result(Statement statement, String error) {
    boolean ok() {
      return statement != null;
    }
  }

  private DdlParser() {}

  static Result parse(String sql) {
    String current = sql;
    Attempt result = tryParse(current);
    String firstError = result.error;
    int budget = MAX_ATTEMPTS;
    while (result.statement == null && budget > 0) {
      // The parser often stops a word early (at COLUMN in "RENAME COLUMN settings"), so each
      // round tries the next few words and keeps the quoting that gets furthest.
      Attempt best = null;
      String bestText = null;
      for (int word = 0; word < WORDS_TO_TRY && budget > 0; word++) {
        String quoted = quoteWordAt(current, result.errorOffset, word);
        if (quoted == null) {
          break;
        }
        budget--;
        Attempt next = tryParse(quoted);
        if (next.statement != null) {
          return new Result(next.statement, null);
        }
        if (best == null || next.errorOffset > best.errorOffset) {
          best = next;
          bestText = quoted;
        }
      }
      if (best == null || best.errorOffset <= result.errorOffset + 2) {
        break;
      }
      result = best;
      current = bestText;
    }
    return result.statement != null
        ? new Result(result.statement, null)
        : new Result(null, firstError);
  }

  /** One parser run: the statement, or the message and offset of the error. */
  private record Attempt(Statement statement, String error, int errorOffset) {}

  private static Attempt tryParse(String sql) {
    Attempt simple = tryParse(sql, false);
    if (simple.statement != null || !complexAllowed(sql)) {
      return simple;
    }
    Attempt complex = tryParse(sql, true);
    return complex.statement != null ? complex : simple;
  }

  /**
   * Complex parsing can take exponential time on deeply nested text; like the convenience API we
   * only try it up to the parser's allowed nesting depth.
   */
  private static boolean complexAllowed(String sql) {
    return ALLOWED_NESTING < 0 || CCJSqlParserUtil.getNestingDepth(sql) <= ALLOWED_NESTING;
  }

  private static Attempt tryParse(String sql, boolean complex) {
    try {
      CCJSqlParser parser = new CCJSqlParser(new StringProvider(sql));
      parser.withAllowComplexParsing(complex);
      Statement statement = parser.Statement();
      if (statement == null || statement instanceof UnsupportedStatement) {
        return new Attempt(null, "statement not supported by the parser", -1);
      }
      return new Attempt(statement, null, -1);
    } catch (ParseException e) {
      return new Attempt(null, firstLine(e.getMessage()), offsetOf(sql, e));
    } catch (RuntimeException | Error e) { // TokenMgrException, or a stack overflow on deep text
      if (e instanceof OutOfMemoryError oom) {
        throw oom;
      }
      return new Attempt(null, firstLine(String.valueOf(e.getMessage())), -1);
    }
  }

  private static int offsetOf(String sql, ParseException e) {
    if (e.currentToken == null || e.currentToken.next == null) {
      return -1;
    }
    int line = e.currentToken.next.beginLine;
    int column = e.currentToken.next.beginColumn;
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = sql.indexOf('\n', offset);
      offset = offset < 0 ? -1 : offset + 1;
    }
    return offset < 0 ? -1 : offset + Math.max(0, column - 1);
  }

  /** The SQL with the first unquoted word at or after {@code offset} double-quoted, or null. */
  static String quoteWordAt(String sql, int offset) {
    return quoteWordAt(sql, offset, 0);
  }

  /** Like {@link #quoteWordAt(String, int)}, but quotes the {@code skip}+1-th such word. */
  static String quoteWordAt(String sql, int offset, int skip) {
    if (offset < 0) {
      return null;
    }
    List<Token> tokens = SqlTokens.tokenize(sql, Integer.MAX_VALUE);
    int seen = 0;
    for (Token token : tokens) {
      if (token.start() >= offset && token.kind() == SqlTokens.Kind.WORD && seen++ == skip) {
        String word = token.text().toLowerCase(java.util.Locale.ROOT);
        return sql.substring(0, token.start())
            + '"'
            + word
            + '"'
            + sql.substring(token.start() + token.text().length());
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown parser error";
    }
    int eol = message.indexOf('\n');
    return (eol < 0 ? message : message.substring(0, eol)).strip();
  }
}
