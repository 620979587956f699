package dev.sqlcheck.processor.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sqlcheck.processor.acceptance.AcceptanceCase.Expectation;
import dev.sqlcheck.processor.acceptance.AcceptanceCase.QuerySite;
import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the root acceptance corpus ({@code src/test/acceptance}): every case is compiled under javac
 * and ecj and must produce exactly the diagnostics its sources expect; and every query is prepared
 * on a real PostgreSQL, which must accept the ones sqlcheck accepts and reject the ones it reports
 * as wrong.
 */
class AcceptanceCorpusTest {
  private static final Path ROOT =
      Path.of(System.getProperty("sqlcheck.root", "..")).resolve("src/test/acceptance");

  @TestFactory
  Stream<DynamicTest> diagnosticsMatchExpectations() {
    List<DynamicTest> tests = new ArrayList<>();
    for (AcceptanceCase c : AcceptanceCase.loadAll(ROOT)) {
      for (Tool tool : Tool.values()) {
        tests.add(DynamicTest.dynamicTest(c.name() + " under " + tool, () -> check(c, tool)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> postgresAgreesWithExpectations() {
    List<DynamicTest> tests = new ArrayList<>();
    for (AcceptanceCase c : AcceptanceCase.loadAll(ROOT)) {
      if (Files.isRegularFile(c.schema())) {
        tests.add(DynamicTest.dynamicTest(c.name() + " on PostgreSQL", () -> prepareAll(c)));
      }
    }
    return tests.stream();
  }

  private static void check(AcceptanceCase c, Tool tool) {
    CompileHarness harness = new CompileHarness().option("-Asqlcheck.schema=" + c.schema());
    c.sources().forEach(harness::source);
    CompileHarness.Result result = harness.compile(tool);
    List<Expectation> unmet = new ArrayList<>(c.expectations());
    List<Diag> unexpected = new ArrayList<>();
    for (Diag d : result.diagnostics()) {
      if (!d.message().contains("[SQLCHECK-")) {
        if (d.isError()) {
          unexpected.add(d);
        }
        continue;
      }
      Expectation match = null;
      for (Expectation e : unmet) {
        if (matches(e, d)) {
          match = e;
          break;
        }
      }
      if (match == null) {
        unexpected.add(d);
      } else {
        unmet.remove(match);
      }
    }
    if (!unmet.isEmpty() || !unexpected.isEmpty()) {
      fail(
          c.name()
              + " under "
              + tool
              + ":\nunmet expectations:\n  "
              + String.join("\n  ", unmet.stream().map(Object::toString).toList())
              + "\nunexpected diagnostics:\n  "
              + String.join("\n  ", unexpected.stream().map(Object::toString).toList()));
    }
  }

  private static boolean matches(Expectation e, Diag d) {
    boolean kind = e.kind().equals("error") ? d.isError() : !d.isError();
    return kind
        && d.file().equals(e.file())
        && d.line() == e.line()
        && d.message().contains("[" + e.code() + "]")
        && d.message().contains(e.fragment());
  }

  private static void prepareAll(AcceptanceCase c) throws Exception {
    String url = TestDatabases.freshPostgresDatabase("acceptance_" + c.name());
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    try (Connection conn = DriverManager.getConnection(url)) {
      try (Statement s = conn.createStatement()) {
        s.execute(Files.readString(c.schema()));
      }
      for (QuerySite q : c.queries()) {
        List<Expectation> expected = c.expectationsAt(q.file(), q.line());
        boolean shouldFail =
            expected.stream()
                .anyMatch(
                    e ->
                        e.kind().equals("error")
                            && (e.code().startsWith("SQLCHECK-1")
                                || e.code().startsWith("SQLCHECK-2")));
        boolean shouldPass = expected.stream().noneMatch(e -> e.kind().equals("error"));
        String error = prepare(conn, PostgresPlaceholders.positional(q.sql()));
        checked++;
        if (shouldFail && error == null) {
          disagreements.add(
              q.file()
                  + ":"
                  + q.line()
                  + " sqlcheck expects an error but PostgreSQL accepts:\n    "
                  + q.sql());
        } else if (shouldPass && error != null) {
          disagreements.add(
              q.file()
                  + ":"
                  + q.line()
                  + " sqlcheck accepts but PostgreSQL says "
                  + error
                  + ":\n    "
                  + q.sql());
        }
      }
    }
    assertTrue(checked > 0, "no queries found in " + c.name());
    if (!disagreements.isEmpty()) {
      fail(String.join("\n", disagreements));
    }
  }

  private static String prepare(Connection conn, String sql) throws SQLException {
    conn.setAutoCommit(false);
    try (Statement s = conn.createStatement()) {
      s.execute("PREPARE sqlcheck_probe AS " + sql);
      s.execute("DEALLOCATE sqlcheck_probe");
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    } finally {
      conn.rollback();
      conn.setAutoCommit(true);
    }
  }
}
