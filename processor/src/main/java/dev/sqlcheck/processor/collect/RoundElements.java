package dev.sqlcheck.processor.collect;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A round's {@code @SqlRepository} types and {@code @Query} methods, found in one walk over the
 * round's types and their methods.
 *
 * <p>It finds what {@code RoundEnvironment.getElementsAnnotatedWith} finds for these two
 * annotations, always in declaration order (each element before what it encloses), as javac gives
 * them; ecj gives them in no particular order. Neither annotation is inherited, one applies only to
 * types and the other only to methods, so nothing below a method and nothing on a supertype can
 * carry them. The compiler's own search visits every element, parameters included, once per
 * annotation.
 *
 * @param repositories the types annotated with {@code repository}
 * @param queries the methods annotated with {@code query}
 */
public record RoundElements(List<TypeElement> repositories, List<ExecutableElement> queries) {
  public RoundElements {
    repositories = List.copyOf(repositories);
    queries = List.copyOf(queries);
  }

  /**
   * Walks {@code roots}; a null annotation (not on the class path) finds nothing.
   *
   * @param repository the {@code @SqlRepository} annotation type, or null
   * @param query the {@code @Query} annotation type, or null
   */
  public static RoundElements of(
      Iterable<? extends Element> roots, TypeElement repository, TypeElement query) {
    List<TypeElement> repositories = new ArrayList<>();
    List<ExecutableElement> queries = new ArrayList<>();
    if (repository != null || query != null) {
      for (Element root : roots) {
        if (root instanceof TypeElement type) {
          walk(type, repository, query, repositories, queries);
        }
      }
    }
    return new RoundElements(repositories, queries);
  }

  private static void walk(
      TypeElement type,
      TypeElement repository,
      TypeElement query,
      List<TypeElement> repositories,
      List<ExecutableElement> queries) {
    if (annotated(type, repository)) {
      repositories.add(type);
    }
    for (Element e : type.getEnclosedElements()) {
      if (e instanceof TypeElement nested) {
        walk(nested, repository, query, repositories, queries);
      } else if (e.getKind() == ElementKind.METHOD && annotated(e, query)) {
        queries.add((ExecutableElement) e);
      }
    }
  }

  private static boolean annotated(Element e, TypeElement annotation) {
    if (annotation == null) {
      return false;
    }
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (annotation.equals(m.getAnnotationType().asElement())) {
        return true;
      }
    }
    return false;
  }
}
