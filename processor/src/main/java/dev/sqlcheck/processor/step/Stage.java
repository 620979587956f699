package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.collect.QueryMethod;
import dev.sqlcheck.processor.collect.RepositoryRead;
import dev.sqlcheck.processor.signature.SignatureValidator;
import java.util.List;
import java.util.concurrent.FutureTask;
import javax.lang.model.element.TypeElement;

/**
 * Where one repository stands between {@link RepositoryStep#prepare}, {@link RepositoryStep#attach}
 * and {@link RepositoryStep#finish}. Each stage is a value: a step returns the next one instead of
 * setting flags. Every stage carries the reports held back for the repository ({@link
 * DeferredReports}), made when it is finished so that the output keeps the order of a one-by-one
 * pass.
 *
 * <p>The tasks a stage holds touch no compiler object: they see SQL text, method models and the
 * immutable catalog only, so any thread of the {@link AnalysisPool} may run them.
 */
sealed interface Stage {
  TypeElement type();

  DeferredReports early();

  /** Nothing is left to do after the early reports. */
  record Stopped(TypeElement type, DeferredReports early) implements Stage {}

  /** Read on javac's thread; the first queries of a round are already being parsed. */
  record Read(TypeElement type, DeferredReports early, RepositoryRead read, List<Parse> parses)
      implements Stage {
    public Read {
      parses = List.copyOf(parses);
    }
  }

  /** No catalog could be loaded: only a stand-in is written. */
  record StandIn(TypeElement type, DeferredReports early) implements Stage {}

  /**
   * Being checked: one task per query and, for a complete repository, the task that renders its
   * implementation and manifest (its result is null when some query did not check clean).
   */
  record Checking(
      TypeElement type,
      DeferredReports early,
      RepositoryRead read,
      List<Check> checks,
      FutureTask<Rendered> render)
      implements Stage {
    public Checking {
      checks = List.copyOf(checks);
    }
  }

  /** A query method and, when it was started before the catalog existed, its parse. */
  record Parse(QueryMethod query, FutureTask<QueryAnalyzer.Prepared> parse) {}

  /**
   * A repository's implementation source and the run-time verifier's manifest ({@code manifest} is
   * null when it must be built on javac's thread: a Java enum whose constants the method models do
   * not list).
   */
  record Rendered(String source, ManifestStep.Resource manifest) {}

  /** A query method and its check. */
  record Check(QueryMethod query, FutureTask<Checked> task) {}

  /**
   * What checking one query found: its analysis, the signature check (null after errors), and, when
   * the plan reads a column into a primitive without a NULL guard, the same query analysed as if
   * every column allowed NULL ({@code relaxed}, else null): the run-time verifier's manifest uses
   * it to tell non-null columns the query proves itself from those only the schema promises.
   */
  record Checked(
      QueryAnalysis analysis, SignatureValidator.Result signature, QueryAnalysis relaxed) {
    Checked(QueryAnalysis analysis, SignatureValidator.Result signature) {
      this(analysis, signature, null);
    }
  }
}
