package dev.sqlcheck.processor;

import com.palantir.javapoet.JavaFile;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.codegen.StubWriter;
import dev.sqlcheck.processor.diag.Problem;
import dev.sqlcheck.processor.diag.ProblemCode;
import dev.sqlcheck.processor.diag.Reporter;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.schema.Catalog;
import dev.sqlcheck.processor.types.TypeRef;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;

/**
 * Handles one {@code @SqlRepository} type in three phases: collect its query methods, check each
 * query against the catalog and each signature against its query (reporting every problem on the
 * {@code @Query} value it belongs to), then, only when nothing was wrong, generate the
 * implementation.
 *
 * <p>The phases are split across threads (see {@link RepositoryWork}). On javac's thread, {@link
 * #prepare} reads the type through the compiler and holds its reports back, and {@link #attach}
 * gives it the catalog; parsing, checking and rendering, which need no compiler, run as tasks on
 * an {@link AnalysisPool}; {@link #finish}, on javac's thread again, makes the reports and writes
 * the file in the order a one-by-one pass would, so the output does not depend on the threads.
 */
final class RepositoryStep {
  static final String QUERY = "dev.sqlcheck.Query";

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final SchemaSession schema;
  private final Consumer<String> beforeAnalysis;
  private QueryAnalyzer analyzer;

  /** Implementations written so far; a name is never created twice. */
  private final Set<String> generated = new HashSet<>();

  /** {@code beforeAnalysis} sees each query's SQL on the thread about to analyse it (tests). */
  RepositoryStep(
      ProcessingEnvironment env,
      Reporter reporter,
      SchemaSession schema,
      Consumer<String> beforeAnalysis) {
    this.env = env;
    this.reporter = reporter;
    this.schema = schema;
    this.beforeAnalysis = beforeAnalysis;
  }

  /**
   * One abstract method with its {@code @Query}, as read from the source. {@code unchecked}: the
   * method or its interface says {@code @SuppressWarnings("sqlcheck:unchecked")}, so its SQL is
   * not checked against the schema.
   */
  record QueryMethod(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue value,
      String sql,
      boolean unchecked) {}

