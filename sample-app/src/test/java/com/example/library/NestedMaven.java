package com.example.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Maven that runs this build on a copy of the sample module, the way a user runs it. The
 * nested build takes this reactor's artifacts from the repository {@code invoker:install} filled
 * and everything else from the user's local repository, served as a file mirror, so it needs no
 * network.
 */
final class NestedMaven {
  /** What one nested build did. */
  record Run(int exitCode, String output, double seconds) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Path mavenHome;
  private final Path repo;
  private final Path settings;

  NestedMaven(Path work) throws IOException {
    mavenHome = Path.of(required("sqlcheck.it.mavenHome"));
    repo = Path.of(required("sqlcheck.it.repo"));
    Path userRepo = Path.of(required("sqlcheck.it.userRepo"));
    settings = Files.createDirectories(work).resolve("settings.xml");
    Files.writeString(
        settings,
        """
        <settings>
          <mirrors>
            <mirror>
              <id>user-local-repository</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """
            .formatted(userRepo.toUri()),
        StandardCharsets.UTF_8);
  }

  /** Copies the sample module's pom and main sources into {@code target}. */
  static Path copySample(Path target) throws IOException {
    Path sample = Path.of(required("sqlcheck.it.project"));
    deleteRecursively(target);
    Files.createDirectories(target);
    Files.copy(sample.resolve("pom.xml"), target.resolve("pom.xml"));
    Path main = sample.resolve("src/main");
    try (Stream<Path> walk = Files.walk(main)) {
      for (Path p : walk.toList()) {
        Path to = target.resolve("src/main").resolve(main.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return target;
  }

  /** Runs {@code mvn -B <args>} in {@code dir} and returns its output. */
  Run run(Path dir, String... args) throws IOException, InterruptedException {
    boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
    List<String> command = new ArrayList<>();
    command.add(mavenHome.resolve("bin").resolve(windows ? "mvn.cmd" : "mvn").toString());
    command.addAll(List.of("-B", "-s", settings.toString(), "-Dmaven.repo.local=" + repo));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(dir.getParent(), "mvn", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("MAVEN_CONFIG");
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("nested Maven timed out: " + command);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(process.exitValue(), Files.readString(log), seconds);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    // Only maven-failsafe-plugin sets these, after the reactor's artifacts were installed for it.
    Assumptions.assumeTrue(
        value != null,
        property + " is not set: this test runs in `mvn verify` (maven-failsafe-plugin)");
    return value;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
