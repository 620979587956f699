package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Loads the schema once per compilation, on first use, and reports option and schema problems once,
 * on the first repository that needed the schema. The reports are held back with that repository's
 * others (see {@link DeferredReports}), so they keep their place in the output.
 */
final class SchemaSession {
  private final Filer filer;
  private final Pipeline.Settings settings;
  private boolean loaded;
  private Catalog catalog;

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

  private Catalog load(Element requester, DeferredReports reporter) {
    if (settings.optionError() != null) {
      reporter.report(Message.INVALID_OPTION.unpositioned(settings.optionError()), requester);
      return null;
    }
    SchemaLocator.Result located = new SchemaLocator(filer).locate(settings.schemaPaths());
    if (!located.found()) {
      StringBuilder places = new StringBuilder();
      for (String place : located.tried()) {
        places.append("\n      ").append(place);
      }
      reporter.report(Message.SCHEMA_NOT_FOUND.unpositioned(located.error(), places), requester);
      return null;
    }
    SchemaLoadResult result =
        new SchemaLoader(settings.dialect(), new AnalyzerViewColumns(settings.dialect()))
            .load(located.sources());
    for (SchemaLoadResult.Diagnostic d : result.diagnostics()) {
      reporter.report(Problem.unpositioned(d.code(), d.location() + ": " + d.message()), requester);
    }
    return result.catalog();
  }
}
