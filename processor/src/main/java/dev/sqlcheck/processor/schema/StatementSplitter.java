package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.sql.SqlScan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a SQL script into statements, tolerating what real schema files contain: comments (nested
 * block comments too), string literals with {@code ''} or backslash escapes ({@code E'..'}), quoted
 * identifiers, dollar quotes ({@code $tag$..$tag$}, while {@code $1} stays a parameter), psql
 * meta-commands ({@code \connect}, {@code \restrict}), the data block after {@code COPY .. FROM
 * stdin} up to {@code \.}, and MySQL {@code DELIMITER} lines. It never throws: unterminated quotes
 * simply run to the end of the script.
 */
public final class StatementSplitter {
  private static final Pattern COPY_FROM_STDIN =
      Pattern.compile("(?is)^COPY\\b.*\\bFROM\\s+stdin\\b.*");
  private static final Pattern DELIMITER_LINE = Pattern.compile("(?i)^DELIMITER\\s+(\\S+)\\s*$");

  private final String sql;
  private final List<ScriptStatement> out = new ArrayList<>();
  private int pos;
  private int line = 1;
  private String delimiter = ";";

  private StatementSplitter(String sql) {
    this.sql = sql;
  }

  /** The statements of {@code script}, in order. */
  public static List<ScriptStatement> split(String script) {
    return split(script, null);
  }

  /**
   * The statements of {@code script} cut at {@code delimiter} instead of {@code ;} (a Liquibase
   * {@code endDelimiter}); a null or blank delimiter means {@code ;}.
   */
  public static List<ScriptStatement> split(String script, String delimiter) {
    StatementSplitter splitter = new StatementSplitter(script == null ? "" : script);
    if (delimiter != null && !delimiter.isBlank()) {
      splitter.delimiter = delimiter.strip();
    }
    splitter.run();
    return splitter.out;
  }

  private void run() {
    while (true) {
      skipBlanksAndComments();
      if (pos >= sql.length()) {
        return;
      }
      if (atLineStart() && handleLineDirective()) {
        continue;
      }
      readStatement();
    }
  }

  private boolean atLineStart() {
    int i = pos - 1;
    while (i >= 0 && (sql.charAt(i) == ' ' || sql.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || sql.charAt(i) == '\n' || sql.charAt(i) == '\r';
  }

  /** psql meta-commands and DELIMITER lines occupy a whole line and are not statements. */
  private boolean handleLineDirective() {
    char first = sql.charAt(pos); // not blank: skipBlanksAndComments stopped here
    if (first != '\\' && first != 'D' && first != 'd') {
      return false; // neither a meta-command nor DELIMITER: the common case, without a substring
    }
    String current = restOfLine();
    if (current.startsWith("\\")) {
      skipLine();
      return true;
    }
    Matcher m = DELIMITER_LINE.matcher(current.strip());
    if (m.matches()) {
      delimiter = m.group(1);
      skipLine();
      return true;
    }
    return false;
  }

  private void readStatement() {
    int start = pos;
    int startLine = line;
    int end = -1;
    int n = sql.length();
    char delimiterStart = delimiter.charAt(0);
    while (pos < n) {
      char c = sql.charAt(pos);
      if (c == delimiterStart && sql.startsWith(delimiter, pos)) {
        end = pos;
        pos += delimiter.length();
        break;
      }
      if (startsToken(c)) {
        skipToken();
      } else { // most characters: the same as skipToken's advance(), without the calls
        if (c == '\n') {
          line++;
        }
        pos++;
      }
    }
    String text = sql.substring(start, end < 0 ? sql.length() : end).strip();
    if (!text.isEmpty()) {
      out.add(new ScriptStatement(text, startLine));
    }
    if (end >= 0 && COPY_FROM_STDIN.matcher(text).matches()) {
      skipCopyData();
    }
  }

  /** True for the characters that may open a quoted thing or a comment. */
  private static boolean startsToken(char c) {
    return c == '\'' || c == '"' || c == '`' || c == '$' || c == '-' || c == '/';
  }

  /** Advances over one lexical unit: a quoted thing, a comment, or a single character. */
  private void skipToken() {
    char c = sql.charAt(pos);
    if (c == '\'') {
      advanceTo(SqlScan.endOfQuoted(sql, pos, '\'', isEscapeStringPrefix()));
    } else if (c == '"' || c == '`') {
      advanceTo(SqlScan.endOfQuoted(sql, pos, c, false));
    } else if (c == '$' && opensDollarQuote()) {
      advanceTo(SqlScan.endOfDollarQuote(sql, pos));
    } else if (c == '-' && sql.startsWith("--", pos)) {
      advanceTo(SqlScan.endOfLineComment(sql, pos));
    } else if (c == '/' && sql.startsWith("/*", pos)) {
      advanceTo(SqlScan.endOfBlockComment(sql, pos));
    } else {
      advance();
    }
  }

  private boolean isEscapeStringPrefix() {
    if (pos == 0 || Character.toUpperCase(sql.charAt(pos - 1)) != 'E') {
      return false;
    }
    return pos < 2 || !SqlScan.isIdentPart(sql.charAt(pos - 2));
  }

  /** True for {@code $$} or {@code $name$} at {@code pos}; false for {@code $1}. */
  private boolean opensDollarQuote() {
    if (pos > 0 && SqlScan.isIdentPart(sql.charAt(pos - 1))) {
      return false; // PostgreSQL allows $ inside identifiers: foo$bar
    }
    return SqlScan.endOfDollarTag(sql, pos) >= 0;
  }

  private void skipBlanksAndComments() {
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (Character.isWhitespace(c)) {
        advance();
      } else if (c == '-' && sql.startsWith("--", pos)) {
        advanceTo(SqlScan.endOfLineComment(sql, pos));
      } else if (c == '/' && sql.startsWith("/*", pos)) {
        advanceTo(SqlScan.endOfBlockComment(sql, pos));
      } else {
        return;
      }
    }
  }

  /** COPY data lines are not SQL; they end with a line holding only {@code \.}. */
  private void skipCopyData() {
    skipLine(); // the rest of the COPY line after its semicolon
    while (pos < sql.length()) {
      String current = restOfLine();
      skipLine();
      if (current.strip().equals("\\.")) {
        return;
      }
    }
  }

  private String restOfLine() {
    int eol = sql.indexOf('\n', pos);
    return sql.substring(pos, eol < 0 ? sql.length() : eol).replace("\r", "");
  }

  private void skipLine() {
    int eol = sql.indexOf('\n', pos);
    advanceTo(eol < 0 ? sql.length() : eol + 1);
  }

  private void advance() {
    if (sql.charAt(pos) == '\n') {
      line++;
    }
    pos++;
  }

  /** Advances to {@code end}, counting lines; an {@code end} below 0 (unterminated) is the end. */
  private void advanceTo(int end) {
    int stop = end < 0 ? sql.length() : end;
    while (pos < stop) {
      advance();
    }
  }
}
