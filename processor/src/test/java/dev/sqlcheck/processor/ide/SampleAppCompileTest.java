package dev.sqlcheck.processor.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.ide.ProjectCompiler.Finding;
import dev.sqlcheck.processor.ide.ProjectCompiler.Result;
import dev.sqlcheck.processor.ide.ProjectCompiler.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles all of sample-app's sources the way IDEs do: Eclipse and VS Code run ecj through
 * JDT-APT, IntelliJ runs javac. The schema is found in the class output, as Eclipse's Filer serves
 * it, with no {@code -Asqlcheck.schema}. A drifted schema must give the same errors on the same
 * lines under both compilers.
 */
class SampleAppCompileTest {
  private static final Path SAMPLE = root().resolve("sample-app/src/main");
  private static final Path SOURCES = SAMPLE.resolve("java");
  private static final Path SCHEMA = SAMPLE.resolve("resources/schema.sql");

  @TempDir Path work;

  @Test
  void sampleApp_underEcj_compilesWithoutErrors_schemaFromClassOutput() throws Exception {
    Result ecj = ProjectCompiler.compile(Tool.ECJ, SOURCES, SCHEMA, work);

    assertEquals(List.of(), ecj.errors(), () -> describe(ecj));
    assertEquals(List.of(), ecj.sqlcheck(), () -> describe(ecj));
    assertEquals(
        Set.of(
            "CatalogRepositoryImpl.java",
            "LoanRepositoryImpl.java",
            "MemberRepositoryImpl.java",
            "ReportRepositoryImpl.java"),
        generatedNames(ecj));
  }

  @Test
  void sampleApp_underJavac_compilesWithoutErrors_andGeneratesWhatEcjGenerates() throws Exception {
    Result javac = ProjectCompiler.compile(Tool.JAVAC, SOURCES, SCHEMA, work.resolve("javac"));
    Result ecj = ProjectCompiler.compile(Tool.ECJ, SOURCES, SCHEMA, work.resolve("ecj"));

    assertEquals(List.of(), javac.errors(), () -> describe(javac));
    assertEquals(4, generatedNames(javac).size(), () -> describe(javac));
    assertEquals(contents(javac), contents(ecj));
  }

  @Test
  void noSchemaInClassOutput_ecjReportsIt_soTheClassOutputIsWhatWasRead() throws Exception {
    Result ecj = ProjectCompiler.compile(Tool.ECJ, SOURCES, null, work);

    assertFalse(ecj.errors().isEmpty(), () -> describe(ecj));
    assertTrue(
        ecj.errors().stream().anyMatch(f -> f.message().contains("schema.sql")),
        () -> describe(ecj));
  }

  @Test
  void driftedSchema_javacAndEcj_reportSameErrorsOnSameLines() throws Exception {
    Path drifted = work.resolve("schema.sql");
    String schema = Files.readString(SCHEMA);
    assertTrue(schema.contains("published_year integer"));
    Files.writeString(
        drifted, schema.replace("published_year integer", "publication_year integer"));

    Result javac = ProjectCompiler.compile(Tool.JAVAC, SOURCES, drifted, work.resolve("javac"));
    Result ecj = ProjectCompiler.compile(Tool.ECJ, SOURCES, drifted, work.resolve("ecj"));

    Set<String> javacKeys = errorKeys(javac);
    assertFalse(javacKeys.isEmpty(), () -> describe(javac));
    assertEquals(javacKeys, errorKeys(ecj), () -> describe(javac) + "\n---\n" + describe(ecj));
    List<Finding> errors =
        javac.sqlcheck().stream()
            .filter(f -> f.kind() == javax.tools.Diagnostic.Kind.ERROR)
            .toList();
    assertTrue(
        errors.stream().allMatch(f -> f.message().contains("published_year")),
        () -> describe(javac));
    assertTrue(
        errors.stream().anyMatch(f -> f.file().equals("CatalogRepository.java")),
        () -> describe(javac));
  }

  private static Set<String> errorKeys(Result r) {
    return r.sqlcheck().stream()
        .filter(f -> f.kind() == javax.tools.Diagnostic.Kind.ERROR)
        .map(Finding::key)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> generatedNames(Result r) {
    return r.generated().stream()
        .map(p -> p.getFileName().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, String> contents(Result r) throws IOException {
    Map<String, String> byName = new TreeMap<>();
    for (Path p : r.generated()) {
      byName.put(p.getFileName().toString(), Files.readString(p));
    }
    return byName;
  }

  private static String describe(Result r) {
    return r.findings().stream()
        .map(f -> f.file() + ":" + f.line() + ": " + f.kind() + ": " + f.message())
        .collect(Collectors.joining("\n"));
  }

  private static Path root() {
    String root = System.getProperty("sqlcheck.root");
    if (root == null || root.isBlank()) {
      root = System.getenv("SQLCHECK_ROOT");
    }
    Path dir =
        root == null || root.isBlank() ? Path.of("").toAbsolutePath().getParent() : Path.of(root);
    return dir;
  }
}
