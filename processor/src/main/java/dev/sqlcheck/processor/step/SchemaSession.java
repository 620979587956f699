package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.sources.SourceProblem;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Loads the schema once per compilation, on first use, and reports option and schema problems once,
 * on the first repository that needed the schema. The reports are held back with that repository's
 * others (see {@link DeferredReports}), so they keep their place in the output. A source that is
 * missing, unreadable or invalid gives no catalog at all: sqlcheck never checks against part of a
 * schema.
 */
final class SchemaSession {
  private final Filer filer;
  private final Pipeline.Settings settings;
  private boolean loaded;
  private Catalog catalog;
  private List<String> sourceNames = List.of();
  private boolean empty;
  private List<Catalog.Change> newestChanges = List.of();

  /** Set by {@link #prefetch}: the sources found, and their load running on another thread. */
  private SchemaLocator.Result prefetched;

  private FutureTask<Loaded> prefetchedLoad;

  private Thread prefetchThread;

  /** A loaded schema and what the newest migration changed. */
  private record Loaded(SchemaLoadResult result, List<Catalog.Change> newestChanges) {}

  SchemaSession(Filer filer, Pipeline.Settings settings) {
    this.filer = filer;
    this.settings = settings;
  }

  /**
   * The catalog, or empty when the options or schema sources are unusable. Problems are added to
   * {@code reporter} the first time only.
   */
  Optional<Catalog> catalog(Element requester, DeferredReports reporter) {
    if (!loaded) {
      loaded = true;
      catalog = load(requester, reporter);
    }
    return Optional.ofNullable(catalog);
  }

  /**
   * Finds the schema sources (through the Filer, so on javac's thread) and starts loading them on a
   * daemon thread, so that the load overlaps the reading of the repositories; {@link #catalog}
   * takes the result. Does nothing when there is no spare core, or when finding the sources failed:
   * {@link #catalog} then does everything itself and reports what went wrong.
   */
  void prefetch(boolean spareCore) {
    if (loaded || prefetched != null || !spareCore || settings.optionError() != null) {
      return;
    }
    SchemaLocator.Result located =
        new SchemaLocator(filer, settings.placeholders()).locate(settings.schemaPaths());
    prefetched = located;
    if (located.error() != null || located.problems().stream().anyMatch(SourceProblem::isError)) {
      return;
    }
    SchemaLoader loader = newLoader();
    prefetchedLoad = new FutureTask<>(() -> load(loader, located));
    try {
      Thread t = new Thread(prefetchedLoad, "sqlcheck-schema");
      t.setDaemon(true);
      t.start();
      prefetchThread = t;
    } catch (OutOfMemoryError | SecurityException e) {
      prefetchedLoad = null; // only an optimisation: the load runs on javac's thread instead
    }
  }

  /**
   * Waits for the {@link #prefetch} thread, if any, to end; call before {@code process} returns.
   */
  void joinPrefetch() {
    AnalysisPool.join(prefetchThread);
    prefetchThread = null;
  }

  /** How the summary names the schema sources ({@code src/main/resources/schema.sql}). */
  List<String> sourceNames() {
    return sourceNames;
  }

  /** The number of tables and views in the loaded catalog (0 before or without one). */
  int relations() {
    return catalog == null ? 0 : catalog.relations().size();
  }

  /**
   * The renames and drops the newest migration made (empty for a plain script, or when it only
   * adds): the history of the final schema less the history of the schema before that migration.
   */
  List<Catalog.Change> newestChanges() {
    return newestChanges;
  }

  /** True when the schema loaded but defines no relation, not even one that failed to parse. */
  boolean isEmpty() {
    return empty;
  }

  private Catalog load(Element requester, DeferredReports reporter) {
    if (settings.optionError() != null) {
      reporter.report(Message.INVALID_OPTION.unpositioned(settings.optionError()), requester);
      return null;
    }
    SchemaLocator.Result located =
        prefetched != null
            ? prefetched
            : new SchemaLocator(filer, settings.placeholders()).locate(settings.schemaPaths());
    if (located.error() != null) {
      reporter.report(located.error(), requester);
      return null;
    }
    boolean unusable = false;
    for (SourceProblem p : located.problems()) {
      Message message =
          switch (p.kind()) {
            case MISSING -> Message.SCHEMA_SOURCE_MISSING;
            case INVALID -> Message.SCHEMA_SOURCE_INVALID;
            case SKIPPED -> Message.SCHEMA_SOURCE_SKIPPED;
          };
      reporter.report(message.unpositioned(p.toString()), requester);
      unusable |= p.isError();
    }
    if (unusable) {
      return null;
    }
    Loaded loaded = awaitPrefetched();
    if (loaded == null) {
      loaded = load(newLoader(), located);
    }
    SchemaLoadResult result = loaded.result();
    for (SchemaLoadResult.Diagnostic d : result.diagnostics()) {
      if (settings.disabled().contains(d.code())) {
        continue;
      }
      reporter.report(Problem.unpositioned(d.code(), d.location() + ": " + d.message()), requester);
    }
    sourceNames = located.names();
    empty = result.catalog().relations().isEmpty() && result.stats().failed() == 0;
    newestChanges = loaded.newestChanges();
    return result.catalog();
  }

  private SchemaLoader newLoader() {
    return new SchemaLoader(settings.dialect(), new AnalyzerViewColumns(settings.dialect()));
  }

  /** Loads the sources; needs no compiler, so it may run on another thread. */
  private static Loaded load(SchemaLoader loader, SchemaLocator.Result located) {
    SchemaLoadResult result = loader.loadSteps(located.steps());
    return new Loaded(result, NewestMigration.changes(loader, located, result.catalog()));
  }

  /** The prefetched load, or null when none was started; its failure is rethrown here. */
  private Loaded awaitPrefetched() {
    if (prefetchedLoad == null) {
      return null;
    }
    try {
      return AnalysisPool.await(prefetchedLoad);
    } catch (ExecutionException e) {
      throw AnalysisPool.unchecked(e.getCause());
    }
  }
}
