package dev.sqlcheck.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * What a list of configured schema sources amounts to: the steps to replay, in order; every file
 * that was read to find them (the fingerprint goal hashes exactly these); and the problems met.
 *
 * @param roots the configured sources, as given
 */
public record SourceSet(
    List<Path> roots, List<SchemaStep> steps, List<Path> files, List<SourceProblem> problems) {

  public SourceSet {
    roots = List.copyOf(roots);
    steps = List.copyOf(steps);
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /** True when a problem makes the schema unusable (missing or invalid sources). */
  public boolean hasErrors() {
    return problems.stream().anyMatch(SourceProblem::isError);
  }
}
