package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one query, each once, and folds every construct the analyser could not
 * model into a single {@code NOT_FULLY_CHECKED} warning that names them.
 */
final class Problems {
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();
  private final Set<String> unchecked = new LinkedHashSet<>();

  void add(Problem problem) {
    String key = problem.code() + "|" + problem.message() + "|" + problem.start();
    if (seen.add(key)) {
      problems.add(problem);
    }
  }

  /** How many errors were recorded so far. */
  int errorCount() {
    int n = 0;
    for (Problem p : problems) {
      if (p.severity() == dev.sqlcheck.processor.problem.Severity.ERROR) {
        n++;
      }
    }
    return n;
  }

  /** Records a construct the analyser does not model. */
  void notChecked(String construct) {
    unchecked.add(construct);
  }

  boolean hasUnchecked() {
    return !unchecked.isEmpty();
  }

  List<Problem> all() {
    List<Problem> out = new ArrayList<>(problems);
    if (!unchecked.isEmpty()) {
      out.add(
          Problem.unpositioned(
              ProblemCode.NOT_FULLY_CHECKED,
              "query could not be fully checked; sqlcheck does not model "
                  + String.join("; ", unchecked)));
    }
    return out;
  }
}
