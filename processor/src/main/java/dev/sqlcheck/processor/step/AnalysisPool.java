package dev.sqlcheck.processor.step;

import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few daemon threads that run the compiler-independent part of checking queries (parsing,
 * analysis against the immutable catalog, signature checks, rendering implementations) while
 * javac's thread, which alone may touch {@code Elements}, {@code Messager} and {@code Filer}, takes
 * the results in source order. javac itself is single-threaded, so this uses cores that would
 * otherwise idle.
 *
 * <p>A pool lives for one round: {@link #close} stops its threads before {@code process} returns,
 * so none outlives the compilation in an IDE or build daemon. With one thread, or a round of fewer
 * than {@link #SMALL_ROUND} queries, no thread starts and each task runs on the caller's thread
 * when its result is first needed; results are the same either way. The pool is used by javac's
 * thread only; tasks never submit tasks.
 */
final class AnalysisPool implements AutoCloseable {
  /** Below this many queries a round, starting threads costs more than it saves. */
  static final int SMALL_ROUND = 16;

  /** Threads used when none is configured: enough to matter, few enough to share a machine. */
  static int defaultThreads() {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
  }

  /** Queries a round may parse before the catalog is ready; bounds the parse trees held. */
  static final int PARSE_AHEAD = 1000;

  private final int threads;

  /** Tasks waiting until the round proves big enough to start the threads. */
  private final List<FutureTask<?>> held = new ArrayList<>();

  private int queries;
  private int parsedAhead;

  /** No threads: not started yet, not worth it, or a thread could not be had. */
  private ExecutorService executor;

  private boolean noThreads;

  private AnalysisPool(int threads) {
    this.threads = threads;
    this.noThreads = threads <= 1;
  }

  /**
   * A pool of up to {@code threads} for one round. Its threads start once the round has {@link
   * #SMALL_ROUND} queries (see {@link #countQueries}); until then tasks are held.
   */
  static AnalysisPool open(int threads) {
    return new AnalysisPool(threads);
  }

  /** Counts queries read this round; starts the threads once there are enough of them. */
  void countQueries(int count) {
    queries += count;
    if (executor == null && !noThreads && queries >= SMALL_ROUND) {
      executor =
          new ThreadPoolExecutor(
              threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new Daemons());
      List<FutureTask<?>> waiting = new ArrayList<>(held);
      held.clear();
      waiting.forEach(this::submit);
    }
  }

  /** True for the first {@link #PARSE_AHEAD} queries of a round. */
  boolean mayParseAhead() {
    return parsedAhead++ < PARSE_AHEAD;
  }

  /** Queues a task; without threads it waits for {@link #await}. */
  void submit(FutureTask<?> task) {
    if (noThreads) {
      return;
    }
    if (executor == null) {
      held.add(task);
      return;
    }
    try {
      executor.execute(task);
    } catch (RejectedExecutionException | OutOfMemoryError e) {
      // No thread to be had: this task and the rest run on the caller's thread instead.
      executor.shutdownNow();
      noThreads = true;
    }
  }

  /** Rethrows a task's unchecked failure as it was; wraps a checked one. */
  static RuntimeException unchecked(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /**
   * The task's result. A task no thread has started yet runs here and now, so a caller never waits
   * behind a queue, and a task may await others without deadlock.
   *
   * @throws ExecutionException with what the task threw as its cause
   */
  static <T> T await(FutureTask<T> task) throws ExecutionException {
    task.run(); // returns at once when the task has already run or is running elsewhere
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the task is running and will finish; keep the caller's flag
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Stops the threads and waits (briefly: they are idle by now) for them to end. Tasks nobody asked
   * for, left by a repository abandoned midway, are dropped.
   */
  @Override
  public void close() {
    held.clear();
    if (executor == null) {
      return;
    }
    boolean interrupted = false;
    try {
      executor.shutdownNow();
      while (true) {
        try {
          executor.awaitTermination(10, TimeUnit.SECONDS);
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (SecurityException e) {
      // Not allowed to stop them: they are daemons, idle, and end with the JVM.
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Starts loading the SQL parser on a daemon thread, or returns null when there is no spare core.
   * Pass the thread to {@link #join} before {@code process} returns.
   */
  static Thread warmUp(int threads, Dialect dialect) {
    if (threads <= 1) {
      return null;
    }
    try {
      Thread t = new Thread(() -> QueryAnalyzer.warmUp(dialect), "sqlcheck-warm-up");
      t.setDaemon(true);
      t.start();
      return t;
    } catch (OutOfMemoryError | SecurityException e) {
      return null; // only an optimisation: the parser loads on first use instead
    }
  }

  /** Waits for a {@link #warmUp} thread (long finished, normally) to end. */
  static void join(Thread warmUp) {
    if (warmUp == null) {
      return;
    }
    boolean interrupted = false;
    while (warmUp.isAlive()) {
      try {
        warmUp.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Daemon threads, so a pool can never keep a JVM alive. */
  private static final class Daemons implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "sqlcheck-analysis-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
