package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.diag.Problem;
import dev.sqlcheck.processor.diag.ProblemCode;
import dev.sqlcheck.processor.schema.Catalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves every table and column a query references, in every clause, against a {@link Catalog}
 * and the query's own scopes (aliases, CTEs, derived tables, output aliases). Never throws: SQL it
 * cannot model yields a {@code NOT_FULLY_CHECKED} warning.
 */
public final class QueryAnalyzer {
  private final Catalog catalog;

  public QueryAnalyzer(Catalog catalog) {
    this.catalog = catalog;
  }

  public QueryAnalysis analyze(String query) {
    String sql = query == null ? "" : query;
    NamedParameterScanner.Result scan;
    try {
      scan = NamedParameterScanner.scan(sql);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(StatementKind.OTHER, List.of(), "the query could not be read: " + e);
    }
    try {
      return new QueryRun(catalog, sql, scan).run();
    } catch (StackOverflowError e) {
      return failed(QueryRun.kindOf(SqlLexer.tokenize(sql)), scan,
          "the query is nested too deeply to analyse");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return failed(QueryRun.kindOf(SqlLexer.tokenize(sql)), scan,
          "the analyser failed on this query (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static QueryAnalysis failed(StatementKind kind, NamedParameterScanner.Result scan,
      String why) {
    return failed(kind, QueryRun.unknownParameters(scan), why);
  }

  private static QueryAnalysis failed(StatementKind kind, List<ParameterUse> params, String why) {
    List<Problem> problems = new ArrayList<>();
    problems.add(Problem.unpositioned(ProblemCode.NOT_FULLY_CHECKED, why));
    return new QueryAnalysis(kind, kind == StatementKind.SELECT, List.of(), false, params,
        problems);
  }

  /**
   * Problems in position order, unpositioned ones last; a second report of the same problem
   * (the same misspelled column used twice) is dropped, as PostgreSQL stops at the first.
   */
  static List<Problem> sorted(List<Problem> problems) {
    List<Problem> all = new ArrayList<>(problems);
    all.sort(Comparator.comparingInt(p -> p.start() < 0 ? Integer.MAX_VALUE : p.start()));
    List<Problem> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Problem p : all) {
      if (seen.add(p.code() + "|" + p.message())) {
        out.add(p);
      }
    }
    return out;
  }
}
