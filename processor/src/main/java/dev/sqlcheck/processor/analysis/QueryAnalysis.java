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
 * </ul>
 */
public record QueryAnalysis(
    StatementKind kind,
    boolean returnsRows,
    List<ResultColumn> resultColumns,
    boolean resultColumnsKnown,
    List<ParameterUse> parameters,
    List<Problem> problems) {

  public QueryAnalysis {
    resultColumns = List.copyOf(resultColumns);
    parameters = List.copyOf(parameters);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }
}
