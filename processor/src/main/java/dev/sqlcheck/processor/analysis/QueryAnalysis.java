package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.Severity;
import java.util.List;

/**
 * What the analyser learned about one query.
 *
 * <ul>
 *   <li>{@code returnsRows}: a SELECT, or DML with RETURNING.
 *   <li>{@code resultColumns}: in order; only meaningful when {@code resultColumnsKnown}. Unknown
 *       when a {@code *} expands over a relation the catalog could not model, or the statement
 *       could not be analysed.
 *   <li>{@code parameters}: every {@code :name} occurrence, in order of appearance.
 *   <li>{@code problems}: errors and warnings, each reported once.
 *   <li>{@code references}: the catalog tables, views and columns the query uses (see {@link
 *       Reference}), each once, in the order they were resolved. It lists what the analyser
 *       resolved, so it may be incomplete where the query was not fully checked; it never names
 *       something the catalog does not have. Empty when nothing was resolved.
 * </ul>
 */
public record QueryAnalysis(
    StatementKind kind,
    boolean returnsRows,
    List<ResultColumn> resultColumns,
    boolean resultColumnsKnown,
    List<ParameterUse> parameters,
    List<Problem> problems,
    List<Reference> references) {

  public QueryAnalysis {
    resultColumns = List.copyOf(resultColumns);
    parameters = List.copyOf(parameters);
    problems = List.copyOf(problems);
    references = List.copyOf(references);
  }

  /** An analysis that resolved no catalog name (a failed parse, or a hand-made test value). */
  public QueryAnalysis(
      StatementKind kind,
      boolean returnsRows,
      List<ResultColumn> resultColumns,
      boolean resultColumnsKnown,
      List<ParameterUse> parameters,
      List<Problem> problems) {
    this(kind, returnsRows, resultColumns, resultColumnsKnown, parameters, problems, List.of());
  }

  /** The same analysis with other problems. */
  public QueryAnalysis withProblems(List<Problem> newProblems) {
    return new QueryAnalysis(
        kind, returnsRows, resultColumns, resultColumnsKnown, parameters, newProblems, references);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }
}
