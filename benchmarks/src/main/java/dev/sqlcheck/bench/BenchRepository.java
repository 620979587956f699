package dev.sqlcheck.bench;

import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The repository every run-time benchmark exercises. sqlcheck generates {@code BenchRepositoryImpl}
 * from it while this module compiles; {@link HandWrittenRepository}, {@link JdbiRepository} and
 * {@link SpringRepository} implement the same interface by other means, so the benchmarks call all
 * four through one type.
 */
@SqlRepository
public interface BenchRepository {

  /** One row of {@code bench_item}: the 6-column record the mapping workloads produce. */
  record Item(
      long id,
      String name,
      String category,
      BigDecimal price,
      int quantity,
      LocalDateTime createdAt) {}

  /** One element of the batch-update workload. */
  record PriceChange(long id, BigDecimal price, int quantity) {}

  @Query("SELECT id, name, category, price, quantity, created_at FROM bench_item WHERE id = :id")
  Optional<Item> findById(long id);

  @Query(
      """
      SELECT id, name, category, price, quantity, created_at
      FROM bench_item
      WHERE id BETWEEN :first AND :last
      ORDER BY id""")
  List<Item> findRange(long first, long last);

  @Query(
      """
      INSERT INTO bench_item (name, category, price, quantity, created_at)
      VALUES (:name, :category, :price, :quantity, :createdAt)
      RETURNING id""")
  long insertReturningId(
      String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt);

  /** The insert workload on H2, which has no RETURNING clause. */
  @Query(
      """
      INSERT INTO bench_item (name, category, price, quantity, created_at)
      VALUES (:name, :category, :price, :quantity, :createdAt)""")
  int insert(String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt);

  @Query("UPDATE bench_item SET price = :price, quantity = :quantity WHERE id = :id")
  int[] updatePrices(List<PriceChange> changes);
}
