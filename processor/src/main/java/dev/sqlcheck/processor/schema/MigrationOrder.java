package dev.sqlcheck.processor.schema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which a folder's migration files are applied. Flyway files ({@code V1__x.sql},
 * {@code V1_1__y.sql}, {@code V1.2__z.sql}, {@code V10__w.sql}) come first, sorted numerically by
 * their version parts; then files starting with a number ({@code 0001_city.sql}, {@code
 * 001-foo.sql}) by that number, then by name; then everything else by name.
 */
final class MigrationOrder implements Comparator<String> {
  static final MigrationOrder INSTANCE = new MigrationOrder();

  private static final Pattern FLYWAY = Pattern.compile("(?i)^V(\\d+(?:[._]\\d+)*)__.*");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+).*");

  private MigrationOrder() {}

  @Override
  public int compare(String a, String b) {
    int byGroup = Integer.compare(group(a), group(b));
    if (byGroup != 0) {
      return byGroup;
    }
    int byVersion = compareVersions(version(a), version(b));
    return byVersion != 0 ? byVersion : a.compareTo(b);
  }

  private static int group(String name) {
    if (FLYWAY.matcher(name).matches()) {
      return 0;
    }
    return NUMBERED.matcher(name).matches() ? 1 : 2;
  }

  private static List<BigInteger> version(String name) {
    List<BigInteger> parts = new ArrayList<>();
    Matcher flyway = FLYWAY.matcher(name);
    if (flyway.matches()) {
      for (String p : flyway.group(1).split("[._]")) {
        parts.add(new BigInteger(p));
      }
      return parts;
    }
    Matcher numbered = NUMBERED.matcher(name);
    if (numbered.matches()) {
      parts.add(new BigInteger(numbered.group(1)));
    }
    return parts;
  }

  private static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
