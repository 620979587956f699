package dev.sqlcheck.processor.collect;

import dev.sqlcheck.processor.model.MethodModel;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * One abstract method with its {@code @Query}, as read from the source. The elements are kept so
 * that reports land on the {@code @Query} value. {@code unchecked}: the method or its interface
 * says {@code @SuppressWarnings("sqlcheck:unchecked")}. {@code model} is the signature, or null
 * when reading it threw {@code modelError}; that error is raised only where a one-by-one pass would
 * have read the signature (after a clean analysis).
 */
public record QueryMethod(
    ExecutableElement method,
    AnnotationMirror annotation,
    AnnotationValue value,
    String sql,
    boolean unchecked,
    MethodModel model,
    Throwable modelError) {}
