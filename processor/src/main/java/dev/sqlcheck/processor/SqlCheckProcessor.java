package dev.sqlcheck.processor;

import com.google.auto.service.AutoService;
import dev.sqlcheck.processor.step.Pipeline;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The JSR 269 entry point. It reads the options and hands each round to the {@link Pipeline}, which
 * does the work; see the {@code step} package for the stages.
 */
@AutoService(Processor.class)
public final class SqlCheckProcessor extends AbstractProcessor {
  /** Threads checking queries; 0 means the pipeline's default. */
  private final int threads;

  private final Consumer<String> beforeAnalysis;
  private Pipeline pipeline;

  public SqlCheckProcessor() {
    this(0, sql -> {});
  }

  /**
   * For tests: {@code threads} fixes the pool size (1: everything on javac's thread), and {@code
   * beforeAnalysis} sees each query's SQL on the thread about to analyse it.
   */
  SqlCheckProcessor(int threads, Consumer<String> beforeAnalysis) {
    this.threads = threads;
    this.beforeAnalysis = beforeAnalysis;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    ProcessorOptions options = ProcessorOptions.parse(env.getOptions());
    pipeline =
        new Pipeline(
            env,
            new Pipeline.Settings(
                options.dialect(),
                options.schemaPaths(),
                options.error(),
                threads,
                options.disabled(),
                options.placeholders()),
            beforeAnalysis);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // @Generated is on the implementations sqlcheck writes; unclaimed, it would make javac warn
    // under -Xlint:processing in the next round, and fail -Werror builds.
    return Set.of(
        "dev.sqlcheck.SqlRepository",
        "dev.sqlcheck.Query",
        "dev.sqlcheck.Param",
        "javax.annotation.processing.Generated");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.KNOWN;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    pipeline.round(round);
    return true; // sqlcheck's annotations are its own: claimed, so -Xlint:processing is quiet
  }
}
