package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Applies one mutation to a generated query: picks a kind among the kinds the query has sites
 * for (uniformly, so rare kinds are not drowned by misspellings), then a site of that kind and
 * one of its replacements.
 */
final class Mutator {
  /** A mutated text and the kind of mutation. */
  record Mutant(Mutation kind, String sql) {}

  private Mutator() {}

  static Mutant mutate(Sql sql, Random random) {
    List<Sql.Site> sites = sql.sites();
    List<Mutation> kinds = new ArrayList<>();
    for (Sql.Site s : sites) {
      if (!kinds.contains(s.kind())) {
        kinds.add(s.kind());
      }
    }
    if (kinds.isEmpty()) {
      return null;
    }
    Mutation kind = kinds.get(random.nextInt(kinds.size()));
    List<Sql.Site> ofKind = sites.stream().filter(s -> s.kind() == kind).toList();
    Sql.Site site = ofKind.get(random.nextInt(ofKind.size()));
    String replacement = site.replacements().get(random.nextInt(site.replacements().size()));
    String text = sql.text();
    return new Mutant(kind, text.substring(0, site.start()) + replacement
        + text.substring(site.end()));
  }
}
