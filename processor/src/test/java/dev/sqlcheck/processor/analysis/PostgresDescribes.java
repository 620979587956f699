package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The analyser's verdicts and result columns next to what PostgreSQL says of the same query. */
final class PostgresDescribes {
  private PostgresDescribes() {}

  /**
   * For each query: its problems here if it has any, else where its result columns (label and type;
   * {@code ?} where sqlcheck does not know the type) differ from PostgreSQL's description. Empty
   * when all agree.
   */
  static List<String> differences(Catalog catalog, Connection c, List<String> queries)
      throws SQLException {
    List<String> failures = new ArrayList<>();
    for (String sql : queries) {
      QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
      if (!a.problems().isEmpty()) {
        failures.add(sql + " -> " + a.problems());
        continue;
      }
      List<String> ours = new ArrayList<>();
      a.resultColumns()
          .forEach(
              r -> ours.add(r.label() + ":" + ResultColumnsAgreeWithPostgresTest.pgName(r.type())));
      List<String> theirs = new ArrayList<>();
      String jdbc = PostgresPlaceholders.positional(sql).replaceAll("\\$\\d+", "?");
      try (PreparedStatement ps = c.prepareStatement(jdbc)) {
        ResultSetMetaData md = ps.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          boolean unknown = ours.size() >= i && ours.get(i - 1).endsWith(":?");
          theirs.add(md.getColumnLabel(i) + ":" + (unknown ? "?" : md.getColumnTypeName(i)));
        }
      }
      if (!ours.equals(theirs)) {
        failures.add(sql + "\n   ours:   " + ours + "\n   theirs: " + theirs);
      }
    }
    return failures;
  }

  /**
   * For each query meant to be invalid: where PostgreSQL prepares it, or the analyser does not
   * report the expected problem. Empty when both reject every one.
   */
  static List<String> invalidDisagreements(
      Catalog catalog, Connection c, java.util.Map<String, ProblemCode> invalid) {
    List<String> failures = new ArrayList<>();
    for (java.util.Map.Entry<String, ProblemCode> e : invalid.entrySet()) {
      List<Problem> problems = new QueryAnalyzer(catalog).analyze(e.getKey()).problems();
      String pg = prepareError(c, e.getKey());
      if (problems.stream().noneMatch(p -> p.code() == e.getValue()) || pg == null) {
        failures.add(e.getKey() + " -> " + problems + "; PostgreSQL: " + pg);
      }
    }
    return failures;
  }

  /**
   * For each query meant to be valid and fully checked (any statement, with or without a result):
   * where PostgreSQL refuses it or the analyser reports anything. Empty when all agree.
   */
  static List<String> cleanDisagreements(Catalog catalog, Connection c, List<String> queries) {
    List<String> failures = new ArrayList<>();
    for (String sql : queries) {
      List<Problem> problems = new QueryAnalyzer(catalog).analyze(sql).problems();
      String pg = prepareError(c, sql);
      if (pg != null || !problems.isEmpty()) {
        failures.add(sql + " -> PostgreSQL: " + pg + "; sqlcheck: " + problems);
      }
    }
    return failures;
  }

  /**
   * For each query sqlcheck should only warn about: where the analyser reports anything but one
   * warning whose message contains one of {@code expected}, or where PostgreSQL's verdict is not
   * {@code postgresAccepts}. Empty when all agree.
   */
  static List<String> warnedDisagreements(
      Catalog catalog,
      Connection c,
      List<String> queries,
      boolean postgresAccepts,
      String... expected) {
    List<String> failures = new ArrayList<>();
    for (String sql : queries) {
      List<Problem> problems = new QueryAnalyzer(catalog).analyze(sql).problems();
      String pg = prepareError(c, sql);
      boolean warned =
          problems.size() == 1
              && problems.get(0).severity() == Severity.WARNING
              && java.util.Arrays.stream(expected).anyMatch(problems.get(0).message()::contains);
      if ((pg == null) != postgresAccepts || !warned) {
        failures.add(sql + " -> PostgreSQL: " + pg + "; sqlcheck: " + problems);
      }
    }
    return failures;
  }

  /**
   * A verdict of PostgreSQL's beyond PREPARE: the error of running or planning a query, or null.
   */
  interface RunJudge {
    String error(String sql) throws SQLException;
  }

  /**
   * For each query meant to run: where {@code judge} (planning or running it) fails, or the
   * analyser reports anything. Empty when all agree.
   */
  static List<String> cleanWhenRun(Catalog catalog, List<String> queries, RunJudge judge)
      throws SQLException {
    List<String> failures = new ArrayList<>();
    for (String sql : queries) {
      List<Problem> problems = new QueryAnalyzer(catalog).analyze(sql).problems();
      String pg = judge.error(sql);
      if (pg != null || !problems.isEmpty()) {
        failures.add(sql + " -> PostgreSQL: " + pg + "; sqlcheck: " + problems);
      }
    }
    return failures;
  }

  /**
   * For each query PREPARE accepts but that fails when planned or run: where PREPARE refuses it,
   * {@code judge} does not fail it with {@code pgText}, or the analyser reports anything but {@code
   * code}. Empty when all agree.
   */
  static List<String> failingWhenRun(
      Catalog catalog,
      Connection c,
      List<String> queries,
      RunJudge judge,
      String pgText,
      ProblemCode code)
      throws SQLException {
    List<String> failures = new ArrayList<>();
    for (String sql : queries) {
      List<Problem> problems = new QueryAnalyzer(catalog).analyze(sql).problems();
      String pg = judge.error(sql);
      boolean reported = !problems.isEmpty() && problems.stream().allMatch(p -> p.code() == code);
      if (pg == null || !pg.contains(pgText) || !reported || prepareError(c, sql) != null) {
        failures.add(sql + " -> PostgreSQL: " + pg + "; sqlcheck: " + problems);
      }
    }
    return failures;
  }

  /** PostgreSQL's error for {@code PREPARE} of the query ({@code :name} as {@code $n}), or null. */
  /**
   * Where sqlcheck's verdict is not PostgreSQL's: a query PostgreSQL prepares that has an error
   * here, or one it refuses that has none. Empty when they agree on every query.
   */
  static List<String> verdictDisagreements(Catalog catalog, Connection c, List<String> queries) {
    List<String> failures = new ArrayList<>();
    for (String sql : queries) {
      List<Problem> errors =
          new QueryAnalyzer(catalog)
              .analyze(sql).problems().stream()
                  .filter(p -> p.severity() == Severity.ERROR)
                  .toList();
      String pg = prepareError(c, sql);
      if ((pg == null) != errors.isEmpty()) {
        failures.add(sql + "\n   PostgreSQL: " + pg + "\n   sqlcheck:   " + errors);
      }
    }
    return failures;
  }

  static String prepareError(Connection c, String sql) {
    try (Statement s = c.createStatement()) {
      s.execute("PREPARE q AS " + PostgresPlaceholders.positional(sql));
      s.execute("DEALLOCATE q");
      return null;
    } catch (SQLException ex) {
      return ex.getMessage();
    }
  }
}
