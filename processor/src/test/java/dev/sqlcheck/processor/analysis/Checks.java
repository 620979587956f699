package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import java.util.List;

/** Assertions shared by the analyser tests. */
final class Checks {
  private Checks() {}

  static QueryAnalysis analyze(String sql) {
    return analyze(TestCatalogs.library(), sql);
  }

  static QueryAnalysis analyze(Catalog catalog, String sql) {
    return new QueryAnalyzer(catalog).analyze(sql);
  }

  /** Asserts no ERROR and no warning at all. */
  static QueryAnalysis clean(String sql) {
    QueryAnalysis a = analyze(sql);
    assertTrue(
        a.problems().isEmpty(),
        () -> "expected no problems for " + sql + " but got " + a.problems());
    return a;
  }

  /** Asserts no ERROR (warnings allowed). */
  static QueryAnalysis noErrors(String sql) {
    QueryAnalysis a = analyze(sql);
    assertTrue(
        a.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR),
        () -> "expected no errors for " + sql + " but got " + a.problems());
    return a;
  }

  /**
   * Asserts exactly one problem, of this code and message, covering the {@code token} found inside
   * the unique {@code context} of the SQL.
   */
  static Problem single(
      String sql, ProblemCode code, String message, String context, String token) {
    QueryAnalysis a = analyze(sql);
    List<Problem> problems = a.problems();
    assertEquals(1, problems.size(), () -> "problems for " + sql + ": " + problems);
    Problem p = problems.get(0);
    assertEquals(code, p.code(), () -> "problem: " + p);
    if (message != null) {
      assertEquals(message, p.message());
    }
    assertAt(sql, p, context, token);
    return p;
  }

  static void assertAt(String sql, Problem p, String context, String token) {
    int c = sql.indexOf(context);
    if (c < 0 || sql.indexOf(context, c + 1) >= 0) {
      fail("context must occur exactly once: " + context);
    }
    int start = c + context.indexOf(token);
    assertEquals(start, p.start(), () -> "start of " + p + " in " + sql);
    assertEquals(start + token.length(), p.end(), () -> "end of " + p + " in " + sql);
  }
}
