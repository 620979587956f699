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
    SchemaLocator.Result located = new SchemaLocator(filer).locate(settings.schemaPaths());
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
    SchemaLoader loader =
        new SchemaLoader(settings.dialect(), new AnalyzerViewColumns(settings.dialect()));
    SchemaLoadResult result = loader.loadSteps(located.steps());
    for (SchemaLoadResult.Diagnostic d : result.diagnostics()) {
      if (settings.disabled().contains(d.code())) {
        continue;
      }
      reporter.report(Problem.unpositioned(d.code(), d.location() + ": " + d.message()), requester);
    }
    sourceNames = located.names();
    empty = result.catalog().relations().isEmpty() && result.stats().failed() == 0;
    newestChanges = NewestMigration.changes(loader, located, result.catalog());
    return result.catalog();
  }
}
