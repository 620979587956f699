package dev.sqlcheck.sources;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A migration file name as Flyway reads it: prefix {@code V} (versioned), {@code R} (repeatable),
 * {@code B} (baseline) or {@code U} (undo), all case-sensitive; then the version, {@code __}, the
 * description and the suffix {@code .sql} (any case). In the version {@code _} means {@code .};
 * parts compare as numbers and trailing zero parts do not count, so {@code V1}, {@code V1.0},
 * {@code V1_0} and {@code V01} are one version and {@code 1.10} comes after {@code 1.9}.
 *
 * <pre>{@code
 * FlywayName.parse("V1_2__add_email.sql")  // VERSIONED, version [1, 2], "add email"
 * FlywayName.parse("R__views.sql")         // REPEATABLE, description "views"
 * FlywayName.parse("V8-2__x.sql")          // empty: not a migration name
 * }</pre>
 */
record FlywayName(Type type, List<BigInteger> version, String description) {
  /** The kind of migration the prefix names. */
  enum Type {
    VERSIONED,
    REPEATABLE,
    BASELINE,
    UNDO
  }

  FlywayName {
    version = List.copyOf(version);
  }

  static Optional<FlywayName> parse(String fileName) {
    if (!fileName.toLowerCase(Locale.ROOT).endsWith(".sql") || fileName.isEmpty()) {
      return Optional.empty();
    }
    Type type =
        switch (fileName.charAt(0)) {
          case 'V' -> Type.VERSIONED;
          case 'R' -> Type.REPEATABLE;
          case 'B' -> Type.BASELINE;
          case 'U' -> Type.UNDO;
          default -> null;
        };
    int separator = fileName.indexOf("__");
    if (type == null || separator < 1) {
      return Optional.empty();
    }
    String versionText = fileName.substring(1, separator);
    String description =
        fileName.substring(separator + 2, fileName.length() - ".sql".length()).replace('_', ' ');
    if (type == Type.REPEATABLE) {
      return versionText.isEmpty()
          ? Optional.of(new FlywayName(type, List.of(), description))
          : Optional.empty();
    }
    return version(versionText).map(v -> new FlywayName(type, v, description));
  }

  /** The version's parts without trailing zeros, or empty when it is not a version. */
  private static Optional<List<BigInteger>> version(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.replace('_', '.').split("\\.", -1)) {
      if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      parts.add(new BigInteger(part));
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    return Optional.of(parts);
  }

  /** The version as Flyway prints it: {@code 1.2}. */
  String versionText() {
    return String.join(".", version.stream().map(BigInteger::toString).toList());
  }

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
