package dev.sqlcheck.processor.schema;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;

/**
 * The catalog built from the schema sources, plus what went wrong on the way and some counts for
 * reports.
 */
public record SchemaLoadResult(Catalog catalog, List<Diagnostic> diagnostics, Stats stats) {

  public SchemaLoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A problem in a schema source, located by file and line. */
  public record Diagnostic(ProblemCode code, SourceLocation location, String message) {
    @Override
    public String toString() {
      return location + ": [" + code.code() + "] " + message;
    }
  }

  /**
   * Counts: statements seen, parsed (they shaped the catalog), skipped (cannot change the catalog),
   * failed (could have, but did not parse).
   */
  public record Stats(int statements, int parsed, int skipped, int failed) {}
}
