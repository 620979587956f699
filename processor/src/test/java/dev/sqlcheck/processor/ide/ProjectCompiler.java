package dev.sqlcheck.processor.ide;

import dev.sqlcheck.processor.SqlCheckProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles a whole source folder with javac or ecj and the sqlcheck processor, the way an IDE does:
 * real files, a class output folder holding {@code schema.sql} (where Maven and Eclipse put
 * resources), and no {@code -Asqlcheck.schema} option unless one is given.
 */
final class ProjectCompiler {
  private static final Pattern CODE = Pattern.compile("\\[(SQLCHECK-\\d+)]");

  /** The compilers to compare. */
  enum Tool {
    JAVAC,
    ECJ
  }

  /** A diagnostic reduced to what both compilers must agree on. */
  record Finding(Diagnostic.Kind kind, String file, long line, String code, String message) {
    /** The part two compilers must agree on: where, and which problem. */
    String key() {
      return file + ":" + line + " " + kind + " " + code;
    }
  }

  /** What one compilation produced. */
  record Result(List<Finding> findings, List<Path> generated) {
    List<Finding> errors() {
      return findings.stream().filter(f -> f.kind() == Diagnostic.Kind.ERROR).toList();
    }

    List<Finding> sqlcheck() {
      return findings.stream().filter(f -> f.code() != null).toList();
    }
  }

  private ProjectCompiler() {}

  /**
   * Compiles every {@code .java} under {@code sources} into {@code work}; {@code schema} (may be
   * null) is copied to the class output as {@code schema.sql} before compiling.
   */
  static Result compile(Tool tool, Path sources, Path schema, Path work, String... options)
      throws IOException {
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path generated = Files.createDirectories(work.resolve("generated"));
    if (schema != null) {
      Files.copy(schema, classes.resolve("schema.sql"));
    }
    JavaCompiler compiler =
        tool == Tool.ECJ ? new EclipseCompiler() : ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      fm.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      fm.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
      List<String> args = new ArrayList<>(List.of(options));
      args.addAll(
          List.of("-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path")));
      args.addAll(tool == Tool.ECJ ? List.of("-17") : List.of("--release", "17"));
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              new StringWriter(),
              fm,
              collector,
              args,
              null,
              fm.getJavaFileObjectsFromPaths(javaFiles(sources)));
      task.setProcessors(List.of(new SqlCheckProcessor()));
      task.call();
    }
    List<Finding> findings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      findings.add(toFinding(d));
    }
    return new Result(findings, javaFiles(generated));
  }

  private static Finding toFinding(Diagnostic<? extends JavaFileObject> d) {
    String message = d.getMessage(Locale.ROOT);
    Matcher m = CODE.matcher(message);
    String file =
        d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName().toString();
    Diagnostic.Kind kind =
        d.getKind() == Diagnostic.Kind.MANDATORY_WARNING ? Diagnostic.Kind.WARNING : d.getKind();
    return new Finding(kind, file, d.getLineNumber(), m.find() ? m.group(1) : null, message);
  }

  static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
