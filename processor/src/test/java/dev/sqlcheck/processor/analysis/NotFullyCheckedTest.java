package dev.sqlcheck.processor.analysis;

import static dev.sqlcheck.processor.analysis.Checks.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the analyser cannot model becomes one warning that names it, and never an error. */
class NotFullyCheckedTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TABLE users",
        "SELECT xmlelement(name foo, display_name) FROM users",
        "CALL refresh_all()",
        "UPDATE books SET title = :t, (isbn, published_year) = (:i, :y)",
        "SELECT json_object('a': nope) FROM users",
        "SELECT (id, email) FROM users",
      })
  void unmodelledConstruct_singleWarningNoError(String sql) {
    QueryAnalysis a = analyze(sql);
    assertFalse(a.hasErrors(), () -> sql + " -> " + a.problems());
    long warnings =
        a.problems().stream().filter(p -> p.code() == ProblemCode.NOT_FULLY_CHECKED).count();
    assertTrue(warnings <= 1, () -> sql + " -> " + a.problems());
    assertTrue(a.problems().stream().allMatch(p -> p.severity() == Severity.WARNING));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TABLE users",
        "SELECT xmlelement(name foo) FROM users",
        "CALL refresh_all()",
      })
  void unmodelledConstruct_warningNamesIt(String sql) {
    QueryAnalysis a = analyze(sql);
    assertEquals(1, a.problems().size(), a.problems().toString());
    Problem p = a.problems().get(0);
    assertEquals(ProblemCode.NOT_FULLY_CHECKED, p.code());
    assertTrue(
        p.message().contains("TableStatement")
            || p.message().contains("xmlelement")
            || p.message().contains("Call")
            || p.message().contains("statement"),
        p.message());
  }
}
