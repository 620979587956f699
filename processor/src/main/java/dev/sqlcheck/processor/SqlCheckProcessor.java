package dev.sqlcheck.processor;

import com.google.auto.service.AutoService;
import dev.sqlcheck.processor.diag.Reporter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The JSR 269 entry point. It only wires the steps together: find {@code @SqlRepository} types,
 * hand each to {@link RepositoryStep}, defer by name those whose signatures mention types not
 * generated yet, and turn any exception into an {@code SQLCHECK-000} error on the type that
 * caused it, so one failure never stops the others nor crashes the compiler.
 */
@AutoService(Processor.class)
public final class SqlCheckProcessor extends AbstractProcessor {
  static final String SQL_REPOSITORY = "dev.sqlcheck.SqlRepository";

  private Reporter reporter;
  private SchemaSession schema;
  private RepositoryStep step;
  /** Names already handled: ecj may offer the same type again in a later round. */
  private final Set<String> done = new LinkedHashSet<>();
  /** Names waiting for types that a later round may generate. */
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new Reporter(env.getMessager());
    schema = new SchemaSession(env, reporter);
    step = new RepositoryStep(env, reporter, schema);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(SQL_REPOSITORY);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(ProcessorOptions.SCHEMA, ProcessorOptions.DIALECT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      Set<String> names = new LinkedHashSet<>(deferred);
      deferred.clear();
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(SQL_REPOSITORY);
      if (annotation != null) {
        for (Element e : round.getElementsAnnotatedWith(annotation)) {
          if (e instanceof TypeElement type) {
            names.add(type.getQualifiedName().toString());
          }
        }
      }
      for (String name : names) {
        processOne(name, round.processingOver());
      }
    } catch (RuntimeException | Error e) {
      reporter.internalError(e, null);
    }
    return false;
  }

  private void processOne(String name, boolean lastRound) {
    if (done.contains(name)) {
      return;
    }
    TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
    if (type == null) {
      return;
    }
    try {
      if (!lastRound && step.needsLaterRound(type)) {
        deferred.add(name);
        return;
      }
      done.add(name);
      step.process(type);
    } catch (RuntimeException | Error e) {
      done.add(name);
      reporter.internalError(e, type);
    }
  }
}
