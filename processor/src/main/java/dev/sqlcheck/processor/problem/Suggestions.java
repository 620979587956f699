package dev.sqlcheck.processor.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for a misspelled name: the Levenshtein-closest candidate, offered only when it is
 * clearly close (about a third of the written name's length, at most 3 edits, never for names of
 * one or two letters) and no other candidate is equally close, so that nonsense is never suggested.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The single clearly closest candidate to {@code name}, if any. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : candidates) {
      if (candidate == null || candidate.equals(name)) {
        continue;
      }
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !candidate.equals(best)) {
        tie = true;
      }
    }
    if (best == null || tie || bestDistance > threshold(lower, best)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** {@code did you mean "email"?}, or null. */
  public static String hint(String name, Collection<String> candidates) {
    return closest(name, candidates).map(s -> "did you mean \"" + s + "\"?").orElse(null);
  }

  private static int threshold(String name, String candidate) {
    // Based on the name as written: "idd" may mean "id", but "ix" is too short to guess from.
    int length = name.length();
    return length <= 2 || candidate.length() <= 1 ? 0 : Math.min(3, (length + 2) / 3);
  }

  /**
   * Levenshtein distance where swapping two adjacent letters also costs 1 (optimal string
   * alignment), since {@code emial} for {@code email} is one slip, not two.
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
