package dev.sqlcheck.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the compile-time benchmark's three compilations on a tiny synthetic project: (a) javac with
 * sqlcheck, which must accept every generated query and write one implementation per repository,
 * (b) javac without processors on the same sources plus those implementations, and (c) javac with
 * {@link ReplayProcessor} writing them again. This is the benchmark's smoke test, and it also
 * proves the generator only writes valid SQL.
 */
class SyntheticProjectCompileTest {
  private static final String PROCESSOR = "dev.sqlcheck.processor.SqlCheckProcessor";

  @TempDir Path dir;

  @Test
  void tinyProject_compilesCleanInAllThreeWays() throws IOException {
    List<Path> sources = new SyntheticProject(3, 4).writeTo(dir);
    Path generated = Files.createDirectories(dir.resolve("generated"));

    List<Diagnostic<? extends JavaFileObject>> withProcessor =
        compile(
            sources,
            List.of(
                "-processor",
                PROCESSOR,
                "-processorpath",
                System.getProperty("java.class.path"),
                "-Asqlcheck.schema=" + dir.resolve("schema.sql"),
                "-s",
                generated.toString()),
            dir.resolve("classes-a"));
    assertEquals(List.of(), errorsAndWarnings(withProcessor));

    List<Path> impls;
    try (Stream<Path> walk = Files.walk(generated)) {
      impls = walk.filter(p -> p.toString().endsWith("Impl.java")).sorted().toList();
    }
    assertEquals(4, impls.size(), "one implementation per repository: " + impls);

    List<Path> all = new ArrayList<>(sources);
    all.addAll(impls);
    List<Diagnostic<? extends JavaFileObject>> plain =
        compile(all, List.of("-proc:none"), dir.resolve("classes-b"));
    assertEquals(List.of(), errorsAndWarnings(plain));
    assertTrue(Files.exists(dir.resolve("classes-b/synth/Repo0003Impl.class")));

    List<Diagnostic<? extends JavaFileObject>> replayed =
        compile(
            sources,
            List.of(
                "-processor",
                ReplayProcessor.class.getName(),
                "-processorpath",
                System.getProperty("java.class.path"),
                "-Areplay.dir=" + generated,
                "-Areplay.resources=" + dir.resolve("classes-a"),
                "-s",
                Files.createDirectories(dir.resolve("generated-c")).toString()),
            dir.resolve("classes-c"));
    assertEquals(List.of(), errorsAndWarnings(replayed));
    assertTrue(Files.exists(dir.resolve("classes-c/synth/Repo0003Impl.class")));
    // (c') writes the same files as sqlcheck: the verifier's manifest resources too.
    Path manifest = Path.of("META-INF/sqlcheck/repositories/synth.Repo0003");
    assertEquals(
        Files.readString(dir.resolve("classes-a").resolve(manifest)),
        Files.readString(dir.resolve("classes-c").resolve(manifest)));
  }

  @Test
  void pgDumpSchema_hasRequestedStatementCount() {
    long statements = PgDumpSchema.countStatements(PgDumpSchema.generate(3000));
    assertTrue(statements >= 2990 && statements <= 3020, "statements: " + statements);
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(
      List<Path> sources, List<String> options, Path classes) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> args = new ArrayList<>(options);
      args.addAll(
          List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
      javac
          .getTask(null, files, diagnostics, args, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    return diagnostics.getDiagnostics();
  }

  /** Errors and warnings as readable lines; notes (such as JMH's) are ignored. */
  private static List<String> errorsAndWarnings(List<Diagnostic<? extends JavaFileObject>> ds) {
    return ds.stream()
        .filter(
            d ->
                d.getKind() == Diagnostic.Kind.ERROR
                    || d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(
            d ->
                d.getKind()
                    + " "
                    + d.getSource()
                    + ":"
                    + d.getLineNumber()
                    + " "
                    + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }
}
