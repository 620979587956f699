package dev.sqlcheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole JMH suite on H2 for a few milliseconds per benchmark, in this JVM, so CI notices
 * when a benchmark or the JMH wiring breaks. The scores are only checked to exist, never judged.
 */
class JmhSmokeTest {

  @Test
  void everyBenchmark_runsOnH2() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(RepositoryBenchmark.class.getName())
            .param("db", "h2")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(20))
            .shouldFailOnError(true)
            .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    int workloads = 5;
    assertEquals(workloads * Implementations.NAMES.size(), results.size());
    for (RunResult r : results) {
      assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams() + " has no score");
    }
  }
}
