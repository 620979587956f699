package dev.sqlcheck.processor.collect;

import dev.sqlcheck.processor.model.ImplName;
import dev.sqlcheck.processor.model.JType;
import dev.sqlcheck.processor.model.MethodModel;
import dev.sqlcheck.processor.model.MethodSignature;
import dev.sqlcheck.processor.model.StubPlan;
import dev.sqlcheck.processor.model.Suppressions;
import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads {@code @SqlRepository} types through the compiler into plain values: the query methods with
 * their SQL and signatures, the shape problems of the type, where its implementation goes, and the
 * signatures a stand-in must implement. With the rest of this package, the only reader of {@code
 * javax.lang.model} besides the entry point and the orchestration.
 */
public final class RepositoryReader {
  private final Elements elements;
  private final Types types;
  private final DeclarationOrder order = new DeclarationOrder();
  private final MethodCollector collector;

  public RepositoryReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.collector = new MethodCollector(elements, types, order);
  }

  /**
   * Remembers the types this round compiles from source, whose members keep their declaration order
   * in generated code (see {@link DeclarationOrder}).
   */
  public void addRoundRoots(Iterable<? extends javax.lang.model.element.Element> roots) {
    order.addRoots(roots);
  }

  /** True when a signature mentions a type that does not exist yet (maybe generated later). */
  public boolean needsLaterRound(TypeElement type) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (mentionsMissingType(m)) {
        return true;
      }
    }
    return false;
  }

  /** Reads a repository's methods and target; may throw, like any compiler access. */
  public RepositoryRead read(TypeElement type) {
    if (type.getKind() != ElementKind.INTERFACE) {
      Problem problem =
          Message.NOT_AN_INTERFACE.unpositioned(
              type.getSimpleName(), type.getKind().toString().toLowerCase(Locale.ROOT));
      return new RepositoryRead(
          type, List.of(new ElementProblem(problem, type)), false, List.of(), null, null);
    }
    List<ElementProblem> problems = new ArrayList<>();
    List<QueryMethod> methods = queryMethods(type, problems);
    RepositoryRead.Target target = null;
    Throwable lateError = null;
    try {
      if (methods.size() == abstractMethods(type).size()) {
        TypeRef ref = collector.inspector().ref(type);
        target = new RepositoryRead.Target(ref, ImplName.of(ref), generatedVisible());
      }
    } catch (RuntimeException | Error e) {
      lateError = e;
    }
    return new RepositoryRead(type, problems, true, methods, target, lateError);
  }

  /**
   * The stand-in for a repository with errors, or empty when none can be written: a generic or
   * private nested interface, or a signature with types that do not resolve.
   */
  public Optional<StubPlan> stub(TypeElement type) {
    if (!type.getTypeParameters().isEmpty()
        || type.getNestingKind().isNested() && type.getModifiers().contains(Modifier.PRIVATE)) {
      return Optional.empty();
    }
    List<ExecutableElement> methods = abstractMethods(type);
    for (ExecutableElement m : methods) {
      if (mentionsMissingType(m)) {
        return Optional.empty();
      }
    }
    DeclaredType repository = (DeclaredType) type.asType();
    List<MethodSignature> signatures = new ArrayList<>();
    for (ExecutableElement m : methods) {
      signatures.add(signature(m, repository));
    }
    TypeRef ref = collector.inspector().ref(type);
    return Optional.of(new StubPlan(ref, ImplName.of(ref).simple(), signatures));
  }

  /**
   * The constant names of the Java enum {@code type}, sorted, or none when it cannot be found (the
   * run-time check of its labels is then skipped).
   */
  public List<String> enumConstants(TypeRef type) {
    TypeElement element = elements.getTypeElement(type.qualifiedName());
    if (element == null || element.getKind() != ElementKind.ENUM) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (var e : element.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        names.add(e.getSimpleName().toString());
      }
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  /** True when {@code javax.annotation.processing.Generated} can be used in generated code. */
  public boolean generatedVisible() {
    return elements.getTypeElement("javax.annotation.processing.Generated") != null;
  }

  private List<QueryMethod> queryMethods(TypeElement type, List<ElementProblem> problems) {
    List<QueryMethod> result = new ArrayList<>();
    for (ExecutableElement method : abstractMethods(type)) {
      Optional<AnnotationMirror> query = Annotations.find(method, Annotations.QUERY);
      if (query.isEmpty()) {
        Problem problem = Message.MISSING_QUERY.unpositioned(method.getSimpleName());
        // an inherited method may come from a class file, which has no place to point at
        problems.add(
            new ElementProblem(problem, method.getEnclosingElement().equals(type) ? method : type));
        continue;
      }
      AnnotationValue value = Annotations.value(query.get());
      if (value == null || !(value.getValue() instanceof String sql)) {
        continue; // javac already reports a missing or non-constant value
      }
      boolean unchecked =
          Annotations.suppresses(method, Suppressions.UNCHECKED)
              || Annotations.suppresses(method.getEnclosingElement(), Suppressions.UNCHECKED);
      MethodModel model = null;
      Throwable modelError = null;
      try {
        model = collector.collect(method, sql);
      } catch (RuntimeException | Error e) {
        modelError = e;
      }
      result.add(new QueryMethod(method, query.get(), value, sql, unchecked, model, modelError));
    }
    return result;
  }

  /**
   * The abstract methods the implementation must provide, including those inherited from
   * super-interfaces (a default method overriding one is not abstract and is left alone), in
   * declaration order: the type's own first, then each super-interface's, depth first in the order
   * of the {@code extends} clause. {@code getAllMembers} decides which methods there are; its order
   * differs between compilers, so the order comes from walking the types (see {@link
   * DeclarationOrder}).
   */
  private List<ExecutableElement> abstractMethods(TypeElement type) {
    Set<ExecutableElement> abstractOnes = new HashSet<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (m.getModifiers().contains(Modifier.ABSTRACT)) {
        abstractOnes.add(m);
      }
    }
    Set<ExecutableElement> ordered = new LinkedHashSet<>();
    walk(type, abstractOnes, ordered, new HashSet<>());
    ordered.addAll(sortedRest(abstractOnes, ordered)); // none expected; never lose a method
    return new ArrayList<>(ordered);
  }

  private void walk(
      TypeElement type,
      Set<ExecutableElement> wanted,
      Set<ExecutableElement> out,
      Set<TypeElement> visited) {
    if (!visited.add(type)) {
      return;
    }
    List<ExecutableElement> own = ElementFilter.methodsIn(type.getEnclosedElements());
    for (ExecutableElement m : order.of(type, own)) {
      if (wanted.contains(m)) {
        out.add(m);
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (types.asElement(parent) instanceof TypeElement p) {
        walk(p, wanted, out, visited);
      }
    }
  }

  private static List<ExecutableElement> sortedRest(
      Set<ExecutableElement> all, Set<ExecutableElement> found) {
    List<ExecutableElement> rest = new ArrayList<>();
    for (ExecutableElement m : all) {
      if (!found.contains(m)) {
        rest.add(m);
      }
    }
    rest.sort(Comparator.comparing(m -> m.getEnclosingElement() + "." + m));
    return rest;
  }

  private static boolean mentionsMissingType(ExecutableElement m) {
    if (m.getReturnType().getKind() == TypeKind.ERROR) {
      return true;
    }
    for (VariableElement p : m.getParameters()) {
      if (p.asType().getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** The method as a member of {@code repository}, with inherited type arguments substituted. */
  private MethodSignature signature(ExecutableElement method, DeclaredType repository) {
    TypeInspector inspector = collector.inspector();
    ExecutableType member = (ExecutableType) types.asMemberOf(repository, method);
    List<MethodSignature.TypeParameter> typeParameters = new ArrayList<>();
    for (TypeParameterElement t : method.getTypeParameters()) {
      List<JType> bounds = new ArrayList<>();
      for (TypeMirror bound : t.getBounds()) {
        bounds.add(inspector.signature(bound));
      }
      typeParameters.add(new MethodSignature.TypeParameter(t.getSimpleName().toString(), bounds));
    }
    List<MethodSignature.Parameter> parameters = new ArrayList<>();
    List<? extends VariableElement> declared = method.getParameters();
    for (int i = 0; i < declared.size(); i++) {
      VariableElement p = declared.get(i);
      parameters.add(
          new MethodSignature.Parameter(
              p.getSimpleName().toString(),
              inspector.signature(member.getParameterTypes().get(i)),
              p.getModifiers().contains(Modifier.FINAL)));
    }
    List<JType> thrown = new ArrayList<>();
    for (TypeMirror t : member.getThrownTypes()) {
      thrown.add(inspector.signature(t));
    }
    return new MethodSignature(
        method.getSimpleName().toString(),
        typeParameters,
        inspector.signature(member.getReturnType()),
        parameters,
        method.isVarArgs(),
        thrown);
  }
}
