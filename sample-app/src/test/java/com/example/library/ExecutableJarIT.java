package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code sample-app.jar} the way the README does, proving the jar is executable
 * and carries both JDBC drivers (their META-INF/services entries merged by the shade plugin).
 */
class ExecutableJarIT {

  @Test
  void javaJar_withoutArguments_runsScenarioOnEmbeddedH2() throws Exception {
    String out = runJar();
    assertTrue(out.startsWith("sqlcheck sample app: a library on H2"), out);
    assertTrue(out.contains("most lent: [Small Gods, Guards! Guards!]"), out);
    assertTrue(out.strip().endsWith("done."), out);
  }

  @Test
  void javaJar_withJdbcUrl_runsScenarioOnPostgres() throws Exception {
    String url = PostgresForTests.freshDatabase("sqlcheck_sample_jar");
    String out = runJar("--jdbc-url", url);
    assertTrue(out.startsWith("sqlcheck sample app: a library on PostgreSQL"), out);
    assertTrue(out.contains("most lent: [Small Gods, Guards! Guards!]"), out);
    assertTrue(out.strip().endsWith("done."), out);
  }

  private static String runJar(String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("sqlcheck.it.jar");
    Assumptions.assumeTrue(
        jar != null, "sqlcheck.it.jar is not set: this test runs in `mvn verify`");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("sample-app", ".log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "sample-app.jar did not finish");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
