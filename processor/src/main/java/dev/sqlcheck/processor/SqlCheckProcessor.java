package dev.sqlcheck.processor;

import com.google.auto.service.AutoService;
import dev.sqlcheck.processor.diag.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
 *
 * <p>Each round first reads every repository on javac's thread while a small pool of daemon
 * threads (see {@link AnalysisPool}) starts parsing their queries, then loads the schema, then
 * lets the pool check every query against it while javac's thread reports and writes the results
 * in order. The pool is closed before {@code process} returns.
 */
@AutoService(Processor.class)
public final class SqlCheckProcessor extends AbstractProcessor {
  static final String SQL_REPOSITORY = "dev.sqlcheck.SqlRepository";

  /** Threads checking queries; 0 means {@link AnalysisPool#defaultThreads()}. */
  private final int threads;
  private final Consumer<String> beforeAnalysis;
  private Reporter reporter;
  private RepositoryStep step;
  /** Names already handled: ecj may offer the same type again in a later round. */
  private final Set<String> done = new LinkedHashSet<>();
  /** Names waiting for types that a later round may generate. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** The parser's warm-up was started (once per compilation, with the first repository). */
  private boolean warmedUp;

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
    reporter = new Reporter(env.getMessager());
    step = new RepositoryStep(env, reporter, new SchemaSession(env), beforeAnalysis);
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

  /** One repository of this round, read (or failed), in the order its reports must appear. */
  private record Item(TypeElement type, RepositoryWork work, Throwable failure) {}

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<Item> items = new ArrayList<>();
    Thread warmUp = null;
    try (AnalysisPool pool = AnalysisPool.open(threadCount())) {
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
        if (!warmedUp && !names.isEmpty()) {
          warmedUp = true;
          warmUp = AnalysisPool.warmUp(threadCount());
        }
        for (String name : names) {
          prepareOne(name, round.processingOver(), items, pool);
        }
      } catch (RuntimeException | Error e) {
        items.add(new Item(null, null, e));
      }
      finishAll(items, pool);
    } finally {
      AnalysisPool.join(warmUp);
    }
    return false;
  }

  private int threadCount() {
    return threads > 0 ? threads : AnalysisPool.defaultThreads();
  }

  private void prepareOne(String name, boolean lastRound, List<Item> items, AnalysisPool pool) {
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
      items.add(new Item(type, step.prepare(type, pool), null));
    } catch (RuntimeException | Error e) {
      done.add(name);
      items.add(new Item(type, null, e));
    }
  }

  /**
   * Loads the catalog and queues every query's check (javac's thread, in order), then reports
   * and writes each repository in order as its results come in.
   */
  private void finishAll(List<Item> items, AnalysisPool pool) {
    try {
      for (Item item : items) {
        if (item.work() != null) {
          step.attach(item.work(), pool);
        }
      }
      for (int i = 0; i < items.size(); i++) {
        finish(items.get(i));
        items.set(i, null); // let the analyses of finished repositories be collected
      }
    } catch (RuntimeException | Error e) {
      reporter.internalError(e, null);
    }
  }

  private void finish(Item item) {
    if (item.failure() != null) {
      reporter.internalError(item.failure(), item.type());
      return;
    }
    try {
      step.finish(item.work());
    } catch (RuntimeException | Error e) {
      reporter.internalError(e, item.type());
    }
  }
}
