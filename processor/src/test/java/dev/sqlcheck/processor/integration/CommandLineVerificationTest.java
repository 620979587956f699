package dev.sqlcheck.processor.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -cp … dev.sqlcheck.SqlCheck --jdbc-url …}, run as a deployment pipeline runs it: in
 * its own JVM, judged by its exit code (0 all match, 1 some fail, 2 cannot connect or nothing to
 * check) and its output, which is the API's report.
 */
class CommandLineVerificationTest {

  /** What one run printed and returned, and how long it took. */
  record Run(int exit, String out, String err, double seconds) {}

  @Test
  void cleanDatabase_exits0_driftedDatabase_exits1WithOneLinePerFailure() throws Exception {
    Path classes = classesDir();
    Run clean = LiveVerificationTest.onDatabase("", url -> run(classes, "--jdbc-url", url));
    assertEquals(0, clean.exit(), clean.toString());
    assertTrue(clean.out().contains("sqlcheck: all 14 queries (1 repository) match PostgreSQL"));

    Run drifted =
        LiveVerificationTest.onDatabase(
            "DROP TABLE audit", url -> run(classes, "--jdbc-url", url, "--timeout", "5"));
    assertEquals(1, drifted.exit(), drifted.toString());
    assertEquals(
        List.of(
            "ShelfRepository.audit: relation \"audit\" does not exist",
            "sqlcheck: 1 of 14 queries (1 repository) does not match PostgreSQL 15.20"),
        drifted
            .out()
            .lines()
            .map(l -> l.replaceAll("PostgreSQL [0-9.]+", "PostgreSQL 15.20"))
            .toList());
  }

  @Test
  void sameReport_fromTheApiAndTheCommandLine() throws Exception {
    Path classes = classesDir();
    String drift = "ALTER TABLE books ALTER COLUMN pages DROP NOT NULL";
    String fromApi =
        LiveVerificationTest.onDatabase(
                drift,
                url -> LiveVerificationTest.verify(LiveVerificationTest.compiled(Tool.JAVAC), url))
            .toString();
    Run fromCli = LiveVerificationTest.onDatabase(drift, url -> run(classes, "--jdbc-url", url));
    assertEquals(fromApi.strip(), fromCli.out().strip());
  }

  @Test
  void unansweringServer_exits2_withinTheTimeout() throws Exception {
    // Accepts the TCP connection and never answers, like a host behind a dropping firewall or a
    // hung server: only the timeout ends the wait.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/app";
      Run run = run(classesDir(), "--jdbc-url", url, "--timeout", "2");
      assertEquals(2, run.exit(), run.toString());
      assertTrue(run.seconds() < 6, run.toString());
      assertTrue(run.err().contains("sqlcheck: cannot connect to the database"), run.err());
    }
  }

  @Test
  void refusedConnection_exits2_atOnce() throws Exception {
    Run refused = run(classesDir(), "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/app");
    assertEquals(2, refused.exit(), refused.toString());
    assertTrue(refused.seconds() < 6, refused.toString());
    assertTrue(refused.err().contains("sqlcheck: cannot connect to the database"), refused.err());
  }

  @Test
  void noRepositoryOnTheClassPath_exits2() throws Exception {
    Run run = run(null, "--jdbc-url", TestDatabases.postgresUrl());
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("no @SqlRepository compiled by sqlcheck was found"), run.err());
  }

  @Test
  void usageErrors_exit2_andHelpExits0() throws Exception {
    Run missing = run(null);
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("--jdbc-url is required"), missing.err());
    assertEquals(2, run(null, "--jdbc-url", "x", "--colour", "red").exit());
    Run help = run(null, "--help");
    assertEquals(0, help.exit());
    assertTrue(
        help.out().startsWith("usage: java -cp <application class path> dev.sqlcheck.SqlCheck"));
  }

  private static Path classesDir() throws Exception {
    return Paths.get(LiveVerificationTest.compiled(Tool.JAVAC).getURLs()[0].toURI());
  }

  /** Runs the command line in a new JVM with the test class path (and {@code classes}). */
  static Run run(Path classes, String... args) throws Exception {
    String classPath = System.getProperty("java.class.path");
    if (classes != null) {
      classPath = classes + File.pathSeparator + classPath;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", classPath, "dev.sqlcheck.SqlCheck"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("sqlcheck-cli", ".out");
    Path err = Files.createTempFile("sqlcheck-cli", ".err");
    try {
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the command line did not finish: " + command);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err), seconds);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
