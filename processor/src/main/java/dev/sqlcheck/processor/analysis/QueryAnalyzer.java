package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
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

  /**
   * Loads and initialises the SQL parser by parsing a trivial query, so that a spare thread can pay
   * for the parser's class loading and verification (a few hundred milliseconds) while javac's
   * thread does other work. Never throws: a real parse reports any failure.
   */
  public static void warmUp() {
    try {
      QueryParser.parse("SELECT a FROM t WHERE b = 1");
    } catch (RuntimeException | LinkageError e) {
      // Nothing to report here; the same failure shows on the first real query.
    }
  }

  public QueryAnalysis analyze(String query) {
    return resolve(prepare(query));
  }

  /**
   * A query read without any catalog: scanned for parameters, lexed and parsed. Parsing is most of
   * an analysis, so it can start on another thread before the schema is loaded.
   */
  public static final class Prepared {
    private final String sql;
    private final NamedParameterScanner.Result scan;
    private final QueryRun.Parsed parsed;

    private Prepared(String sql, NamedParameterScanner.Result scan, QueryRun.Parsed parsed) {
      this.sql = sql;
      this.scan = scan;
      this.parsed = parsed;
    }
  }

  /** Reads a query for {@link #resolve(Prepared)}; it needs no catalog, so any thread may. */
  public static Prepared prepare(String query) {
    String sql = query == null ? "" : query;
    NamedParameterScanner.Result scan;
    try {
      scan = NamedParameterScanner.scan(sql);
    } catch (RuntimeException | StackOverflowError e) {
      return done(
          sql, null, failed(StatementKind.OTHER, List.of(), "the query could not be read: " + e));
    }
    try {
      return new Prepared(sql, scan, QueryRun.parse(sql, scan));
    } catch (StackOverflowError e) {
      return done(sql, scan, tooDeep(sql, scan));
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return done(sql, scan, crashed(sql, scan, e));
    }
  }

  /** Resolves a prepared query against this analyzer's catalog. */
  public QueryAnalysis resolve(Prepared query) {
    try {
      return new QueryRun(catalog, query.sql, query.scan).resolve(query.parsed);
    } catch (StackOverflowError e) {
      return tooDeep(query.sql, query.scan);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return crashed(query.sql, query.scan, e);
    }
  }

  /**
   * What is left of an analysis when the user opted out of checking
   * ({@code @SuppressWarnings("sqlcheck:unchecked")}): no problems, result columns unknown (mapped
   * by label at run time), parameter types unknown (bound by their Java type). How each parameter
   * is used ({@code IN (:ids)}, {@code = ANY(:ids)}) is kept, since binding depends on it.
   */
  public static QueryAnalysis unchecked(QueryAnalysis analysis, String sql) {
    List<ParameterUse> params = new ArrayList<>();
    for (ParameterUse p : analysis.parameters()) {
      params.add(
          new ParameterUse(
              p.name(),
              p.property(),
              p.start(),
              p.end(),
              dev.sqlcheck.processor.catalog.SqlType.UNKNOWN,
              p.context()));
    }
    // When the parser failed, only SELECT was taken to return rows; RETURNING says so too.
    boolean returnsRows =
        analysis.returnsRows()
            || SqlLexer.tokenize(sql).stream()
                .anyMatch(
                    t -> t.kind() == SqlToken.Kind.WORD && t.text().equalsIgnoreCase("returning"));
    return new QueryAnalysis(analysis.kind(), returnsRows, List.of(), false, params, List.of());
  }

  private static Prepared done(String sql, NamedParameterScanner.Result scan, QueryAnalysis a) {
    return new Prepared(sql, scan, new QueryRun.Parsed(a, null));
  }

  private static QueryAnalysis tooDeep(String sql, NamedParameterScanner.Result scan) {
    return failed(
        QueryRun.kindOf(SqlLexer.tokenize(sql)), scan, "the query is nested too deeply to analyse");
  }

  private static QueryAnalysis crashed(String sql, NamedParameterScanner.Result scan, Throwable e) {
    return failed(
        QueryRun.kindOf(SqlLexer.tokenize(sql)),
        scan,
        "the analyser failed on this query (" + e.getClass().getSimpleName() + ")");
  }

  private static QueryAnalysis failed(
      StatementKind kind, NamedParameterScanner.Result scan, String why) {
    return failed(kind, QueryRun.unknownParameters(scan), why);
  }

  private static QueryAnalysis failed(StatementKind kind, List<ParameterUse> params, String why) {
    List<Problem> problems = new ArrayList<>();
    problems.add(Problem.unpositioned(ProblemCode.NOT_FULLY_CHECKED, why));
    return new QueryAnalysis(
        kind, kind == StatementKind.SELECT, List.of(), false, params, problems);
  }

  /**
   * Problems in position order, unpositioned ones last; a second report of the same problem (the
   * same misspelled column used twice) is dropped, as PostgreSQL stops at the first.
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
