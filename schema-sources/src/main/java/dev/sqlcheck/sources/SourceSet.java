package dev.sqlcheck.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * What a list of configured schema sources amounts to: the steps to replay, in order; every file
 * that was read to find them (the fingerprint goal hashes exactly these); and the problems met.
 *
 * @param roots the configured sources, as given
 * @param migrations the migrations among the steps, in order: Flyway versioned files and Liquibase
 *     changesets (empty for a plain {@code .sql} file)
 */
public record SourceSet(
    List<Path> roots,
    List<SchemaStep> steps,
    List<Path> files,
    List<SourceProblem> problems,
    List<Migration> migrations) {

  public SourceSet {
    roots = List.copyOf(roots);
    steps = List.copyOf(steps);
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    migrations = List.copyOf(migrations);
  }

  /** A set of plain scripts, with no migrations. */
  public SourceSet(
      List<Path> roots, List<SchemaStep> steps, List<Path> files, List<SourceProblem> problems) {
    this(roots, steps, files, problems, List.of());
  }

  /** True when a problem makes the schema unusable (missing or invalid sources). */
  public boolean hasErrors() {
    return problems.stream().anyMatch(SourceProblem::isError);
  }
}
