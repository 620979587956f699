package dev.sqlcheck.processor.analysis;

import static dev.sqlcheck.processor.analysis.Checks.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the analyser cannot model becomes one warning that names it, and never an error. */
class NotFullyCheckedTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CALL refresh_all()                                | refresh_all",
        "SELECT * FROM pg_stat_user_tables                 | pg_stat_user_tables",
        "SELECT f.x FROM my_srf(1) AS f                    | my_srf",
        "SELECT (u).* FROM users u                         | (u).*",
        "SET search_path TO inventory                      | SET",
        "SELECT id FROM users WHERE id = some_ext_fn(id)   | some_ext_fn",
        "SELECT id::citext FROM users                      | citext",
      })
  void unmodelledConstruct_oneWarningThatNamesIt(String sql, String named) {
    QueryAnalysis a = analyze(sql);
    assertFalse(a.hasErrors(), () -> sql + " -> " + a.problems());
    assertEquals(1, a.problems().size(), () -> sql + " -> " + a.problems());
    Problem p = a.problems().get(0);
    assertEquals(ProblemCode.NOT_FULLY_CHECKED, p.code());
    assertEquals(Severity.WARNING, p.severity());
    assertTrue(p.message().contains(named), p.message());
  }
}
