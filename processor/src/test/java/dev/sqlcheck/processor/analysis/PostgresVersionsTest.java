package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The functions and casts only some PostgreSQL versions have: the default range (14 to 18) checks
 * each without a problem, and so does a version that has it, while {@code postgresql:15} rejects it
 * with PostgreSQL 15's own message, which the test PostgreSQL 15 confirms by {@code PREPARE}. A
 * function whose name PostgreSQL 15 does not know at all may be the user's own, defined where
 * sqlcheck does not look, so there it is the warning that says the call was not checked, and which
 * versions have it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresVersionsTest {
  /** A query, the versions that accept it, and PostgreSQL 15's error for it. */
  private record Case(String sql, List<Integer> versions, String error15) {
    /** The warning for a name no function of PostgreSQL 15 has, or null for an error. */
    String warning15() {
      if (!error15.startsWith("function ")) {
        return null;
      }
      String name = error15.substring("function ".length(), error15.indexOf('('));
      return NEW_NAMES.contains(name)
          ? "query could not be fully checked; sqlcheck does not model function \""
              + name
              + "\", which PostgreSQL 15 does not have (PostgreSQL "
              + String.join(", ", versions.stream().map(String::valueOf).toList())
              + (versions.size() == 1 ? " has it" : " have it")
              + ") and the schema does not define"
          : null;
    }
  }

  private static final List<String> NEW_NAMES =
      List.of(
          "array_sample",
          "array_shuffle",
          "any_value",
          "date_add",
          "to_bin",
          "to_oct",
          "uuidv7",
          "uuidv4",
          "casefold");

  private static final List<Integer> V16_18 = List.of(16, 17, 18);
  private static final List<Integer> V17_18 = List.of(17, 18);
  private static final List<Integer> V18 = List.of(18);

  private static final List<Case> CASES =
      List.of(
          new Case(
              "SELECT random(1, 10)", V17_18, "function random(integer, integer) does not exist"),
          new Case(
              "SELECT random(1.5, 2.5)",
              V17_18,
              "function random(numeric, numeric) does not exist"),
          new Case("SELECT reverse('\\x01'::bytea)", V18, "function reverse(bytea) does not exist"),
          new Case(
              "SELECT jsonb_strip_nulls(settings, true) FROM users",
              V18,
              "function jsonb_strip_nulls(jsonb, boolean) does not exist"),
          new Case("SELECT 1::bytea", V18, "cannot cast type integer to bytea"),
          new Case("SELECT CAST(id AS bytea) FROM users", V18, "cannot cast type bigint to bytea"),
          new Case(
              "SELECT generate_series(now(), now() + interval '1 day', interval '1 hour', 'UTC')",
              V16_18,
              "function generate_series(timestamp with time zone, timestamp with time zone,"
                  + " interval, unknown) does not exist"),
          new Case(
              "SELECT array_sample(ARRAY[1, 2, 3], 2)",
              V16_18,
              "function array_sample(integer[], integer) does not exist"),
          new Case(
              "SELECT array_shuffle(ARRAY[1, 2, 3])",
              V16_18,
              "function array_shuffle(integer[]) does not exist"),
          new Case(
              "SELECT any_value(email) FROM users",
              V16_18,
              "function any_value(text) does not exist"),
          new Case(
              "SELECT date_add(now(), interval '1 day')",
              V16_18,
              "function date_add(timestamp with time zone, interval) does not exist"),
          new Case("SELECT to_bin(10)", V17_18, "function to_bin(integer) does not exist"),
          new Case("SELECT to_oct(10)", V17_18, "function to_oct(integer) does not exist"),
          new Case("SELECT uuidv7()", V18, "function uuidv7() does not exist"),
          new Case("SELECT uuidv4()", V18, "function uuidv4() does not exist"),
          new Case("SELECT casefold('A')", V18, "function casefold(unknown) does not exist"),
          new Case(
              "SELECT regexp_like(string => email, pattern => 'a') FROM users",
              V18,
              "function regexp_like(string => text, pattern => unknown) does not exist"),
          // Removed in 15: PostgreSQL 14 resolves it (and fails only when it runs).
          new Case(
              "SELECT point('((0,0),(1,1))'::path)",
              List.of(14),
              "function point(path) does not exist"));

  private Connection connection;

  @BeforeAll
  void createDatabase() throws SQLException {
    connection = DriverManager.getConnection(TestDatabases.freshPostgresDatabase("versions"));
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE users (id bigint, email text, settings jsonb)");
    }
  }

  @AfterAll
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void defaultRange_acceptsWhatAnyVersionHas() {
    List<String> failures = new ArrayList<>();
    for (Case c : CASES) {
      List<Problem> problems = problems(c.sql, Dialects.postgresql());
      if (!problems.isEmpty()) {
        failures.add(c.sql + " -> " + problems);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void pinnedVersion_acceptsExactlyWhatItHas() {
    List<String> failures = new ArrayList<>();
    for (Case c : CASES) {
      for (int v = 14; v <= 18; v++) {
        List<Problem> problems = problems(c.sql, Dialects.byName("postgresql:" + v).orElseThrow());
        if (problems.isEmpty() != c.versions.contains(v)) {
          failures.add("postgresql:" + v + " " + c.sql + " -> " + problems);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void postgres15_rejectsWithPostgresMessage() {
    Dialect pg15 = Dialects.byName("postgresql:15").orElseThrow();
    List<String> failures = new ArrayList<>();
    for (Case c : CASES) {
      List<String> ours =
          problems(c.sql, pg15).stream().map(p -> p.severity() + " " + p.message()).toList();
      String expected =
          c.warning15() != null ? Severity.WARNING + " " + c.warning15() : "ERROR " + c.error15;
      if (!ours.equals(List.of(expected))) {
        failures.add(c.sql + " -> " + ours);
      }
      String theirs = prepare(c.sql);
      if (theirs == null || !theirs.startsWith("ERROR: " + c.error15)) {
        failures.add(c.sql + " on PostgreSQL 15 -> " + theirs);
      }
    }
    assertEquals(List.of(), failures);
  }

  private static List<Problem> problems(String sql, Dialect dialect) {
    return new QueryAnalyzer(TestCatalogs.library(), dialect).analyze(sql).problems();
  }

  /** PostgreSQL 15's error for PREPARE of {@code sql}, or null. */
  private String prepare(String sql) {
    try (Statement s = connection.createStatement()) {
      s.execute("PREPARE versions_probe AS " + sql);
      s.execute("DEALLOCATE versions_probe");
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }
}
