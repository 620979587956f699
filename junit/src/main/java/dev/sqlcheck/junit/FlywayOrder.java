package dev.sqlcheck.junit;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migrations of a Flyway folder in the order Flyway applies them, for when Flyway itself is not
 * on the test class path: the folder is read recursively; versioned {@code V<version>__<desc>.sql}
 * come first, by version compared part by part as numbers ({@code 1.2} and {@code 1_2} are the
 * same; {@code 1.10} after {@code 1.9}); then repeatable {@code R__<desc>.sql} by description. Undo
 * ({@code U…}) and other files are left out.
 */
final class FlywayOrder {
  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__(.*)\\.sql");
  private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql");

  private FlywayOrder() {}

  static List<Path> migrations(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<Path> versioned = new ArrayList<>();
    List<Path> repeatable = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (VERSIONED.matcher(name).matches()) {
        versioned.add(f);
      } else if (REPEATABLE.matcher(name).matches()) {
        repeatable.add(f);
      }
    }
    versioned.sort(Comparator.comparing(FlywayOrder::version, FlywayOrder::compareVersions));
    repeatable.sort(Comparator.comparing(f -> description(f)));
    List<Path> out = new ArrayList<>(versioned);
    out.addAll(repeatable);
    return out;
  }

  private static List<BigInteger> version(Path file) {
    Matcher m = VERSIONED.matcher(file.getFileName().toString());
    m.matches();
    List<BigInteger> parts = new ArrayList<>();
    for (String part : m.group(1).split("[._]")) {
      if (!part.isEmpty()) {
        parts.add(new BigInteger(part));
      }
    }
    return parts;
  }

  private static String description(Path file) {
    Matcher m = REPEATABLE.matcher(file.getFileName().toString());
    return m.matches() ? m.group(1) : "";
  }

  /** {@code 1.2 < 1.10}; trailing zeros do not count ({@code 1 == 1.0}). */
  static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
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
