package dev.sqlcheck.processor.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code :name} and {@code :name.property} parameters of a query, outside strings, quoted
 * identifiers, comments and dollar quotes, and never inside a {@code ::type} cast or an array slice
 * {@code a[lo:hi]}. It also produces the text handed to the parser, in which every parameter is
 * replaced by a neutral name of the same length ({@code :book.title} becomes {@code :p_________}),
 * so every offset in the parser's text is an offset in the original SQL.
 */
public final class NamedParameterScanner {
  private NamedParameterScanner() {}

  /** One parameter occurrence; offsets cover the whole token, colon included. */
  public record Found(String name, String property, int start, int end) {}

  /** The parameters in order of appearance, and the parser-ready text. */
  public record Result(List<Found> parameters, String parserText) {
    public Result {
      parameters = List.copyOf(parameters);
    }
  }

  public static Result scan(String sql) {
    return scan(sql, SqlLexer.tokenize(sql));
  }

  static Result scan(String sql, List<SqlToken> tokens) {
    List<Found> found = new ArrayList<>();
    StringBuilder text = new StringBuilder(sql);
    for (SqlToken t : tokens) {
      if (t.kind() == SqlToken.Kind.STRING) {
        unescapeQuotes(t, text);
        continue;
      }
      if (t.kind() != SqlToken.Kind.NAMED_PARAMETER) {
        continue;
      }
      String body = t.text().substring(1);
      int dot = body.indexOf('.');
      String name = dot < 0 ? body : body.substring(0, dot);
      String property = dot < 0 ? null : body.substring(dot + 1);
      found.add(new Found(name, property, t.start(), t.end()));
      text.setCharAt(t.start() + 1, 'p');
      for (int i = t.start() + 2; i < t.end(); i++) {
        text.setCharAt(i, '_');
      }
    }
    return new Result(found, text.toString());
  }

  /**
   * JSqlParser reads {@code E'...'} strings but not a quote escaped with a backslash inside them:
   * {@code E'it\'s'} becomes {@code E'it''s'} in the parser's text (same length, so offsets stay
   * exact).
   */
  private static void unescapeQuotes(SqlToken t, StringBuilder text) {
    String s = t.text();
    if (s.length() < 3 || (s.charAt(0) != 'E' && s.charAt(0) != 'e') || s.charAt(1) != '\'') {
      return;
    }
    for (int i = 2; i + 1 < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        if (s.charAt(i + 1) == '\'') {
          text.setCharAt(t.start() + i, '\'');
        }
        i++;
      }
    }
  }
}
