package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Applies one mutation to a generated query: picks a kind among the kinds the query has sites for
 * (uniformly, so rare kinds are not drowned by misspellings; most often one that suits the query's
 * focus family, if it has sites for one), then a site of that kind and one of its replacements.
 */
final class Mutator {
  /** A mutated text and the kind of mutation. */
  record Mutant(Mutation kind, String sql) {}

  private Mutator() {}

  static Mutant mutate(Sql sql, Random random, Feature focus) {
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
    List<Mutation> suited = kinds.stream().filter(k -> k.suits(focus)).toList();
    List<Mutation> from = !suited.isEmpty() && random.nextDouble() < 0.7 ? suited : kinds;
    Mutation kind = from.get(random.nextInt(from.size()));
    List<Sql.Site> ofKind = sites.stream().filter(s -> s.kind() == kind).toList();
    Sql.Site site = ofKind.get(random.nextInt(ofKind.size()));
    String replacement = site.replacements().get(random.nextInt(site.replacements().size()));
    String text = sql.text();
    return new Mutant(
        kind, text.substring(0, site.start()) + replacement + text.substring(site.end()));
  }
}
