package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;
import java.util.Locale;

/**
 * What one compilation checked, for the one summary line a build prints: the schema sources, how
 * many relations they define, how many queries were checked and how many of those not fully.
 *
 * <pre>
 * sqlcheck: 40 queries checked against src/main/resources/schema.sql (8 relations); 1 not fully checked
 * </pre>
 */
final class CheckSummary {
  private int queries;
  private int notFullyChecked;
  private boolean printed;

  /** Counts one checked query; {@code unchecked} when it is exempt from schema checks. */
  void query(List<Problem> problems, boolean unchecked) {
    queries++;
    boolean partial =
        unchecked
            || problems.stream()
                .anyMatch(
                    p ->
                        p.code() == ProblemCode.NOT_FULLY_CHECKED
                            || p.code() == ProblemCode.UNKNOWN_RELATION_USED);
    if (partial) {
      notFullyChecked++;
    }
  }

  /** The line to print once, or null when nothing was checked or it was printed already. */
  String line(List<String> sources, int relations) {
    if (printed || queries == 0 || sources.isEmpty()) {
      return null;
    }
    printed = true;
    return String.format(
        Locale.ROOT,
        "sqlcheck: %d %s checked against %s (%d %s); %d not fully checked",
        queries,
        queries == 1 ? "query" : "queries",
        String.join(", ", sources),
        relations,
        relations == 1 ? "relation" : "relations",
        notFullyChecked);
  }
}
