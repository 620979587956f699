package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Element;

/**
 * Reports held back in the order they were made, so that a round can read every repository before
 * any query is analysed and still print its messages exactly as a one-by-one pass would: each
 * repository's own messages, then its queries'. Used on the javac thread only.
 */
final class DeferredReports {
  private final List<Consumer<Reporter>> pending = new ArrayList<>();

  /** Holds back {@link Reporter#report(Problem, Element)}. */
  void report(Problem problem, Element element) {
    pending.add(r -> r.report(problem, element));
  }

  /** Holds back {@link Reporter#internalError(Throwable, Element)}. */
  void internalError(Throwable t, Element element) {
    pending.add(r -> r.internalError(t, element));
  }

  /** Makes the held-back reports, in order, and forgets them. */
  void replay(Reporter reporter) {
    for (Consumer<Reporter> report : pending) {
      report.accept(reporter);
    }
    pending.clear();
  }
}
