package dev.sqlcheck.processor.oracle;

import dev.sqlcheck.processor.catalog.Catalog;
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
 * works on the batch, and with a time limit per query (counted from when its result is awaited), so
 * a query that makes it loop is reported instead of hanging the build.
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
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "oracle-analyser");
          t.setDaemon(true);
          return t;
        });
  }

  private static final int BATCH = 250;

  /** Judges the cases in batches; the analyser works through a batch while PostgreSQL does. */
  List<Judgement> judgeAll(List<OracleCase> cases) {
    List<Judgement> out = new ArrayList<>(cases.size());
    for (int from = 0; from < cases.size(); from += BATCH) {
      out.addAll(judgeBatch(cases.subList(from, Math.min(cases.size(), from + BATCH))));
    }
    return out;
  }

  Judgement judgeOne(OracleCase c) {
    return judgeBatch(List.of(c)).get(0);
  }

  private List<Judgement> judgeBatch(List<OracleCase> batch) {
    List<Future<SqlcheckVerdict>> analyses = new ArrayList<>();
    batch.forEach(c -> analyses.add(submit(c)));
    List<PostgresJudge.Verdict> verdicts =
        judge.judge(batch.stream().map(OracleCase::sql).toList());
    List<Judgement> out = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      SqlcheckVerdict sc = await(analyses.get(i));
      if (sc == null) {
        // The analyser hung on this query; it was replaced, so queue the rest again.
        sc = timedOut();
        for (int j = i + 1; j < batch.size(); j++) {
          analyses.set(j, submit(batch.get(j)));
        }
      }
      PostgresJudge.Verdict pg = verdicts.get(i);
      if (pg.accepted() && onlyNotNullViolations(sc)) {
        // SQLCHECK-218 is what running the INSERT says, not PREPARE: run it, rolled back, with
        // NULL for each parameter (the error must then be the NOT NULL violation, 23502)
        pg = judge.run(batch.get(i).sql(), pg);
      }
      out.add(Judgement.of(batch.get(i), pg, sc));
    }
    return out;
  }

  private static boolean onlyNotNullViolations(SqlcheckVerdict sc) {
    return sc.kind() == SqlcheckVerdict.Kind.ERROR
        && sc.problems().stream().allMatch(p -> p.startsWith("SQLCHECK-218 "));
  }

  private Future<SqlcheckVerdict> submit(OracleCase c) {
    return analyser.submit(
        () -> {
          long start = System.nanoTime();
          try {
            return SqlcheckVerdict.analyze(catalog, c.sql());
          } finally {
            analysisNanos.addAndGet(System.nanoTime() - start);
          }
        });
  }

  /** The analysis, or null if it did not finish in time (the analyser is then replaced). */
  private SqlcheckVerdict await(Future<SqlcheckVerdict> f) {
    try {
      return f.get(ANALYSIS_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      analyser.shutdownNow();
      analyser = newAnalyser();
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed outside the analyser", e);
    }
  }

  private static SqlcheckVerdict timedOut() {
    return new SqlcheckVerdict(
        SqlcheckVerdict.Kind.ERROR,
        List.of("analysis did not finish within " + ANALYSIS_LIMIT_SECONDS + " s"),
        false,
        List.of(),
        List.of());
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
