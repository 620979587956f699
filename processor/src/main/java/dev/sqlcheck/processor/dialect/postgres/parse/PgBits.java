package dev.sqlcheck.processor.dialect.postgres.parse;

/**
 * Bit-string constants {@code B'…'} and {@code X'…'}: their value as binary digits, checked the way
 * PostgreSQL's {@code bit_in} checks them (when the constant is used, after parsing).
 */
final class PgBits {
  private PgBits() {}

  /** The binary digits of the body, or null if it holds a character that is no such digit. */
  static String toBits(String body, boolean hex) {
    if (!hex) {
      return firstBad(body, false) == 0 ? body : null;
    }
    StringBuilder b = new StringBuilder(body.length() * 4);
    for (int i = 0; i < body.length(); i++) {
      int d = Character.digit(body.charAt(i), 16);
      if (d < 0 || body.charAt(i) >= 0x80) {
        return null;
      }
      String bits = Integer.toBinaryString(d);
      b.append("0000", 0, 4 - bits.length()).append(bits);
    }
    return b.toString();
  }

  /** The first character that is not a digit of the kind, or 0. */
  static char firstBad(String body, boolean hex) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean ok = hex ? Character.digit(c, 16) >= 0 && c < 0x80 : c == '0' || c == '1';
      if (!ok) {
        return c;
      }
    }
    return 0;
  }
}
