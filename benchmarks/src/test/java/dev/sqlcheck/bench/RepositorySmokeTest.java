package dev.sqlcheck.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sqlcheck.bench.BenchRepository.Item;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Calls every benchmark method once per implementation and checks that all four implementations
 * return the same, correct results, on H2 and (when {@code SQLCHECK_TEST_POSTGRES_URL} is set) on
 * PostgreSQL. This keeps the benchmarks honest: a faster implementation that returned less would
 * fail here. No timing is asserted.
 */
class RepositorySmokeTest {
  private static final String SCHEMA = "sqlcheck_bench_smoke";

  /** What one implementation returned from each workload, in a comparable form. */
  private record Outcome(
      Optional<Item> single,
      List<Item> list100,
      List<Item> list1000,
      long insertResult,
      Optional<Item> insertedRow,
      int[] batchCounts,
      List<Item> batchedRows) {}

  @TestFactory
  Stream<DynamicTest> everyWorkload_sameResultsFromEveryImplementation() {
    List<String> databases = new ArrayList<>(List.of("h2"));
    if (BenchDatabase.postgresConfigured()) {
      databases.add("postgres");
    } else if ("true".equals(System.getenv("CI"))) {
      fail(BenchDatabase.POSTGRES_URL_ENV + " must be set under CI=true");
    }
    return databases.stream().map(db -> DynamicTest.dynamicTest(db, () -> checkDatabase(db)));
  }

  private static void checkDatabase(String db) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (String impl : Implementations.NAMES) {
      outcomes.put(impl, run(impl, db));
    }
    Outcome expected = outcomes.get("handwritten");
    checkHandWritten(expected, db);
    outcomes.forEach((impl, actual) -> assertSame(expected, actual, impl + " on " + db));
  }

  private static Outcome run(String impl, String db) {
    RepositoryBenchmark bench = new RepositoryBenchmark();
    bench.impl = impl;
    bench.db = db;
    bench.pgSchema = SCHEMA;
    bench.open();
    try {
      Optional<Item> single = bench.singleRow();
      List<Item> list100 = bench.list100();
      List<Item> list1000 = bench.list1000();
      long insertResult = bench.insertReturning();
      Optional<Item> inserted = bench.repository().findById(BenchDatabase.SEED_ROWS + 1);
      int[] counts = bench.batchUpdate100();
      List<Item> batched = bench.repository().findRange(2_001, 2_100);
      bench.removeInsertedRows();
      return new Outcome(single, list100, list1000, insertResult, inserted, counts, batched);
    } finally {
      bench.close();
    }
  }

  /** The reference itself must be right, or equality with it proves nothing. */
  private static void checkHandWritten(Outcome o, String db) {
    Item first =
        new Item(
            1,
            "item-1",
            "category-1",
            new BigDecimal("1.01"),
            1,
            LocalDateTime.of(2024, 1, 1, 0, 1));
    assertEquals(Optional.of(first), o.single());
    assertEquals(100, o.list100().size());
    assertEquals(5_001, o.list100().get(0).id());
    assertEquals(1_000, o.list1000().size());
    assertEquals(first, o.list1000().get(0));
    long expectedInsert = "h2".equals(db) ? 1 : BenchDatabase.SEED_ROWS + 1;
    assertEquals(expectedInsert, o.insertResult());
    assertEquals("new-1", o.insertedRow().orElseThrow().name());
    int[] ones = new int[100];
    Arrays.fill(ones, 1);
    assertArrayEquals(ones, o.batchCounts());
    assertEquals(new BigDecimal("10.00"), o.batchedRows().get(0).price());
    assertTrue(o.batchedRows().stream().allMatch(i -> i.quantity() == 0));
  }

  private static void assertSame(Outcome expected, Outcome actual, String what) {
    assertEquals(expected.single(), actual.single(), what + ": single row");
    assertEquals(expected.list100(), actual.list100(), what + ": 100 rows");
    assertEquals(expected.list1000(), actual.list1000(), what + ": 1,000 rows");
    assertEquals(expected.insertResult(), actual.insertResult(), what + ": insert result");
    assertEquals(expected.insertedRow(), actual.insertedRow(), what + ": inserted row");
    assertArrayEquals(expected.batchCounts(), actual.batchCounts(), what + ": batch counts");
    assertEquals(expected.batchedRows(), actual.batchedRows(), what + ": rows after the batch");
  }
}
