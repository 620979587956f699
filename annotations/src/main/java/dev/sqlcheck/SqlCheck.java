package dev.sqlcheck;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks the queries compiled into {@code @SqlRepository} implementations against a live PostgreSQL
 * database, for example before a deployment or in a DAO test. Every query is prepared and
 * described, never run, inside a read-only transaction that is rolled back: no data and no sequence
 * changes. A query fails when the database refuses it (a missing table or column, in its own
 * words), when a result column the mapping reads moved, changed to a type that no longer converts
 * to its Java type, or allows NULL now under a primitive, when a parameter the compiler typed no
 * longer takes the bound Java type, or when an enum lost a label a Java constant binds (or gained
 * one the Java enum cannot read).
 *
 * <pre>{@code
 * VerificationReport report = SqlCheck.verify(dataSource);                        // every repository
 * VerificationReport report = SqlCheck.verify(dataSource, BookRepository.class);  // only these
 * report.ok();              // true when every query matches
 * report.failures();        // one entry per failing query
 * System.out.println(report);
 * // BookRepository.findById: column "title" does not exist
 * // sqlcheck: 1 of 12 queries (2 repositories) do not match PostgreSQL 15.4
 * }</pre>
 *
 * <p>What was compiled is read from the resources the processor writes next to each implementation
 * ({@code META-INF/sqlcheck/repositories/<interface>}); nothing is scanned by reflection. From the
 * command line, for a deployment pipeline:
 *
 * <pre>
 * java -cp "app.jar:postgresql.jar" dev.sqlcheck.SqlCheck --jdbc-url jdbc:postgresql://db/app --user app
 * </pre>
 *
 * exits 0 when every query matches, 1 when any fails, and 2 when it cannot connect (within {@code
 * --timeout} seconds, 10 by default) or finds no repository.
 */
public final class SqlCheck {
  private SqlCheck() {}

  /**
   * Verifies every repository compiled into the class path (of the thread's context class loader,
   * else of this class).
   *
   * @throws SqlCheckException when no connection can be had, the database is not PostgreSQL, or no
   *     repository is found
   */
  public static VerificationReport verify(DataSource dataSource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Manifest> manifests =
        manifests(() -> Manifests.all(loader != null ? loader : SqlCheck.class.getClassLoader()));
    if (manifests.isEmpty()) {
      throw new SqlCheckException(
          "no @SqlRepository compiled by sqlcheck was found on the class path (looked for "
              + Manifests.DIRECTORY
              + "*); put the application's classes on the class path, and compile them with"
              + " sqlcheck-processor");
    }
    return verify(dataSource, manifests);
  }

  /**
   * Verifies only these repositories.
   *
   * @throws IllegalArgumentException when a class is not a repository compiled by sqlcheck
   * @throws SqlCheckException when no connection can be had, or the database is not PostgreSQL
   */
  public static VerificationReport verify(DataSource dataSource, Class<?>... repositories) {
    if (repositories.length == 0) {
      throw new IllegalArgumentException("no repository given; use verify(dataSource) for all");
    }
    return verify(dataSource, manifests(() -> Manifests.of(repositories)));
  }

  /**
   * The command line: {@code --jdbc-url URL [--user U] [--password P] [--timeout SECONDS]}. Prints
   * the report and exits 0 when every query matches, 1 when any fails, 2 when it cannot connect or
   * finds no repository. Without {@code --password}, the environment variable {@code
   * SQLCHECK_PASSWORD} is used, which keeps the password out of the process list.
   */
  public static void main(String[] args) {
    System.exit(CommandLine.run(args, System.out, System.err));
  }

  private static VerificationReport verify(DataSource dataSource, List<Manifest> manifests) {
    int queries = manifests.stream().mapToInt(m -> m.queries().size()).sum();
    Connection opened;
    try {
      opened = dataSource.getConnection();
    } catch (SQLException e) {
      throw new SqlCheckException("cannot connect to the database: " + e.getMessage(), e);
    }
    try (Connection connection = opened) {
      String database = LiveVerifier.describeDatabase(connection);
      List<VerificationReport.Failure> failures = new LiveVerifier(connection).verify(manifests);
      return new VerificationReport(database, manifests.size(), queries, failures);
    } catch (SQLException e) {
      throw new SqlCheckException("cannot verify against the database: " + e.getMessage(), e);
    }
  }

  /** Reads manifests, turning an unreadable one into a {@link SqlCheckException}. */
  private static List<Manifest> manifests(java.util.function.Supplier<List<Manifest>> read) {
    try {
      return read.get();
    } catch (UncheckedIOException e) {
      throw new SqlCheckException(e.getMessage());
    }
  }
}
