package dev.sqlcheck.processor;

import dev.sqlcheck.processor.RepositoryStep.ImplName;
import dev.sqlcheck.processor.RepositoryStep.QueryMethod;
import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.analysis.QueryAnalyzer.Prepared;
import dev.sqlcheck.processor.codegen.RepositoryWriter;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.RepositoryPlan;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import javax.lang.model.element.TypeElement;

/**
 * One repository from {@link RepositoryStep#prepare} to {@link RepositoryStep#finish}: what
 * javac's thread read from it (held-back reports, each query method with its signature), and the
 * tasks that parse its queries, check them against the catalog and render its implementation.
 * The tasks touch no compiler object: they see SQL text, {@link MethodModel}s and the immutable
 * catalog only, so any thread may run them.
 */
final class RepositoryWork {
  /** What checking one query found: its analysis, and the signature check (null after errors). */
  record Checked(QueryAnalysis analysis, SignatureValidator.Result signature) {}

  /**
   * A query method as javac's thread read it: its signature ({@code model}, or what reading it
   * threw) and, for the first queries of a round, its parse, started before the catalog exists.
   */
  record ReadMethod(
      QueryMethod query, MethodModel model, Throwable modelError, FutureTask<Prepared> parse) {}

  /**
   * A query method and its check. {@code modelError} is what reading its signature threw, raised
   * only where a one-by-one pass would have read the signature (after a clean analysis).
   */
  record MethodWork(QueryMethod query, Throwable modelError, FutureTask<Checked> check) {
    static MethodWork of(ReadMethod read, QueryAnalyzer analyzer, Consumer<String> hook) {
      return new MethodWork(
          read.query(),
          read.modelError(),
          new FutureTask<>(() -> RepositoryWork.check(read, analyzer, hook)));
    }
  }

  final TypeElement type;
  final DeferredReports early = new DeferredReports();
  /** Nothing is left to do after the early reports. */
  boolean stopped;
  /** No catalog: only a stand-in is written. */
  boolean standIn;
  List<ReadMethod> read = List.of();
  List<MethodWork> methods = List.of();
  /** Every abstract method has a usable {@code @Query}. */
  boolean complete;
  /** Thrown reading the type after its methods; raised when a one-by-one pass would have. */
  Throwable lateError;
  ImplName impl;
  TypeRef ref;
  boolean annotateGenerated;
  /** The implementation's source text, or null when some query did not check clean. */
  FutureTask<String> render;

  RepositoryWork(TypeElement type) {
    this.type = type;
  }

  /** Queues the parses started before the catalog exists. */
  void submitParsesTo(AnalysisPool pool) {
    for (ReadMethod m : read) {
      if (m.parse() != null) {
        pool.submit(m.parse());
      }
    }
  }

  /** Prepares the task that renders the implementation once every query checked clean. */
  void renderLater(TypeRef ref, boolean annotateGenerated) {
    String simpleName = impl.simple();
    List<MethodWork> checks = methods;
    render = new FutureTask<>(() -> render(checks, ref, simpleName, annotateGenerated));
  }

  /** Queues the checks, then the rendering, on {@code pool}. */
  void submitTo(AnalysisPool pool) {
    for (MethodWork m : methods) {
      pool.submit(m.check());
    }
    if (render != null) {
      pool.submit(render);
    }
  }

  private static Checked check(ReadMethod read, QueryAnalyzer analyzer, Consumer<String> hook)
      throws ExecutionException {
    String sql = read.query().sql();
    Prepared prepared =
        read.parse() == null ? QueryAnalyzer.prepare(sql) : AnalysisPool.await(read.parse());
    hook.accept(sql);
    QueryAnalysis analysis = analyzer.resolve(prepared);
    if (read.query().unchecked()) {
      analysis = QueryAnalyzer.unchecked(analysis, sql);
    }
    if (analysis.hasErrors() || read.model() == null) {
      return new Checked(analysis, null); // a signature cannot be checked against broken SQL
    }
    return new Checked(analysis, SignatureValidator.validate(read.model(), analysis));
  }

  private static String render(
      List<MethodWork> checks, TypeRef ref, String simpleName, boolean annotateGenerated)
      throws ExecutionException {
    List<MethodPlan> plans = new ArrayList<>();
    for (MethodWork m : checks) {
      Checked checked = AnalysisPool.await(m.check());
      if (checked.signature() == null || checked.signature().plan() == null) {
        return null;
      }
      plans.add(checked.signature().plan());
    }
    return RepositoryWriter.write(new RepositoryPlan(ref, simpleName, plans), annotateGenerated)
        .toString();
  }
}
