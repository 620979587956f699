package dev.sqlcheck.maven;

import java.net.MalformedURLException;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that talk to a live database share: where it is ({@code -Dsqlcheck.jdbcUrl}), who
 * connects ({@code -Dsqlcheck.user}, {@code -Dsqlcheck.password} or the environment variable {@code
 * SQLCHECK_PASSWORD}), how long a connection may take, and the module's run-time class path, which
 * holds the JDBC driver.
 */
abstract class DatabaseMojo extends AbstractMojo {
  /** The JDBC URL of the database, for example {@code jdbc:postgresql://db:5432/app}. */
  @Parameter(property = "sqlcheck.jdbcUrl", required = true)
  String jdbcUrl;

  /** The user to connect as; may also be in the URL. */
  @Parameter(property = "sqlcheck.user")
  String user;

  /** The password; defaults to the environment variable {@code SQLCHECK_PASSWORD}. */
  @Parameter(property = "sqlcheck.password")
  String password;

  /** Seconds to wait for a connection. */
  @Parameter(property = "sqlcheck.timeout", defaultValue = "10")
  int timeout;

  /** Skips the goal. */
  @Parameter(property = "sqlcheck.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The URL without its parameters, which may hold a password: for messages. */
  String displayUrl() {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
  }

  ProjectDatabase database() throws MojoExecutionException {
    try {
      return new ProjectDatabase(
          project.getRuntimeClasspathElements(), jdbcUrl, user, password, timeout);
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException(
          "cannot build the module's class path: " + e.getMessage(), e);
    }
  }
}
