package dev.sqlcheck.processor.problem;

/**
 * Renders a {@link Problem} as the text sqlcheck prints: the tagged message, the SQL line that
 * holds the problem with carets under the offending token, then the hint and note.
 *
 * <pre>
 * [SQLCHECK-201] column "emial" does not exist in table "users"
 *       SELECT id, emial FROM users WHERE id = :id
 *                  ^^^^^
 *     did you mean "email"? (table "users" is defined at schema.sql:3)
 * </pre>
 *
 * Messager cannot point inside a string literal, so the caret line is our own work.
 */
public final class MessageFormatter {
  private static final String INDENT = "      ";

  private MessageFormatter() {}

  /** The full message for a problem found in {@code sql}; {@code sql} may be null. */
  public static String format(Problem problem, String sql) {
    StringBuilder out = new StringBuilder();
    out.append('[').append(problem.code().code()).append("] ").append(problem.message());
    if (sql != null && problem.hasPosition() && problem.start() <= sql.length()) {
      appendExcerpt(out, sql, problem.start(), Math.max(problem.end(), problem.start() + 1));
    }
    String tail = tail(problem);
    if (!tail.isEmpty()) {
      out.append('\n').append("    ").append(tail);
    }
    return out.toString();
  }

  private static String tail(Problem problem) {
    if (problem.hint() != null && problem.note() != null) {
      return problem.hint() + " (" + problem.note() + ")";
    }
    if (problem.hint() != null) {
      return problem.hint();
    }
    return problem.note() == null ? "" : problem.note();
  }

  private static void appendExcerpt(StringBuilder out, String sql, int start, int end) {
    int lineStart = sql.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    if (start == 0) {
      lineStart = 0;
    }
    int lineEnd = sql.indexOf('\n', start);
    if (lineEnd < 0) {
      lineEnd = sql.length();
    }
    String line = stripTrailing(sql.substring(lineStart, lineEnd).replace("\r", ""));
    int indent = commonIndent(line);
    out.append('\n').append(INDENT).append(line.substring(indent));
    StringBuilder caret = new StringBuilder(INDENT);
    for (int i = lineStart + indent; i < start; i++) {
      caret.append(sql.charAt(i) == '\t' ? '\t' : ' ');
    }
    int caretEnd = Math.min(end, lineEnd);
    for (int i = start; i < Math.max(caretEnd, start + 1); i++) {
      caret.append('^');
    }
    out.append('\n').append(caret);
  }

  private static int commonIndent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
