package dev.sqlcheck.processor.integration;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.VerificationReport;
import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SqlCheck.verify(dataSource)} finds every repository by listing one folder in each class
 * path root. Repositories compiled at different times (an incremental build, another module) each
 * keep their own manifest, so none is lost; here one comes from a class folder, one from a jar.
 */
class ManifestDiscoveryTest {
  private static final String AUDIT =
      """
      package com.example.audit;

      import dev.sqlcheck.Query;
      import dev.sqlcheck.SqlRepository;
      import java.util.List;

      @SqlRepository
      public interface AuditRepository {
        @Query("SELECT what FROM audit ORDER BY id")
        List<String> entries();
      }
      """;

  @TempDir Path tmp;

  @Test
  void repositoriesFromAFolderAndAJar_compiledApart_areAllFound() throws Exception {
    Path shelf = Path.of(LiveVerificationTest.compiled(Tool.JAVAC).getURLs()[0].toURI());
    Result audit =
        new CompileHarness()
            .schema(LiveVerificationTest.resource("schema.sql"))
            .source("com.example.audit.AuditRepository", AUDIT)
            .compile(Tool.ECJ);
    assertWithMessage("%s", audit).that(audit.errors()).isEmpty();
    Path jar = jar(audit.classesDir(), tmp.resolve("audit.jar"));
    URLClassLoader both =
        new URLClassLoader(
            new URL[] {shelf.toUri().toURL(), jar.toUri().toURL()},
            ManifestDiscoveryTest.class.getClassLoader());

    VerificationReport report =
        LiveVerificationTest.onDatabase(
            "DROP TABLE audit", url -> LiveVerificationTest.verify(both, url));
    assertEquals(2, report.repositories(), report.toString());
    assertEquals(15, report.queries(), report.toString());
    assertEquals(
        List.of(
            "AuditRepository.entries: relation \"audit\" does not exist",
            "ShelfRepository.audit: relation \"audit\" does not exist"),
        report.failures().stream().map(Object::toString).toList());
  }

  /** A jar of the folder, with directory entries, as Maven and Gradle write them. */
  private static Path jar(Path folder, Path jar) throws Exception {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out);
        Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted().toList()) {
        if (p.equals(folder)) {
          continue;
        }
        String name = folder.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p)) {
          j.putNextEntry(new JarEntry(name + "/"));
        } else {
          j.putNextEntry(new JarEntry(name));
          j.write(Files.readAllBytes(p));
        }
        j.closeEntry();
      }
    }
    assertTrue(Files.size(jar) > 0);
    return jar;
  }
}
