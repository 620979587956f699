package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.dialect.postgres.PgIdentifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where an identifier of the AST was written. JSqlParser gives the first and last token of
 * most nodes; inside that range we look for the dotted identifier chain and point at the one part
 * that is wrong ({@code emial} in {@code u.emial}). Without a range, the first occurrence of the
 * chain not yet used by another problem is taken.
 */
final class Locator {
  private final SourceText text;
  private final Set<Integer> claimed = new HashSet<>();

  Locator(SourceText text) {
    this.text = text;
  }

  /** Original-SQL [start, end) of {@code parts[index]} within the element, or {-1, -1}. */
  int[] locate(Object element, List<String> parts, int index) {
    int[] range = text.rangeOf(element);
    List<SqlToken> tokens = text.tokens();
    int found = -1;
    if (range != null) {
      found = findChain(tokens, parts, range[0], range[1]);
    }
    if (found < 0) {
      found = findUnclaimed(tokens, parts);
    }
    if (found < 0) {
      return range == null ? new int[] {-1, -1} : toOriginal(range[0], range[1]);
    }
    claimed.add(found);
    SqlToken t = tokens.get(found + 2 * index);
    return toOriginal(t.start(), t.end());
  }

  /** Original-SQL range of a whole element (for example a VALUES row), or {-1, -1}. */
  int[] locateElement(Object element) {
    int[] range = text.rangeOf(element);
    return range == null ? new int[] {-1, -1} : toOriginal(range[0], range[1]);
  }

  /**
   * Original-SQL range from the first to the last of a list of elements, widened to the parentheses
   * around them when there are any (a VALUES row), or {-1, -1}.
   */
  int[] locateList(List<?> elements) {
    if (elements.isEmpty()) {
      return new int[] {-1, -1};
    }
    int[] first = text.rangeOf(elements.get(0));
    int[] last = text.rangeOf(elements.get(elements.size() - 1));
    if (first == null || last == null) {
      return new int[] {-1, -1};
    }
    int start = first[0];
    int end = last[1];
    List<SqlToken> tokens = text.tokens();
    int i = text.tokenIndexAt(start);
    int j = text.tokenIndexAt(end);
    if (i > 0 && tokens.get(i - 1).is("(") && j >= 0 && tokens.get(j).is(")")) {
      start = tokens.get(i - 1).start();
      end = tokens.get(j).end();
    }
    return toOriginal(start, end);
  }

  /** Original-SQL range of the first token with this text (case-insensitive) not yet claimed. */
  int[] locateWord(String word) {
    List<SqlToken> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken t = tokens.get(i);
      if (t.isIdentifier() && PgIdentifiers.fold(t.text()).equals(word) && !claimed.contains(i)) {
        claimed.add(i);
        return toOriginal(t.start(), t.end());
      }
    }
    return new int[] {-1, -1};
  }

  private int[] toOriginal(int start, int end) {
    return new int[] {text.toOriginal(start), text.toOriginal(end)};
  }

  private int findChain(List<SqlToken> tokens, List<String> parts, int from, int to) {
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken t = tokens.get(i);
      if (t.start() >= from && t.end() <= to && matches(tokens, i, parts)) {
        return i;
      }
    }
    return -1;
  }

  private int findUnclaimed(List<SqlToken> tokens, List<String> parts) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!claimed.contains(i) && matches(tokens, i, parts)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matches(List<SqlToken> tokens, int at, List<String> parts) {
    if (at > 0 && tokens.get(at - 1).is(".")) {
      return false;
    }
    for (int p = 0; p < parts.size(); p++) {
      int i = at + 2 * p;
      if (i >= tokens.size() || !tokens.get(i).isIdentifier()) {
        return false;
      }
      if (!PgIdentifiers.fold(tokens.get(i).text()).equals(parts.get(p))) {
        return false;
      }
      if (p + 1 < parts.size() && (i + 1 >= tokens.size() || !tokens.get(i + 1).is("."))) {
        return false;
      }
    }
    return true;
  }
}
