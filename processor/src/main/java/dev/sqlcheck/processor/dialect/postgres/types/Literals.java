package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.catalog.SqlType;
import java.math.BigInteger;

/**
 * The type PostgreSQL gives a numeric literal ({@code make_const}): digits only give {@code
 * integer} if they fit 32 bits, else {@code bigint} if they fit 64, else {@code numeric}; anything
 * with a point or an exponent is {@code numeric}. A minus sign the grammar folded into the literal
 * counts, so {@code -2147483648} is an {@code integer} while {@code 2147483648} is a {@code
 * bigint}.
 */
public final class Literals {
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Literals() {}

  /** The type of a numeric literal as written, optionally with a leading minus sign. */
  public static SqlType numeric(String text) {
    String digits = text.startsWith("-") ? text.substring(1) : text;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return SqlType.of("numeric");
    }
    BigInteger value = new BigInteger(text);
    if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
      return SqlType.of("integer");
    }
    if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
      return SqlType.of("bigint");
    }
    return SqlType.of("numeric");
  }

  /** {@code TRUE} and {@code FALSE}. */
  public static SqlType bool() {
    return SqlType.of("boolean");
  }

  /** {@code B'101'} and {@code X'1F'} are bit strings. */
  public static SqlType bitString() {
    return SqlType.of("bit");
  }
}
