package dev.sqlcheck.processor.collect;

import dev.sqlcheck.processor.problem.Message;
import dev.sqlcheck.processor.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds {@code @Query} methods that sqlcheck will never implement (SQLCHECK-503), which would
 * otherwise be ignored in silence: a default or static method of a {@code @SqlRepository}, or a
 * method of a type without {@code @SqlRepository}. The second kind can only be judged in the last
 * round, because a {@code @SqlRepository} interface compiled with it may extend that type and so
 * implement its queries; such types are remembered by name, never by element.
 */
public final class StrayQueries {
  /** A problem on a {@code @Query} annotation. */
  public record Stray(Problem problem, ExecutableElement method, AnnotationMirror query) {}

  private final Elements elements;
  private final Types types;

  /** Types holding {@code @Query} methods but no {@code @SqlRepository}, by qualified name. */
  private final Set<String> pending = new LinkedHashSet<>();

  public StrayQueries(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Judges one round's {@code @Query} methods; returns what can be reported now. */
  public List<Stray> round(Collection<? extends Element> annotated) {
    List<Stray> now = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(annotated)) {
      if (!(method.getEnclosingElement() instanceof TypeElement owner)) {
        continue;
      }
      Optional<AnnotationMirror> query = Annotations.find(method, Annotations.QUERY);
      if (query.isEmpty()) {
        continue;
      }
      if (Annotations.find(owner, Annotations.SQL_REPOSITORY).isEmpty()) {
        pending.add(owner.getQualifiedName().toString());
      } else if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        String kind = method.getModifiers().contains(Modifier.STATIC) ? "static" : "default";
        now.add(
            new Stray(
                Message.QUERY_ON_NON_ABSTRACT_METHOD.unpositioned(method.getSimpleName(), kind),
                method,
                query.get()));
      }
    }
    return now;
  }

  /**
   * In the last round: the {@code @Query} methods of remembered types that none of {@code
   * repositories} (qualified names of every {@code @SqlRepository} seen) extends.
   */
  public List<Stray> finish(Collection<String> repositories) {
    List<Stray> out = new ArrayList<>();
    for (String name : pending) {
      TypeElement owner = elements.getTypeElement(name);
      if (owner == null || extendedByRepository(owner, repositories)) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        Annotations.find(method, Annotations.QUERY)
            .ifPresent(
                query ->
                    out.add(
                        new Stray(
                            Message.QUERY_OUTSIDE_REPOSITORY.unpositioned(
                                method.getSimpleName(),
                                owner.getSimpleName(),
                                owner.getSimpleName()),
                            method,
                            query)));
      }
    }
    pending.clear();
    return out;
  }

  private boolean extendedByRepository(TypeElement owner, Collection<String> repositories) {
    TypeMirror base = types.erasure(owner.asType());
    for (String name : repositories) {
      TypeElement repository = elements.getTypeElement(name);
      if (repository != null
          && !repository.equals(owner)
          && types.isSubtype(types.erasure(repository.asType()), base)) {
        return true;
      }
    }
    return false;
  }
}
