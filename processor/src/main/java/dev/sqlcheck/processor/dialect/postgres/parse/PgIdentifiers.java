package dev.sqlcheck.processor.dialect.postgres.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
}
