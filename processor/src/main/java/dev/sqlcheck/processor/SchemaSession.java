package dev.sqlcheck.processor;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.diag.Problem;
import dev.sqlcheck.processor.diag.ProblemCode;
import dev.sqlcheck.processor.schema.Catalog;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Loads the schema once per compilation, on first use, and reports option and schema problems
 * once, on the first repository that needed the schema. The reports are held back with that
 * repository's others (see {@link DeferredReports}), so they keep their place in the output.
 */
final class SchemaSession {
  private final ProcessingEnvironment env;
  private boolean loaded;
  private Catalog catalog;
  private List<Path> files = List.of();

  SchemaSession(ProcessingEnvironment env) {
    this.env = env;
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

  /** The schema files read, for build tools that want to track them. */
  List<Path> files() {
    return files;
  }

  private Catalog load(Element requester, DeferredReports reporter) {
    ProcessorOptions options = ProcessorOptions.parse(env.getOptions());
    if (options.error() != null) {
      reporter.report(Problem.unpositioned(ProblemCode.INVALID_OPTION, options.error()), requester);
      return null;
    }
    SchemaLocator.Result located = new SchemaLocator(env.getFiler()).locate(options.schemaPaths());
    if (!located.found()) {
      reporter.report(
          Problem.unpositioned(ProblemCode.SCHEMA_NOT_FOUND, notFoundMessage(located)), requester);
      return null;
    }
    files = located.files();
    SchemaLoadResult result = new SchemaLoader(new AnalyzerViewColumns()).load(located.sources());
    for (SchemaLoadResult.Diagnostic d : result.diagnostics()) {
      reporter.report(
          Problem.unpositioned(d.code(), d.location() + ": " + d.message()), requester);
    }
    return result.catalog();
  }

  private static String notFoundMessage(SchemaLocator.Result located) {
    StringBuilder m =
        new StringBuilder("cannot load the schema: ").append(located.error()).append(". Looked in:");
    for (String place : located.tried()) {
      m.append("\n      ").append(place);
    }
    m.append(
        "\n    Put schema.sql in src/main/resources, or pass -Asqlcheck.schema=PATH[,PATH...]"
            + " (a .sql file or a folder of migrations) to the compiler.");
    return m.toString();
  }
}
