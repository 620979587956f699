package dev.sqlcheck.bench;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * JDBI 3 SqlObject with the same interface shape: {@code @SqlQuery} with constructor mapping into
 * the same records, parameters bound by name ({@code -parameters}), the batch through
 * {@code @SqlBatch} with {@code @BindMethods}. {@link #create} returns an on-demand instance, which
 * like the generated code takes one pooled connection per call.
 *
 * <p>The constructor mapper is registered once on the {@link Jdbi}, not with
 * {@code @RegisterConstructorMapper} on this interface: a stack profile showed the annotation being
 * applied again on every on-demand call. Registering once is the cheaper of the two documented
 * ways, so the benchmark does not handicap JDBI.
 */
public interface JdbiRepository extends BenchRepository {

  static BenchRepository create(javax.sql.DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    jdbi.registerRowMapper(ConstructorMapper.factory(Item.class));
    return jdbi.onDemand(JdbiRepository.class);
  }

  @Override
  @SqlQuery("SELECT id, name, category, price, quantity, created_at FROM bench_item WHERE id = :id")
  Optional<Item> findById(long id);

  @Override
  @SqlQuery(
      "SELECT id, name, category, price, quantity, created_at FROM bench_item"
          + " WHERE id BETWEEN :first AND :last ORDER BY id")
  List<Item> findRange(long first, long last);

  @Override
  @SqlQuery(
      "INSERT INTO bench_item (name, category, price, quantity, created_at)"
          + " VALUES (:name, :category, :price, :quantity, :createdAt) RETURNING id")
  long insertReturningId(
      String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt);

  @Override
  @SqlUpdate(
      "INSERT INTO bench_item (name, category, price, quantity, created_at)"
          + " VALUES (:name, :category, :price, :quantity, :createdAt)")
  int insert(String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt);

  @Override
  @SqlBatch("UPDATE bench_item SET price = :price, quantity = :quantity WHERE id = :id")
  int[] updatePrices(@BindMethods List<PriceChange> changes);
}
