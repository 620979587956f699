package dev.sqlcheck.processor.collect;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads sqlcheck's annotations by name through mirrors, so the processor never needs the annotation
 * classes on its own class path and behaves alike under javac and ecj.
 */
final class Annotations {
  static final String SQL_REPOSITORY = "dev.sqlcheck.SqlRepository";
  static final String QUERY = "dev.sqlcheck.Query";
  static final String PARAM = "dev.sqlcheck.Param";
  static final String ENUM_LABEL = "dev.sqlcheck.EnumLabel";

  private Annotations() {}

  /** The annotation of type {@code name} on {@code element}, if present. */
  static Optional<AnnotationMirror> find(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The explicitly written {@code value} member, or null. */
  static AnnotationValue value(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The {@code value} member when it is a string, or null. */
  static String stringValue(AnnotationMirror mirror) {
    AnnotationValue value = value(mirror);
    return value != null && value.getValue() instanceof String s ? s : null;
  }

  /**
   * True when {@code @SuppressWarnings} on the element names {@code token}. Read through the
   * mirror: {@code getAnnotation} would build a proxy for each element asked.
   */
  static boolean suppresses(Element element, String token) {
    Optional<AnnotationMirror> mirror = find(element, "java.lang.SuppressWarnings");
    AnnotationValue value = mirror.isPresent() ? value(mirror.get()) : null;
    if (value == null) {
      return false;
    }
    if (value.getValue() instanceof List<?> values) {
      for (Object v : values) {
        if (v instanceof AnnotationValue a && token.equals(a.getValue())) {
          return true;
        }
      }
      return false;
    }
    return token.equals(value.getValue());
  }
}
