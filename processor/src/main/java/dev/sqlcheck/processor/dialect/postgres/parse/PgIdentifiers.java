package dev.sqlcheck.processor.dialect.postgres.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Identifier rules of PostgreSQL's scanner: ASCII-only case folding ({@code downcase_identifier}),
 * truncation to 63 bytes of UTF-8 ({@code truncate_identifier}), and key-word lookup.
 */
final class PgIdentifiers {
  /** PostgreSQL's NAMEDATALEN - 1: the longest name in bytes. */
  static final int MAX_NAME_BYTES = 63;

  private PgIdentifiers() {}

  /** The text of {@code [s, e)} with ASCII upper-case letters folded to lower case. */
  static String fold(String sql, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = sql.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = sql.substring(s, e).toCharArray();
        for (int j = i - s; j < chars.length; j++) {
          char d = chars[j];
          if (d >= 'A' && d <= 'Z') {
            chars[j] = (char) (d + ('a' - 'A'));
          }
        }
        return new String(chars);
      }
    }
    return sql.substring(s, e);
  }

  /** The id of a folded word in {@link PgKeywords#WORDS}, or -1. */
  static int keywordId(String folded) {
    if (folded.length() > 17) {
      return -1; // longer than any key word ("current_timestamp", "xmlnamespaces"…)
    }
    int i = Arrays.binarySearch(PgKeywords.WORDS, folded);
    return i >= 0 ? i : -1;
  }

  /** The name cut to 63 bytes of UTF-8 at a character boundary, as PostgreSQL stores it. */
  static String truncate(String name) {
    if (name.length() <= MAX_NAME_BYTES / 3) {
      return name;
    }
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_NAME_BYTES) {
      return name;
    }
    int cut = MAX_NAME_BYTES;
    while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
      cut--; // do not split a multi-byte character
    }
    return new String(bytes, 0, cut, StandardCharsets.UTF_8);
  }

  /**
   * The dotted parts of a name written in a string, as {@code SplitIdentifierString} reads the text
   * of a {@code regclass} constant: blanks around each part are skipped, a quoted part keeps its
   * case (a doubled quote is one quote), an unquoted one is folded; each is cut to 63 bytes. Null
   * when the text is not such a name.
   */
  static List<String> splitQualifiedName(String text) {
    List<String> out = new ArrayList<>();
    int[] at = {skipBlanks(text, 0)};
    while (true) {
      String part = text.startsWith("\"", at[0]) ? quotedPart(text, at) : unquotedPart(text, at);
      if (part == null || part.isEmpty()) {
        return null;
      }
      out.add(truncate(part));
      int i = skipBlanks(text, at[0]);
      if (i == text.length()) {
        return out;
      }
      if (text.charAt(i) != '.') {
        return null;
      }
      at[0] = skipBlanks(text, i + 1);
    }
  }

  /** The quoted part at {@code at[0]} (its opening quote), advancing past it; null if unclosed. */
  private static String quotedPart(String text, int[] at) {
    StringBuilder part = new StringBuilder();
    for (int i = at[0] + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '"') {
        part.append(c);
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
        part.append('"');
        i++;
      } else {
        at[0] = i + 1;
        return part.toString();
      }
    }
    return null;
  }

  /** The unquoted part at {@code at[0]}, folded, up to a dot or blank; advances past it. */
  private static String unquotedPart(String text, int[] at) {
    int from = at[0];
    int i = from;
    while (i < text.length() && text.charAt(i) != '.' && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    at[0] = i;
    return fold(text, from, i);
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
