package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.problem.MessageFormatter;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The only user of {@link Messager}. Reports each distinct message on an element once (ecj may run
 * extra rounds), on the most precise place available: the {@code @Query} value, then the
 * annotation, then the element.
 */
final class Reporter {
  private final Messager messager;
  private final Set<String> reported = new HashSet<>();

  Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports a problem found in the SQL of a {@code @Query}. */
  void report(
      Problem problem,
      String sql,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    print(problem.severity(), MessageFormatter.format(problem, sql), element, annotation, value);
  }

  /** Reports a problem that belongs to no element (a schema lint found after every query). */
  void report(Problem problem) {
    print(problem.severity(), MessageFormatter.format(problem, null), null, null, null);
  }

  /** Reports a problem with no SQL to point into, on an element. */
  void report(Problem problem, Element element) {
    print(problem.severity(), MessageFormatter.format(problem, null), element, null, null);
  }

  /**
   * Prints the one-line summary of a compilation as a note: Maven's compiler plugin shows notes at
   * INFO level by default, and a note never fails {@code -Werror}.
   */
  void note(String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message);
  }

  /** Reports an exception thrown inside the processor, with its stack trace, as SQLCHECK-000. */
  void internalError(Throwable t, Element element) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    String message =
        "["
            + ProblemCode.INTERNAL_ERROR.code()
            + "] internal error in sqlcheck: "
            + t
            + "\nPlease report this with the query and schema that caused it.\n"
            + trace;
    print(Severity.ERROR, message, element, null, null);
  }

  private void print(
      Severity severity,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    String key =
        severity
            + "|"
            + element
            + "|"
            + (element == null ? "" : element.getEnclosingElement())
            + "|"
            + message;
    if (!reported.add(key)) {
      return;
    }
    Diagnostic.Kind kind =
        severity == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    if (element == null) {
      messager.printMessage(kind, message);
    } else if (annotation == null) {
      messager.printMessage(kind, message, element);
    } else if (value == null) {
      messager.printMessage(kind, message, element, annotation);
    } else {
      messager.printMessage(kind, message, element, annotation, value);
    }
  }
}
