package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.Optional;
import java.util.Set;

/**
 * Picks, from the analysis of a view's query, the error that says a table, schema or column does
 * not exist, the errors that make PostgreSQL refuse the CREATE VIEW. Nothing when the analysis also
 * warns that it could not check everything: then the "missing" name may be hidden by what it could
 * not model.
 */
final class MissingReferences {
  private static final Set<ProblemCode> MISSING =
      Set.of(ProblemCode.UNKNOWN_TABLE, ProblemCode.UNKNOWN_SCHEMA, ProblemCode.UNKNOWN_COLUMN);
  private static final Set<ProblemCode> DOUBT =
      Set.of(ProblemCode.NOT_FULLY_CHECKED, ProblemCode.UNKNOWN_RELATION_USED);

  private MissingReferences() {}

  static Optional<String> first(QueryAnalysis analysis) {
    if (analysis.problems().stream().anyMatch(p -> DOUBT.contains(p.code()))) {
      return Optional.empty();
    }
    return analysis.problems().stream()
        .filter(p -> MISSING.contains(p.code()))
        .map(Problem::message)
        .findFirst();
  }
}
