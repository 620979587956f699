package dev.sqlcheck;

import java.util.List;

/**
 * What {@link SqlCheck#verify} found: how many queries of how many repositories it checked against
 * which database, and one {@link Failure} for each query that no longer matches what was compiled.
 *
 * <pre>{@code
 * VerificationReport report = SqlCheck.verify(dataSource);
 * if (!report.ok()) {
 *   System.err.println(report);   // one line per failing query
 * }
 * }</pre>
 */
public final class VerificationReport {
  private final String database;
  private final int repositories;
  private final int queries;
  private final List<Failure> failures;

  VerificationReport(String database, int repositories, int queries, List<Failure> failures) {
    this.database = database;
    this.repositories = repositories;
    this.queries = queries;
    this.failures = List.copyOf(failures);
  }

  /**
   * A query that no longer matches the database: its repository (the interface's name as written in
   * source, {@code BookRepository} or {@code Outer.Inner}), its method ({@code findById}, with
   * parameter types when overloaded), and what differs, in the database's words where it refused
   * the query ({@code column "title" does not exist}). Several differences are joined with {@code
   * "; "}.
   */
  public record Failure(String repository, String method, String message) {
    /** {@code BookRepository.findById: column "title" does not exist}. */
    @Override
    public String toString() {
      return repository + "." + method + ": " + message;
    }
  }

  /** True when every query prepared and matched what was compiled. */
  public boolean ok() {
    return failures.isEmpty();
  }

  /** One entry per failing query, in repository and method order. */
  public List<Failure> failures() {
    return failures;
  }

  /** How many queries were checked. */
  public int queries() {
    return queries;
  }

  /** How many repositories were checked. */
  public int repositories() {
    return repositories;
  }

  /** The database checked, as its product name and version ({@code PostgreSQL 15.4}). */
  public String database() {
    return database;
  }

  /**
   * One line per failure, then a summary line: {@code sqlcheck: 2 of 40 queries (4 repositories) do
   * not match PostgreSQL 15.4}, or {@code sqlcheck: all 40 queries (4 repositories) match …}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    failures.forEach(f -> b.append(f).append('\n'));
    String of = queries + " quer" + (queries == 1 ? "y" : "ies");
    String repos = " (" + repositories + " repositor" + (repositories == 1 ? "y" : "ies") + ")";
    if (ok()) {
      b.append("sqlcheck: all ").append(of).append(repos).append(" match ").append(database);
    } else {
      b.append("sqlcheck: ")
          .append(failures.size())
          .append(" of ")
          .append(of)
          .append(repos)
          .append(failures.size() == 1 ? " does" : " do")
          .append(" not match ")
          .append(database);
    }
    return b.toString();
  }
}