  /** True when a signature mentions a type that does not exist yet (maybe generated later). */
  boolean needsLaterRound(TypeElement type) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (needsLaterRoundMethod(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean needsLaterRoundMethod(ExecutableElement m) {
    if (isError(m.getReturnType())) {
      return true;
    }
    for (VariableElement p : m.getParameters()) {
      if (isError(p.asType())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a repository through the compiler (javac's thread), holding its reports back, and
   * queues the parsing of its first queries on {@code pool}, which needs no catalog.
   */
  RepositoryWork prepare(TypeElement type, AnalysisPool pool) {
    RepositoryWork work = new RepositoryWork(type);
    try {
      read(work, pool);
    } catch (RuntimeException | Error e) {
      work.early.internalError(e, type);
      work.stopped = true;
    }
    return work;
  }

  private void read(RepositoryWork work, AnalysisPool pool) {
    TypeElement type = work.type;
    if (type.getKind() != ElementKind.INTERFACE) {
      work.early.report(
          Problem.unpositioned(
              ProblemCode.NOT_AN_INTERFACE,
              "@SqlRepository must be on an interface, but \""
                  + type.getSimpleName()
                  + "\" is a "
                  + type.getKind().toString().toLowerCase(java.util.Locale.ROOT)
                  + "; declare it as an interface and let sqlcheck generate the class"),
          type);
      work.stopped = true;
      return;
    }
    List<QueryMethod> methods = collect(type, work.early);
    MethodCollector collector = new MethodCollector(env.getElementUtils(), env.getTypeUtils());
    List<RepositoryWork.ReadMethod> read = new ArrayList<>();
    for (QueryMethod m : methods) {
      read.add(readMethod(m, collector, pool.mayParseAhead()));
    }
    work.read = read;
    pool.countQueries(read.size());
    work.submitParsesTo(pool);
    try {
      work.complete = methods.size() == countQueryMethods(type);
      if (work.complete) {
        TypeRef ref = collector.inspector().ref(type);
        work.impl = ImplName.of(ref);
        work.annotateGenerated = generatedVisible();
        work.ref = ref;
      }
    } catch (RuntimeException | Error e) {
      work.lateError = e;
    }
  }

  private static RepositoryWork.ReadMethod readMethod(
      QueryMethod m, MethodCollector collector, boolean parseAhead) {
    MethodModel model = null;
    Throwable modelError = null;
    try {
      model = collector.collect(m.method(), m.sql());
    } catch (RuntimeException | Error e) {
      modelError = e;
    }
    String sql = m.sql();
    FutureTask<QueryAnalyzer.Prepared> parse =
        parseAhead ? new FutureTask<>(() -> QueryAnalyzer.prepare(sql)) : null;
    return new RepositoryWork.ReadMethod(m, model, modelError, parse);
  }

  /**
   * Gives a prepared repository the catalog (loading it on first use, on javac's thread, while
   * the pool parses) and queues its checks and rendering on {@code pool}.
   */
  void attach(RepositoryWork work, AnalysisPool pool) {
    if (work.stopped) {
      return;
    }
    Optional<Catalog> catalog;
    try {
      catalog = schema.catalog(work.type, work.early);
    } catch (RuntimeException | Error e) {
      work.early.internalError(e, work.type);
      work.stopped = true;
      return;
    }
    if (catalog.isEmpty()) {
      work.standIn = true;
      return;
    }
    if (analyzer == null) {
      analyzer = new QueryAnalyzer(catalog.get());
    }
    List<RepositoryWork.MethodWork> checks = new ArrayList<>();
    for (RepositoryWork.ReadMethod m : work.read) {
      checks.add(RepositoryWork.MethodWork.of(m, analyzer, beforeAnalysis));
    }
    work.methods = checks;
    work.read = List.of(); // each parse tree is now held by its check only, until it has run
    if (work.ref != null) {
      work.renderLater(work.ref, work.annotateGenerated);
    }
    work.submitTo(pool);
  }

  /**
   * Makes a prepared repository's reports and writes its implementation or stand-in (javac's
   * thread). An exception thrown by a query's check is an internal error on that method, and the
   * other queries are still checked; any other exception escapes, as it did before threads.
   */
  void finish(RepositoryWork work) {
    work.early.replay(reporter);
    if (work.stopped) {
      return;
    }
    if (work.standIn) {
      generateStandIn(work.type);
      return;
    }
    boolean clean = true;
    for (RepositoryWork.MethodWork m : work.methods) {
      clean &= finish(m);
    }
    if (clean && work.lateError != null) {
      throw unchecked(work.lateError);
    }
    if (clean && work.complete) {
      writeImplementation(work);
    } else {
      generateStandIn(work.type);
    }
  }

  /** Reports one query's problems; true when it checked clean. */
  private boolean finish(RepositoryWork.MethodWork m) {
    QueryMethod q = m.query();
    RepositoryWork.Checked checked;
    try {
      checked = AnalysisPool.await(m.check());
    } catch (ExecutionException e) {
      reporter.internalError(e.getCause(), q.method());
      return false;
    }
    for (Problem p : checked.analysis().problems()) {
      reporter.report(p, q.sql(), q.method(), q.annotation(), q.value());
    }
    if (checked.analysis().hasErrors()) {
      return false;
    }
    if (m.modelError() != null) {
      throw unchecked(m.modelError());
    }
    for (Problem p : checked.signature().problems()) {
      reporter.report(p, q.sql(), q.method(), q.annotation(), q.value());
    }
    return checked.signature().plan() != null;
  }

  private void writeImplementation(RepositoryWork work) {
    if (!generated.add(work.impl.qualified())) {
      return; // ecj may offer the same type again; a file can be created only once
    }
    String source;
    try {
      source = AnalysisPool.await(work.render);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    }
    writeSource(work.type, work.impl.qualified(), source);
  }

  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /**
   * A repository with errors gets a stand-in implementation whose methods throw, so that its
   * users elsewhere do not add "cannot find symbol" errors on top of the real ones. The build
   * still fails on those. Generic repositories are unsupported and get none.
   */
  private void generateStandIn(TypeElement type) {
    if (!type.getTypeParameters().isEmpty() || type.getNestingKind().isNested()
        && type.getModifiers().contains(Modifier.PRIVATE)) {
      return;
    }
    TypeRef ref =
        new MethodCollector(env.getElementUtils(), env.getTypeUtils()).inspector().ref(type);
    ImplName impl = ImplName.of(ref);
    List<ExecutableElement> methods = abstractMethods(type);
    methods.sort(Comparator.comparing(RepositoryStep::sourceOrderKey));
    for (ExecutableElement m : methods) {
      if (needsLaterRoundMethod(m)) {
        return; // a signature with unresolved types cannot be written out
      }
    }
    if (!generated.add(impl.qualified())) {
      return;
    }
    JavaFile file =
        StubWriter.write(
            (DeclaredType) type.asType(),
            ref.packageName(),
            impl.simple(),
            methods,
            env.getTypeUtils(),
            generatedVisible());
    writeSource(type, impl.qualified(), file.toString());
  }

  /** {@code Outer.Inner} in {@code com.example} → {@code Outer_InnerImpl}, and its full name. */
  record ImplName(String simple, String qualified) {
    static ImplName of(TypeRef ref) {
      String simple = String.join("_", ref.simpleNames()) + "Impl";
      return new ImplName(
          simple, ref.packageName().isEmpty() ? simple : ref.packageName() + "." + simple);
    }
  }

  private boolean generatedVisible() {
    return env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
  }

  private void writeSource(TypeElement type, String qualified, String text) {
    try {
      JavaFileObject source = env.getFiler().createSourceFile(qualified, type);
      try (Writer out = source.openWriter()) {
        out.write(text);
      }
    } catch (FilerException e) {
      // Already created in an earlier round or by another processor run: nothing to add.
    } catch (IOException e) {
      reporter.internalError(e, type);
    }
  }

  /** Abstract methods, so generation is skipped when some lacked a usable {@code @Query}. */
  private int countQueryMethods(TypeElement type) {
    return abstractMethods(type).size();
  }

  /**
   * The abstract methods the implementation must provide, including those inherited from
   * super-interfaces (a default method overriding one is not abstract and is left alone).
   */
  private List<ExecutableElement> abstractMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
      if (m.getModifiers().contains(Modifier.ABSTRACT)) {
        methods.add(m);
      }
    }
    return methods;
  }

  private List<QueryMethod> collect(TypeElement type, DeferredReports reporter) {
    List<ExecutableElement> methods = abstractMethods(type);
    // ecj and javac may list members in different orders; sort for deterministic output.
    methods.sort(Comparator.comparing(RepositoryStep::sourceOrderKey));
    List<QueryMethod> result = new ArrayList<>();
    for (ExecutableElement method : methods) {
      Optional<AnnotationMirror> query = findAnnotation(method, QUERY);
      if (query.isEmpty()) {
        reporter.report(
            Problem.unpositioned(
                ProblemCode.MISSING_QUERY,
                "method \""
                    + method.getSimpleName()
                    + "\" of a @SqlRepository has no @Query;"
                    + " add @Query(\"...\") or make it a default method"),
            // an inherited method may come from a class file, which has no place to point at
            method.getEnclosingElement().equals(type) ? method : type);
        continue;
      }
      AnnotationValue value = valueOf(query.get());
      if (value == null || !(value.getValue() instanceof String sql)) {
        continue; // javac already reports a missing or non-constant value
      }
      boolean unchecked = MethodCollector.suppresses(method, MethodCollector.UNCHECKED)
          || MethodCollector.suppresses(method.getEnclosingElement(), MethodCollector.UNCHECKED);
      result.add(new QueryMethod(method, query.get(), value, sql, unchecked));
    }
    return result;
  }

  /** {@code name(param,param)}: overloads follow their name, and both compilers agree. */
  private static String sourceOrderKey(ExecutableElement m) {
    StringBuilder key = new StringBuilder(m.getSimpleName()).append('(');
    for (VariableElement p : m.getParameters()) {
      key.append(p.getSimpleName()).append(',');
    }
    return key.append(')').toString();
  }

  static Optional<AnnotationMirror> findAnnotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private static AnnotationValue valueOf(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean isError(TypeMirror type) {
    return type.getKind() == TypeKind.ERROR;
  }

  ProcessingEnvironment env() {
    return env;
  }
}
