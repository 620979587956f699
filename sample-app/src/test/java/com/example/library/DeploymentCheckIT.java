package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.library.db.Database;
import com.example.library.db.SimpleDataSource;
import dev.sqlcheck.SqlCheck;
import dev.sqlcheck.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The pre-deployment check of the README, done three ways on the same databases: the API ({@code
 * SqlCheck.verify}), the command line on the packaged jar, and the Maven goal {@code
 * sqlcheck:verify} in a nested build. A clean database passes all three; after a column is renamed
 * in the live database, all three report the same failures, and the command line and the goal fail.
 */
class DeploymentCheckIT {
  private static final String DRIFT =
      "ALTER TABLE "
          + Database.PG_SCHEMA
          + ".books RENAME COLUMN published_year TO publication_year";

  @Test
  void cleanThenDriftedDatabase_apiCommandLineAndMavenGoal_agree() throws Exception {
    String jar = required("sqlcheck.it.jar");
    Path work = Path.of(required("sqlcheck.it.work"));
    NestedMaven maven = new NestedMaven(work);
    Path project = NestedMaven.copySample(work.resolve("deployment-check"));
    NestedMaven.Run compiled = maven.run(project, "-q", "compile");
    assertTrue(compiled.succeeded(), compiled.output());

    String url = PostgresForTests.freshDatabase("sqlcheck_sample_deploy");
    try {
      checkThreeWays(jar, maven, project, url);
    } finally {
      try (Connection c = DriverManager.getConnection(System.getenv("SQLCHECK_TEST_POSTGRES_URL"));
          Statement s = c.createStatement()) {
        s.execute(
            "DROP DATABASE IF EXISTS sqlcheck_sample_deploy_"
                + ProcessHandle.current().pid()
                + " WITH (FORCE)");
      }
    }
  }

  private static void checkThreeWays(String jar, NestedMaven maven, Path project, String url)
      throws Exception {
    Database.postgres(url); // the library's tables, in their own schema
    String schemaUrl =
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + Database.PG_SCHEMA;

    VerificationReport clean = SqlCheck.verify(new SimpleDataSource(schemaUrl));
    assertTrue(clean.ok(), clean.toString());
    assertEquals(40, clean.queries());
    assertEquals(0, commandLine(jar, schemaUrl).exit(), "command line on a clean database");
    NestedMaven.Run goal = maven.run(project, "sqlcheck:verify", "-Dsqlcheck.jdbcUrl=" + schemaUrl);
    assertTrue(goal.succeeded(), goal.output());
    assertTrue(
        goal.output().contains("sqlcheck: all 40 queries (4 repositories) match"), goal.output());

    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(DRIFT);
    }
    VerificationReport drifted = SqlCheck.verify(new SimpleDataSource(schemaUrl));
    List<String> failures = drifted.failures().stream().map(Object::toString).toList();
    assertFalse(failures.isEmpty());
    assertTrue(failures.stream().allMatch(f -> f.contains("published_year")), failures.toString());

    Cli cli = commandLine(jar, schemaUrl);
    assertEquals(1, cli.exit(), cli.out());
    assertEquals(drifted.toString().strip(), cli.out().strip());

    NestedMaven.Run failed =
        maven.run(project, "sqlcheck:verify", "-Dsqlcheck.jdbcUrl=" + schemaUrl);
    assertFalse(failed.succeeded(), failed.output());
    for (String failure : failures) {
      assertTrue(failed.output().contains("[ERROR] " + failure), failure + "\n" + failed.output());
    }
    assertTrue(failed.output().contains("BUILD FAILURE"), failed.output());
  }

  /** What the command line printed and returned. */
  record Cli(int exit, String out) {}

  /** {@code java -cp sample-app.jar dev.sqlcheck.SqlCheck --jdbc-url …}, as a pipeline runs it. */
  private static Cli commandLine(String jar, String url) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                jar,
                "dev.sqlcheck.SqlCheck",
                "--jdbc-url",
                url));
    Path out = Files.createTempFile("sqlcheck-cli", ".out");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .redirectOutput(out.toFile())
              .start();
      assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the command line did not finish");
      return new Cli(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    Assumptions.assumeTrue(value != null, property + " is not set: this test runs in `mvn verify`");
    return value;
  }
}
