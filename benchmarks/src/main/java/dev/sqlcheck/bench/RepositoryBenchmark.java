package dev.sqlcheck.bench;

import dev.sqlcheck.bench.BenchRepository.Item;
import dev.sqlcheck.bench.BenchRepository.PriceChange;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The five run-time workloads, each run against every implementation and database named by the JMH
 * parameters. Every method returns its result, so JMH consumes it and the JIT cannot drop the
 * mapping work; the smoke test calls the same methods once and compares the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RepositoryBenchmark {
  /** Which implementation of {@link BenchRepository}; see {@link Implementations#NAMES}. */
  @Param({"handwritten", "generated", "jdbi", "spring"})
  public String impl;

  /** {@code h2} (embedded, isolates mapping cost) or {@code postgres} (a real server). */
  @Param({"h2", "postgres"})
  public String db;

  /** The PostgreSQL schema the tables live in; dropped and created at setup. */
  @Param("sqlcheck_bench")
  public String pgSchema;

  private BenchDatabase database;
  private BenchRepository repository;
  private List<PriceChange> batchA;
  private List<PriceChange> batchB;
  private boolean flip;
  private long nextId;
  private int inserted;

  @Setup(Level.Trial)
  public void open() {
    database = BenchDatabase.open(db, pgSchema);
    repository = Implementations.create(impl, database.dataSource());
    batchA = priceChanges(0);
    batchB = priceChanges(1);
  }

  @TearDown(Level.Iteration)
  public void removeInsertedRows() {
    database.removeInsertedRows();
  }

  @TearDown(Level.Trial)
  public void close() {
    database.close();
  }

  /** A single row by primary key, walking the ids so each call reads a different row. */
  @Benchmark
  public Optional<Item> singleRow() {
    nextId = nextId % BenchDatabase.SEED_ROWS + 1;
    return repository.findById(nextId);
  }

  /** 100 rows mapped to the 6-column record. */
  @Benchmark
  public List<Item> list100() {
    return repository.findRange(5_001, 5_100);
  }

  /** 1,000 rows mapped to the 6-column record. */
  @Benchmark
  public List<Item> list1000() {
    return repository.findRange(1, 1_000);
  }

  /**
   * An insert with {@code RETURNING id} on PostgreSQL. H2 has no RETURNING, so there the same
   * insert runs without it and returns the update count.
   */
  @Benchmark
  public long insertReturning() {
    int n = ++inserted;
    String name = "new-" + n;
    BigDecimal price = BigDecimal.valueOf(n % 100_000, 2);
    LocalDateTime at = LocalDateTime.of(2025, 1, 1, 0, 0);
    if ("h2".equals(db)) {
      return repository.insert(name, "inserted", price, n % 500, at);
    }
    return repository.insertReturningId(name, "inserted", price, n % 500, at);
  }

  /** One JDBC batch of 100 updates; alternates between two value sets so every row changes. */
  @Benchmark
  public int[] batchUpdate100() {
    flip = !flip;
    return repository.updatePrices(flip ? batchA : batchB);
  }

  private static List<PriceChange> priceChanges(int variant) {
    List<PriceChange> changes = new ArrayList<>(100);
    for (int i = 0; i < 100; i++) {
      long id = 2_001 + i;
      changes.add(new PriceChange(id, BigDecimal.valueOf(1_000L * (variant + 1) + i, 2), variant));
    }
    return changes;
  }

  /** The repository under test, for the smoke test's direct checks. */
  BenchRepository repository() {
    return repository;
  }
}
