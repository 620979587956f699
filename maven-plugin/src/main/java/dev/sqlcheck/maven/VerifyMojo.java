package dev.sqlcheck.maven;

import dev.sqlcheck.SqlCheck;
import dev.sqlcheck.SqlCheckException;
import dev.sqlcheck.VerificationReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code sqlcheck:verify}: checks the module's compiled repositories against a live PostgreSQL
 * with {@link SqlCheck#verify}, as the command line does, and fails the build when a query no
 * longer matches. It prepares and describes each query in a read-only transaction that is rolled
 * back; nothing is executed.
 *
 * <pre>
 * mvn compile sqlcheck:verify -Dsqlcheck.jdbcUrl=jdbc:postgresql://db:5432/app -Dsqlcheck.user=app
 * </pre>
 *
 * A failing query fails the build (like exit code 1); no connection, or no compiled repository, is
 * an error (like exit code 2).
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class VerifyMojo extends DatabaseMojo {
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("sqlcheck verify skipped");
      return;
    }
    ProjectDatabase database = database();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(database.classLoader());
    VerificationReport report;
    try {
      report = SqlCheck.verify(database);
    } catch (SqlCheckException e) {
      throw new MojoExecutionException("sqlcheck: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(before);
    }
    for (VerificationReport.Failure f : report.failures()) {
      getLog().error(f.toString());
    }
    String summary = report.toString().lines().reduce((a, b) -> b).orElse("");
    if (!report.ok()) {
      throw new MojoFailureException(summary);
    }
    getLog().info(summary);
  }
}
