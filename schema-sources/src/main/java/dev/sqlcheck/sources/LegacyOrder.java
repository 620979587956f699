package dev.sqlcheck.sources;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of a folder of {@code .sql} files that holds no Flyway migration (for example sqlc's or
 * golang-migrate's {@code 0001_city.sql}): files starting with a number by that number, then by
 * name; then every other file by name. Only the folder's own files count.
 */
final class LegacyOrder implements Comparator<String> {
  static final LegacyOrder INSTANCE = new LegacyOrder();

  private static final Pattern NUMBERED = Pattern.compile("^(\\d+).*");

  private LegacyOrder() {}

  static List<Path> files(Path dir) throws IOException {
    List<Path> files = new ArrayList<>(FlywayFolder.topLevelSqlFiles(dir));
    files.sort((a, b) -> INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
    return files;
  }

  @Override
  public int compare(String a, String b) {
    BigInteger x = number(a);
    BigInteger y = number(b);
    if (x != null && y != null && x.compareTo(y) != 0) {
      return x.compareTo(y);
    }
    if ((x == null) != (y == null)) {
      return x != null ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static BigInteger number(String name) {
    Matcher m = NUMBERED.matcher(name);
    return m.matches() ? new BigInteger(m.group(1)) : null;
  }
}
