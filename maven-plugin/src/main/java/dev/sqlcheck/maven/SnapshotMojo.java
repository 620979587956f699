package dev.sqlcheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code sqlcheck:snapshot}: writes the tables, views, columns, types, enums and domains of a
 * live PostgreSQL database as a schema file sqlcheck reads, so that a team whose truth is the
 * production database can check its queries against it offline.
 *
 * <pre>
 * mvn sqlcheck:snapshot -Dsqlcheck.jdbcUrl=jdbc:postgresql://db:5432/app \
 *     -Dsqlcheck.snapshotFile=src/main/resources/schema.sql
 * </pre>
 *
 * It reads {@code pg_catalog} in a read-only transaction; an unchanged database gives an identical
 * file.
 */
@Mojo(name = "snapshot", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class SnapshotMojo extends DatabaseMojo {
  /** Where the schema file goes. */
  @Parameter(
      property = "sqlcheck.snapshotFile",
      defaultValue = "${project.build.directory}/sqlcheck/schema.sql")
  File snapshotFile;

  /** The schemas to write; all but PostgreSQL's own when empty. */
  @Parameter(property = "sqlcheck.schemas")
  List<String> schemas;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("sqlcheck snapshot skipped");
      return;
    }
    String text;
    try (Connection c = database().getConnection()) {
      text = new SchemaSnapshot(c).write(schemas == null ? List.of() : schemas);
    } catch (SQLException e) {
      throw new MojoExecutionException(
          "sqlcheck: cannot read the database " + displayUrl() + ": " + e.getMessage(), e);
    }
    Path file = snapshotFile.toPath();
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog().info("sqlcheck: wrote the schema of " + displayUrl() + " to " + file);
  }
}
