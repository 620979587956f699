package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.sql.SqlScan;
import java.util.Locale;

/** Looks for a key word in SQL text outside strings, quoted names, comments and dollar quotes. */
final class SqlWords {
  private SqlWords() {}

  static boolean contains(String sql, String word) {
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      int next;
      if (sql.startsWith("--", i)) {
        next = SqlScan.endOfLineComment(sql, i);
      } else if (sql.startsWith("/*", i)) {
        next = SqlScan.endOfBlockComment(sql, i);
      } else if (c == '\'' || c == '"') {
        next = SqlScan.endOfQuoted(sql, i, c, false);
      } else if (c == '$' && SqlScan.endOfDollarTag(sql, i) >= 0) {
        next = SqlScan.endOfDollarQuote(sql, i);
      } else if (SqlScan.isIdentStart(c)) {
        next = SqlScan.endOfWord(sql, i + 1);
        if (sql.substring(i, next).toLowerCase(Locale.ROOT).equals(word)) {
          return true;
        }
      } else {
        next = i + 1;
      }
      i = next < 0 ? sql.length() : Math.max(next, i + 1);
    }
    return false;
  }
}
