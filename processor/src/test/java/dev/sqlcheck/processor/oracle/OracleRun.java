package dev.sqlcheck.processor.oracle;

import dev.sqlcheck.processor.schema.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Judges a list of queries: each goes to PostgreSQL and to sqlcheck's analyser, and the two
 * verdicts are classified. The analyser runs on a helper thread, at the same time as PostgreSQL
 * works on the query, and with a time limit, so a query that makes it loop is reported instead
 * of hanging the build.
 */
final class OracleRun implements AutoCloseable {
  private static final long ANALYSIS_LIMIT_SECONDS = 20;

  private final PostgresJudge judge;
  private final Catalog catalog;
  private ExecutorService analyser = newAnalyser();
  private final java.util.concurrent.atomic.AtomicLong analysisNanos =
      new java.util.concurrent.atomic.AtomicLong();

  OracleRun(PostgresJudge judge, Catalog catalog) {
    this.judge = judge;
    this.catalog = catalog;
  }

  private static ExecutorService newAnalyser() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "oracle-analyser");
      t.setDaemon(true);
      return t;
    });
  }

  List<Judgement> judgeAll(List<OracleCase> cases) {
    List<Judgement> out = new ArrayList<>(cases.size());
    for (OracleCase c : cases) {
      out.add(judgeOne(c));
    }
    return out;
  }

  /** Judges one query; the analyser works while PostgreSQL does. */
  Judgement judgeOne(OracleCase c) {
    Future<SqlcheckVerdict> analysis = analyser.submit(() -> {
      long start = System.nanoTime();
      try {
        return SqlcheckVerdict.analyze(catalog, c.sql());
      } finally {
        analysisNanos.addAndGet(System.nanoTime() - start);
      }
    });
    PostgresJudge.Verdict pg = judge.judge(c.sql());
    return Judgement.of(c, pg, await(analysis));
  }

  private SqlcheckVerdict await(Future<SqlcheckVerdict> f) {
    try {
      return f.get(ANALYSIS_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      analyser.shutdownNow();
      analyser = newAnalyser();
      return new SqlcheckVerdict(SqlcheckVerdict.Kind.ERROR,
          List.of("analysis did not finish within " + ANALYSIS_LIMIT_SECONDS + " s"), false,
          List.of(), List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed outside the analyser", e);
    }
  }

  long analysisNanos() {
    return analysisNanos.get();
  }

  long postgresNanos() {
    return judge.nanos();
  }

  @Override
  public void close() {
    analyser.shutdownNow();
  }
}
