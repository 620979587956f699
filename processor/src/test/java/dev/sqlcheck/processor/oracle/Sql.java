package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL text under construction, with the places where a mutator may change it. Generators write
 * clauses in whatever order they decide them and join the pieces afterwards; appending one piece to
 * another moves its sites along, so offsets are always into the final text.
 */
final class Sql {
  /** A span of the text and what a mutation of the given kind may replace it with. */
  record Site(Mutation kind, int start, int end, List<String> replacements) {
    Site shifted(int by) {
      return new Site(kind, start + by, end + by, replacements);
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final List<Site> sites = new ArrayList<>();

  Sql() {}

  Sql(String initial) {
    text.append(initial);
  }

  static Sql of(String s) {
    return new Sql(s);
  }

  Sql add(String s) {
    text.append(s);
    return this;
  }

  Sql add(Sql other) {
    int offset = text.length();
    text.append(other.text);
    for (Site s : other.sites) {
      sites.add(s.shifted(offset));
    }
    return this;
  }

  /** Appends {@code s} and marks it as replaceable by any of {@code replacements}. */
  Sql site(Mutation kind, String s, List<String> replacements) {
    int start = text.length();
    text.append(s);
    mark(kind, start, replacements);
    return this;
  }

  /** Appends {@code inner} and marks all of it as replaceable. */
  Sql site(Mutation kind, Sql inner, List<String> replacements) {
    int start = text.length();
    add(inner);
    mark(kind, start, replacements);
    return this;
  }

  /** This text as a new piece, all of it replaceable by any of {@code replacements}. */
  Sql wrap(Mutation kind, List<String> replacements) {
    return new Sql().site(kind, this, replacements);
  }

  /** Marks the current end as a place where any of {@code insertions} may be inserted. */
  Sql insertion(Mutation kind, List<String> insertions) {
    mark(kind, text.length(), insertions);
    return this;
  }

  private void mark(Mutation kind, int start, List<String> replacements) {
    List<String> useful = new ArrayList<>();
    for (String r : replacements) {
      if (r != null && !useful.contains(r)) {
        useful.add(r);
      }
    }
    if (!useful.isEmpty()) {
      sites.add(new Site(kind, start, text.length(), List.copyOf(useful)));
    }
  }

  /** Appends the pieces separated by {@code separator}. */
  Sql join(String separator, List<Sql> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        add(separator);
      }
      add(pieces.get(i));
    }
    return this;
  }

  int length() {
    return text.length();
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  String text() {
    return text.toString();
  }

  List<Site> sites() {
    return List.copyOf(sites);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
