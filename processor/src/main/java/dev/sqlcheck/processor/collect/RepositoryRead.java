package dev.sqlcheck.processor.collect;

import dev.sqlcheck.processor.model.ImplName;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What reading one {@code @SqlRepository} type found: problems with its shape (reported on their
 * elements), its query methods in a stable order, and, when every abstract method has a usable
 * {@code @Query}, where its implementation goes. {@code lateError} is what reading the type threw
 * after its methods were read; it is raised only if every query checks clean.
 */
public record RepositoryRead(
    TypeElement type,
    List<ElementProblem> problems,
    boolean isInterface,
    List<QueryMethod> methods,
    Target target,
    Throwable lateError) {

  public RepositoryRead {
    problems = List.copyOf(problems);
    methods = List.copyOf(methods);
  }

  /** Where the implementation of a complete repository goes. */
  public record Target(TypeRef repository, ImplName impl, boolean annotateGenerated) {}

  /** Every abstract method has a usable {@code @Query}, so an implementation can be written. */
  public boolean complete() {
    return target != null;
  }
}
