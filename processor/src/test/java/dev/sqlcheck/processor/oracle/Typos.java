package dev.sqlcheck.processor.oracle;

import java.util.Random;

/** Near-miss misspellings, the kind a did-you-mean suggestion is made for. */
final class Typos {
  private Typos() {}

  /** A one-edit variant of {@code written}, keeping its quotes; never equal to the input. */
  static String nearMiss(String written, Random random) {
    boolean quoted = written.length() > 2 && written.startsWith("\"") && written.endsWith("\"");
    String name = quoted ? written.substring(1, written.length() - 1) : written;
    String typo = name;
    for (int attempt = 0; attempt < 8 && typo.equals(name); attempt++) {
      typo = edit(name, random);
    }
    if (typo.equals(name)) {
      typo = name + "x";
    }
    return quoted ? '"' + typo + '"' : typo;
  }

  private static String edit(String name, Random random) {
    int n = name.length();
    int at = random.nextInt(n);
    switch (random.nextInt(6)) {
      case 0:
        return n > 2 ? name.substring(0, at) + name.substring(at + 1) : name + "s";
      case 1:
        return name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
      case 2:
        if (n < 2) {
          return name + "_";
        }
        int i = Math.min(at, n - 2);
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
      case 3:
        return name.endsWith("s") ? name.substring(0, n - 1) : name + "s";
      case 4:
        return name.contains("_")
            ? name.replaceFirst("_", "")
            : name.substring(0, at) + "_" + name.substring(at);
      default:
        char c = name.charAt(at);
        char r = "aeiou".indexOf(c) >= 0 ? "eaiuo".charAt("aeiou".indexOf(c)) : 'e';
        return name.substring(0, at) + r + name.substring(at + 1);
    }
  }
}
