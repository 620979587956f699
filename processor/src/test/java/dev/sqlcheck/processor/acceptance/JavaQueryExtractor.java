package dev.sqlcheck.processor.acceptance;

import java.util.ArrayList;
import java.util.List;

/**
 * Pulls the SQL out of {@code @Query("...")} and {@code @Query("""...""")} in Java source text, so
 * the acceptance test can run the same SQL on PostgreSQL. Handles the forms the corpus uses: one
 * string literal or one text block.
 */
final class JavaQueryExtractor {
  private JavaQueryExtractor() {}

  static List<AcceptanceCase.QuerySite> extract(String file, String text) {
    List<AcceptanceCase.QuerySite> sites = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = text.indexOf("@Query(", from);
      if (at < 0) {
        return sites;
      }
      int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
      int open = at + "@Query(".length();
      while (Character.isWhitespace(text.charAt(open))) {
        open++;
      }
      String sql;
      if (text.startsWith("\"\"\"", open)) {
        int close = text.indexOf("\"\"\"", open + 3);
        String raw = text.substring(text.indexOf('\n', open) + 1, close);
        // A text block: strip incidental indentation; the closing delimiter sits on the last line.
        String fake = raw + "x";
        sql = fake.stripIndent();
        sql = sql.substring(0, sql.length() - 1).translateEscapes();
        from = close + 3;
      } else {
        int i = open + 1;
        StringBuilder b = new StringBuilder();
        while (text.charAt(i) != '"') {
          if (text.charAt(i) == '\\') {
            b.append(text.charAt(i)).append(text.charAt(i + 1));
            i += 2;
          } else {
            b.append(text.charAt(i++));
          }
        }
        sql = b.toString().translateEscapes();
        from = i + 1;
      }
      sites.add(new AcceptanceCase.QuerySite(file, line, sql));
    }
  }
}
