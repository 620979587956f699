package dev.sqlcheck.processor.oracle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates a run's queries: for index 0, 1, 2, ... a query focused on family {@code index mod
 * families}, then one mutant of it, keeping only texts not seen before, until {@code count}
 * distinct queries exist. Everything depends on the seed and the index only.
 */
final class CaseGenerator {
  private static final Feature[] FAMILIES = Feature.values();

  private CaseGenerator() {}

  /** The focus of query {@code index}: the given family, or the families in turn. */
  static Feature focusOf(long index, Feature only) {
    return only != null ? only : FAMILIES[(int) (index % FAMILIES.length)];
  }

  static List<OracleCase> generate(SchemaModel model, long seed, int count, Feature only) {
    List<OracleCase> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (long index = 0; out.size() < count && index < count * 20L; index++) {
      Feature focus = focusOf(index, only);
      Gen g = new Gen(seed, index, model, focus);
      QueryGen.Query q = g.queries.top();
      Set<Feature> features = EnumSet.copyOf(g.features.isEmpty() ? EnumSet.of(focus) : g.features);
      String valid = q.sql().text();
      if (seen.add(valid)) {
        out.add(new OracleCase(index, focus, features, null, valid));
      }
      Mutator.Mutant m = Mutator.mutate(q.sql(), g.random, focus);
      if (m != null && out.size() < count && seen.add(m.sql())) {
        out.add(new OracleCase(index, focus, features, m.kind(), m.sql()));
      }
    }
    return out;
  }

  /** Regenerates the query (and its mutant) of one index, to reproduce a reported case. */
  static List<OracleCase> one(SchemaModel model, long seed, long index, Feature only) {
    Feature focus = focusOf(index, only);
    Gen g = new Gen(seed, index, model, focus);
    QueryGen.Query q = g.queries.top();
    List<OracleCase> out = new ArrayList<>();
    out.add(new OracleCase(index, focus, g.features, null, q.sql().text()));
    Mutator.Mutant m = Mutator.mutate(q.sql(), g.random, focus);
    if (m != null) {
      out.add(new OracleCase(index, focus, g.features, m.kind(), m.sql()));
    }
    return out;
  }
}
