package dev.sqlcheck.processor.oracle;

import java.util.Set;

/**
 * One query of a run: where it came from (index, focus family, families used), the mutation applied
 * to it (null for a query as generated), and its text. The seed and index regenerate it.
 */
record OracleCase(long index, Feature focus, Set<Feature> features, Mutation mutation, String sql) {
  boolean mutant() {
    return mutation != null;
  }

  String id() {
    return index + (mutant() ? "m" : "v");
  }
}
