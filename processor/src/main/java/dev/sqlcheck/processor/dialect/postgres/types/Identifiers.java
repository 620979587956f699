package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * The quoting that {@code format_type} applies to the name of a user type in messages: a name that
 * is not a plain lower-case identifier is double-quoted. (PostgreSQL also quotes non-unreserved
 * keywords such as {@code user}; that case is not reproduced here.)
 */
final class Identifiers {
  private Identifiers() {}

  static String quoteIfNeeded(String name) {
    if (isSimple(name)) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static boolean isSimple(String name) {
    if (name.isEmpty()) {
      return false;
    }
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z') && first != '_') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
