package dev.sqlcheck.processor;

import com.palantir.javapoet.JavaFile;
import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.codegen.RepositoryWriter;
import dev.sqlcheck.processor.codegen.StubWriter;
import dev.sqlcheck.processor.diag.Problem;
import dev.sqlcheck.processor.diag.ProblemCode;
import dev.sqlcheck.processor.diag.Reporter;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodPlan;
import dev.sqlcheck.processor.model.RepositoryPlan;
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
 */
final class RepositoryStep {
  static final String QUERY = "dev.sqlcheck.Query";

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final SchemaSession schema;
  private QueryAnalyzer analyzer;

  /** Implementations written so far; a name is never created twice. */
  private final Set<String> generated = new HashSet<>();

  RepositoryStep(ProcessingEnvironment env, Reporter reporter, SchemaSession schema) {
    this.env = env;
    this.reporter = reporter;
    this.schema = schema;
  }

  /** One abstract method with its {@code @Query}, as read from the source. */
  record QueryMethod(
      ExecutableElement method, AnnotationMirror annotation, AnnotationValue value, String sql) {}

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

  void process(TypeElement type) {
    if (type.getKind() != ElementKind.INTERFACE) {
      reporter.report(
          Problem.unpositioned(
              ProblemCode.NOT_AN_INTERFACE,
              "@SqlRepository must be on an interface, but \""
                  + type.getSimpleName()
                  + "\" is a "
                  + type.getKind().toString().toLowerCase(java.util.Locale.ROOT)
                  + "; declare it as an interface and let sqlcheck generate the class"),
          type);
      return;
    }
    List<QueryMethod> methods = collect(type);
    Optional<Catalog> catalog = schema.catalog(type);
    if (catalog.isEmpty()) {
      generateStandIn(type);
      return;
    }
    if (analyzer == null) {
      analyzer = new QueryAnalyzer(catalog.get());
    }
    MethodCollector collector = new MethodCollector(env.getElementUtils(), env.getTypeUtils());
    List<MethodPlan> plans = new ArrayList<>();
    boolean clean = true;
    for (QueryMethod m : methods) {
      MethodPlan plan = check(m, collector);
      clean &= plan != null;
      if (plan != null) {
        plans.add(plan);
      }
    }
    if (clean && methods.size() == countQueryMethods(type)) {
      generate(type, collector, plans);
    } else {
      generateStandIn(type);
    }
  }

  /** Analyses one query, checks its method's signature, reports; the plan, or null on error. */
  private MethodPlan check(QueryMethod m, MethodCollector collector) {
    QueryAnalysis analysis = analyzer.analyze(m.sql());
    for (Problem p : analysis.problems()) {
      reporter.report(p, m.sql(), m.method(), m.annotation(), m.value());
    }
    if (analysis.hasErrors()) {
      return null; // the signature cannot be checked against SQL that did not analyse
    }
    MethodModel model = collector.collect(m.method(), m.sql());
    SignatureValidator.Result checked = SignatureValidator.validate(model, analysis);
    for (Problem p : checked.problems()) {
      reporter.report(p, m.sql(), m.method(), m.annotation(), m.value());
    }
    return checked.plan();
  }

  private void generate(TypeElement type, MethodCollector collector, List<MethodPlan> plans) {
    TypeRef ref = collector.inspector().ref(type);
    ImplName impl = ImplName.of(ref);
    if (!generated.add(impl.qualified())) {
      return; // ecj may offer the same type again; a file can be created only once
    }
    JavaFile file =
        RepositoryWriter.write(new RepositoryPlan(ref, impl.simple(), plans), generatedVisible());
    writeSource(type, impl.qualified(), file);
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
    writeSource(type, impl.qualified(), file);
  }

  /** {@code Outer.Inner} in {@code com.example} → {@code Outer_InnerImpl}, and its full name. */
  private record ImplName(String simple, String qualified) {
    static ImplName of(TypeRef ref) {
      String simple = String.join("_", ref.simpleNames()) + "Impl";
      return new ImplName(
          simple, ref.packageName().isEmpty() ? simple : ref.packageName() + "." + simple);
    }
  }

  private boolean generatedVisible() {
    return env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
  }

  private void writeSource(TypeElement type, String qualified, JavaFile file) {
    try {
      JavaFileObject source = env.getFiler().createSourceFile(qualified, type);
      try (Writer out = source.openWriter()) {
        file.writeTo(out);
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

  private List<QueryMethod> collect(TypeElement type) {
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
      result.add(new QueryMethod(method, query.get(), value, sql));
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
