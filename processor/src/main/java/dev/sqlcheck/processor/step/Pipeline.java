package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.collect.RepositoryReader;
import dev.sqlcheck.processor.collect.RoundElements;
import dev.sqlcheck.processor.collect.StrayQueries;
import dev.sqlcheck.processor.dialect.Dialect;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.signature.SignatureValidator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Runs sqlcheck over the rounds of one compilation: finds {@code @SqlRepository} types, hands each
 * to {@link RepositoryStep}, defers by name those whose signatures mention types not generated yet,
 * and turns any exception into an {@code SQLCHECK-000} error on the type that caused it, so one
 * failure never stops the others nor crashes the compiler.
 *
 * <p>Each round first reads every repository on javac's thread while a small pool of daemon threads
 * (see {@link AnalysisPool}) starts parsing their queries, then loads the schema, then lets the
 * pool check every query against it while javac's thread reports and writes the results in order.
 * The pool is closed before the round returns.
 */
public final class Pipeline {
  static final String SQL_REPOSITORY = "dev.sqlcheck.SqlRepository";
  static final String QUERY = "dev.sqlcheck.Query";

  /**
   * What the processor options decided: the SQL dialect, the schema paths ({@code
   * -Asqlcheck.schema}, empty for the default), an option error to report on the first repository
   * (or null), the number of checking threads (0: {@link AnalysisPool#defaultThreads()}), the lints
   * switched off, and the values of Flyway's placeholders ({@code -Asqlcheck.placeholders}).
   */
  public record Settings(
      Dialect dialect,
      List<String> schemaPaths,
      String optionError,
      int threads,
      Set<ProblemCode> disabled,
      Map<String, String> placeholders) {
    public Settings {
      schemaPaths = List.copyOf(schemaPaths);
      disabled = Set.copyOf(disabled);
      placeholders = Map.copyOf(placeholders);
    }
  }

  private final ProcessingEnvironment env;
  private final int threads;
  private final SchemaSession schema;
  private final Dialect dialect;
  private final Reporter reporter;
  private final RepositoryReader reader;
  private final RepositoryStep step;
  private final StrayQueries strays;

  /** Names already handled: ecj may offer the same type again in a later round. */
  private final Set<String> done = new LinkedHashSet<>();

  /** Names waiting for types that a later round may generate. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** The parser's warm-up was started (once per compilation, with the first repository). */
  private boolean warmedUp;

  /** {@code beforeAnalysis} sees each query's SQL on the thread about to analyse it (tests). */
  public Pipeline(ProcessingEnvironment env, Settings settings, Consumer<String> beforeAnalysis) {
    this.env = env;
    this.threads = settings.threads() > 0 ? settings.threads() : AnalysisPool.defaultThreads();
    this.dialect = settings.dialect();
    this.reporter = new Reporter(env.getMessager());
    this.reader = new RepositoryReader(env.getElementUtils(), env.getTypeUtils());
    SourceWriter writer = new SourceWriter(env.getFiler(), reporter);
    this.schema = new SchemaSession(env.getFiler(), settings);
    this.step =
        new RepositoryStep(
            reader,
            reporter,
            schema,
            new SignatureValidator(settings.dialect()),
            writer,
            settings.dialect(),
            new ManifestStep(settings.dialect(), reader, writer),
            settings.disabled(),
            beforeAnalysis);
    this.strays = new StrayQueries(env.getElementUtils(), env.getTypeUtils());
  }

  /** Handles one round; never throws. */
  public void round(RoundEnvironment round) {
    List<Stage> stages = new ArrayList<>();
    RoundElements annotated = null;
    Thread warmUp = null;
    try (AnalysisPool pool = AnalysisPool.open(threads)) {
      try {
        reader.addRoundRoots(round.getRootElements());
        annotated = annotated(round);
        Set<String> names = repositoryNames(annotated);
        if (!warmedUp && !names.isEmpty()) {
          warmedUp = true;
          warmUp = AnalysisPool.warmUp(threads, dialect);
          schema.prefetch(threads > 1);
        }
        for (String name : names) {
          prepareOne(name, round.processingOver(), stages, pool);
        }
      } catch (RuntimeException | Error e) {
        stages.add(failed(null, e));
      }
      finishAll(stages, pool);
    } finally {
      AnalysisPool.join(warmUp);
      schema.joinPrefetch();
    }
    try {
      reportStrays(annotated != null ? annotated : annotated(round), round.processingOver());
      if (round.processingOver()) {
        step.migrationWarnings().forEach(reporter::report);
        String summary = step.summaryLine();
        if (summary != null) {
          reporter.note(summary);
        }
      }
    } catch (RuntimeException | Error e) {
      reporter.internalError(e, null);
    }
  }

  /** SQLCHECK-503: {@code @Query} methods no generated class will ever implement. */
  private void reportStrays(RoundElements annotated, boolean lastRound) {
    List<StrayQueries.Stray> found = new ArrayList<>(strays.round(annotated.queries()));
    if (lastRound) {
      found.addAll(strays.finish(done));
    }
    for (StrayQueries.Stray s : found) {
      reporter.report(s.problem(), null, s.method(), s.query(), null);
    }
  }

  /** The round's repositories and {@code @Query} methods, in one walk of its types. */
  private RoundElements annotated(RoundEnvironment round) {
    return RoundElements.of(
        round.getRootElements(),
        env.getElementUtils().getTypeElement(SQL_REPOSITORY),
        env.getElementUtils().getTypeElement(QUERY));
  }

  private Set<String> repositoryNames(RoundElements annotated) {
    Set<String> names = new LinkedHashSet<>(deferred);
    deferred.clear();
    for (TypeElement type : annotated.repositories()) {
      names.add(type.getQualifiedName().toString());
    }
    return names;
  }

  private void prepareOne(String name, boolean lastRound, List<Stage> stages, AnalysisPool pool) {
    if (done.contains(name)) {
      return;
    }
    TypeElement type = env.getElementUtils().getTypeElement(name);
    if (type == null) {
      return;
    }
    try {
      if (!lastRound && step.needsLaterRound(type)) {
        deferred.add(name);
        return;
      }
      done.add(name);
      stages.add(step.prepare(type, pool));
    } catch (RuntimeException | Error e) {
      done.add(name);
      stages.add(failed(type, e));
    }
  }

  /** A repository (or, with a null type, the round) that failed: reported in its place. */
  private static Stage failed(TypeElement type, Throwable e) {
    DeferredReports early = new DeferredReports();
    early.internalError(e, type);
    return new Stage.Stopped(type, early);
  }

  /**
   * Loads the catalog and queues every query's check (javac's thread, in order), then reports and
   * writes each repository in order as its results come in.
   */
  private void finishAll(List<Stage> stages, AnalysisPool pool) {
    try {
      for (int i = 0; i < stages.size(); i++) {
        stages.set(i, step.attach(stages.get(i), pool));
      }
      for (int i = 0; i < stages.size(); i++) {
        Stage stage = stages.get(i);
        stages.set(i, null); // let the analyses of finished repositories be collected
        try {
          step.finish(stage);
        } catch (RuntimeException | Error e) {
          reporter.internalError(e, stage.type());
        }
      }
    } catch (RuntimeException | Error e) {
      reporter.internalError(e, null);
    }
  }
}
