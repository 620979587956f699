package dev.sqlcheck.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sqlcheck.processor.SqlCheckProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Compiles Java sources with the sqlcheck processor under javac (through compile-testing) or ecj
 * (through javax.tools and temporary folders, since compile-testing cannot drive ecj), and returns
 * the diagnostics in one shape, so every negative test can run under both compilers.
 */
public final class CompileHarness {
  /**
   * Temporary folders, deleted when the test JVM exits (results may point into them until then).
   */
  private static final List<Path> CREATED =
      java.util.Collections.synchronizedList(new ArrayList<>());

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(CompileHarness::deleteCreated));
  }

  private static void deleteCreated() {
    synchronized (CREATED) {
      for (Path dir : CREATED) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
          // Best effort: a leftover temporary folder is harmless.
        }
      }
    }
  }

  /** The compilers sqlcheck must work under. */
  public enum Tool {
    JAVAC,
    ECJ
  }

  /** One diagnostic: its kind, the simple file name, the 1-based line and the message. */
  public record Diag(Diagnostic.Kind kind, String file, long line, String message) {
    public boolean isError() {
      return kind == Diagnostic.Kind.ERROR;
    }

    @Override
    public String toString() {
      return file + ":" + line + ": " + kind.toString().toLowerCase(Locale.ROOT) + ": " + message;
    }
  }

  /**
   * What a compilation produced. {@code classesDir} holds the class files (sources and generated
   * implementations), so integration tests can load and run them; null when nothing compiled.
   */
  public record Result(
      List<Diag> diagnostics, Map<String, String> generatedSources, Path classesDir) {
    public Result(List<Diag> diagnostics, Map<String, String> generatedSources) {
      this(diagnostics, generatedSources, null);
    }

    public List<Diag> errors() {
      return diagnostics.stream().filter(Diag::isError).toList();
    }

    public List<Diag> warnings() {
      return diagnostics.stream()
          .filter(
              d ->
                  d.kind() == Diagnostic.Kind.WARNING
                      || d.kind() == Diagnostic.Kind.MANDATORY_WARNING)
          .toList();
    }

    /** Errors and warnings: every diagnostic but notes (such as sqlcheck's summary line). */
    public List<Diag> problems() {
      return diagnostics.stream().filter(d -> d.kind() != Diagnostic.Kind.NOTE).toList();
    }

    public List<Diag> sqlcheck() {
      return diagnostics.stream().filter(d -> d.message().contains("[SQLCHECK-")).toList();
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      diagnostics.forEach(d -> b.append(d).append('\n'));
      return b.toString();
    }
  }

  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<String> options = new ArrayList<>();
  private final List<Path> classpath = new ArrayList<>();
  private String schema;
  private java.util.function.Supplier<javax.annotation.processing.Processor> processor =
      SqlCheckProcessor::new;

  /** Adds a source file; {@code qualifiedName} like {@code com.example.Repo}. */
  public CompileHarness source(String qualifiedName, String text) {
    sources.put(qualifiedName, text);
    return this;
  }

  /** The schema text, written to a temporary {@code schema.sql} passed as -Asqlcheck.schema. */
  public CompileHarness schema(String text) {
    this.schema = text;
    return this;
  }

  /** Runs this processor instead of a plain {@link SqlCheckProcessor} (for fault injection). */
  public CompileHarness processor(
      java.util.function.Supplier<javax.annotation.processing.Processor> factory) {
    this.processor = factory;
    return this;
  }

  /** Writes {@code text} to {@code dir/path}, creating folders, and returns the file. */
  public static Path write(Path dir, String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /** Compiles one repository source against {@code -Asqlcheck.schema=schema} and options. */
  public static Result compile(
      Tool tool, String qualifiedName, String source, Path schema, String... options) {
    CompileHarness h =
        new CompileHarness().source(qualifiedName, source).option("-Asqlcheck.schema=" + schema);
    for (String o : options) {
      h.option(o);
    }
    return h.compile(tool);
  }

  public CompileHarness option(String option) {
    options.add(option);
    return this;
  }

  /** Adds a folder of class files (compiled earlier) to the class path. */
  public CompileHarness classpath(Path classes) {
    classpath.add(classes);
    return this;
  }

  /** The test JVM's class path, after the folders given to {@link #classpath(Path)}. */
  private String classpathString() {
    List<String> entries = new ArrayList<>();
    classpath.forEach(p -> entries.add(p.toString()));
    entries.add(System.getProperty("java.class.path"));
    return String.join(java.io.File.pathSeparator, entries);
  }

  public Result compile(Tool tool) {
    try {
      Path dir = Files.createTempDirectory("sqlcheck-compile");
      CREATED.add(dir);
      List<String> opts = new ArrayList<>(options);
      if (schema != null) {
        Path schemaFile = dir.resolve("schema.sql");
        Files.writeString(schemaFile, schema, StandardCharsets.UTF_8);
        opts.add("-Asqlcheck.schema=" + schemaFile);
      }
      return tool == Tool.JAVAC ? javacCompile(dir, opts) : ecjCompile(dir, opts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Result javacCompile(Path dir, List<String> opts) throws IOException {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((name, text) -> files.add(JavaFileObjects.forSourceString(name, text)));
    com.google.testing.compile.Compiler javac = javac().withProcessors(processor.get());
    if (!classpath.isEmpty()) {
      List<java.io.File> entries = new ArrayList<>();
      for (String e : classpathString().split(java.io.File.pathSeparator)) {
        entries.add(new java.io.File(e));
      }
      javac = javac.withClasspath(entries);
    }
    Compilation c = javac.withOptions(opts).compile(files);
    List<Diag> diags = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      diags.add(toDiag(d));
    }
    Map<String, String> generated = new LinkedHashMap<>();
    List<JavaFileObject> generatedFiles =
        c.status() == Compilation.Status.SUCCESS ? c.generatedSourceFiles() : List.of();
    for (JavaFileObject f : generatedFiles) {
      try {
        generated.put(simpleName(f.getName()), f.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path classes = null;
    if (c.status() == Compilation.Status.SUCCESS) {
      classes = Files.createDirectories(dir.resolve("classes"));
      for (JavaFileObject f : c.generatedFiles()) {
        // Class files and resources (the verifier's manifests) from the class output.
        if (f.toUri().getPath().contains("/CLASS_OUTPUT/")) {
          String name = f.toUri().getPath();
          name = name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
          Path target = classes.resolve(name);
          Files.createDirectories(target.getParent());
          try (java.io.InputStream in = f.openInputStream()) {
            Files.write(target, in.readAllBytes());
          } catch (java.io.FileNotFoundException e) {
            // Only looked up through the Filer (schema.sql in the class output), never written.
            Files.deleteIfExists(target);
          }
        }
      }
    }
    return new Result(diags, generated, classes);
  }

  private Result ecjCompile(Path dir, List<String> opts) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path out = Files.createDirectories(dir.resolve("classes"));
    Path gen = Files.createDirectories(dir.resolve("generated"));
    List<Path> files = writeSources(src);
    JavaCompiler compiler = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      fm.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      fm.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(gen.toFile()));
      List<String> args = new ArrayList<>(opts);
      args.addAll(
          List.of("-17", "-encoding", "UTF-8", "-proceedOnError", "-classpath", classpathString()));
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              new StringWriter(), fm, collector, args, null, fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(processor.get()));
      task.call();
    }
    List<Diag> diags = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      diags.add(toDiag(d));
    }
    Map<String, String> generated = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(gen)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        generated.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return new Result(diags, generated, out);
  }

  private List<Path> writeSources(Path src) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private static Diag toDiag(Diagnostic<? extends JavaFileObject> d) {
    String file = d.getSource() == null ? "" : simpleName(d.getSource().getName());
    return new Diag(d.getKind(), file, d.getLineNumber(), d.getMessage(Locale.ROOT));
  }

  private static String simpleName(String path) {
    String p = path.replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** The system javac, for tests that need a real file-based javac run. */
  public static JavaCompiler systemJavac() {
    return ToolProvider.getSystemJavaCompiler();
  }
}
