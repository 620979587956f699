package dev.sqlcheck.processor.oracle;

import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.analysis.ResultColumn;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * sqlcheck's verdict on a query: ERROR when any problem has severity ERROR, WARNED when it says
 * SQLCHECK-101 (not fully checked) and nothing worse, CLEAN otherwise; with its problems and its
 * inferred result columns ({@code null} types where it does not know them).
 */
record SqlcheckVerdict(
    Kind kind,
    List<String> problems,
    boolean columnsKnown,
    List<String> labels,
    List<String> types) {

  /** The three outcomes the promise is stated in. */
  enum Kind {
    ERROR,
    WARNED,
    CLEAN
  }

  static SqlcheckVerdict analyze(Catalog catalog, String sql) {
    QueryAnalysis a;
    try {
      a = new QueryAnalyzer(catalog, PostgresDialect.version(15)).analyze(sql);
    } catch (RuntimeException | StackOverflowError e) {
      // The processor would report this as an internal error, which fails the build.
      return new SqlcheckVerdict(
          Kind.ERROR, List.of("analyser threw " + e), false, List.of(), List.of());
    }
    List<String> problems = new ArrayList<>();
    boolean error = false;
    boolean warned = false;
    for (Problem p : a.problems()) {
      problems.add(p.code().code() + " " + p.message());
      error |= p.severity() == Severity.ERROR;
      warned |= p.code() == ProblemCode.NOT_FULLY_CHECKED;
    }
    List<String> labels = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (ResultColumn c : a.resultColumns()) {
      labels.add(c.label());
      types.add(c.type().isUnknown() ? null : c.type().toString());
    }
    Kind kind = error ? Kind.ERROR : warned ? Kind.WARNED : Kind.CLEAN;
    return new SqlcheckVerdict(kind, problems, a.resultColumnsKnown(), labels, types);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(kind.name());
    if (!problems.isEmpty()) {
      s.append(' ').append(problems);
    }
    if (kind != Kind.ERROR) {
      List<String> cols = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        cols.add(labels.get(i) + " " + (types.get(i) == null ? "?" : types.get(i)));
      }
      s.append(columnsKnown ? " columns " + cols : " columns unknown");
    }
    return s.toString();
  }
}
