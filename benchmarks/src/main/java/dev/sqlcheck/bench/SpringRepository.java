package dev.sqlcheck.bench;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;

/**
 * Spring's {@link NamedParameterJdbcTemplate} with a {@link DataClassRowMapper} for the records,
 * written the way its documentation suggests. The mapper is built once and reused.
 */
public final class SpringRepository implements BenchRepository {
  private static final String COLUMNS = "id, name, category, price, quantity, created_at";
  private static final String INSERT =
      "INSERT INTO bench_item (name, category, price, quantity, created_at)"
          + " VALUES (:name, :category, :price, :quantity, :createdAt)";

  private final NamedParameterJdbcTemplate jdbc;
  private final RowMapper<Item> itemMapper = new DataClassRowMapper<>(Item.class);

  public SpringRepository(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
  }

  @Override
  public Optional<Item> findById(long id) {
    List<Item> rows =
        jdbc.query(
            "SELECT " + COLUMNS + " FROM bench_item WHERE id = :id", Map.of("id", id), itemMapper);
    return rows.stream().findFirst();
  }

  @Override
  public List<Item> findRange(long first, long last) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM bench_item WHERE id BETWEEN :first AND :last ORDER BY id",
        new MapSqlParameterSource().addValue("first", first).addValue("last", last),
        itemMapper);
  }

  @Override
  public long insertReturningId(
      String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt) {
    Long id =
        jdbc.queryForObject(
            INSERT + " RETURNING id",
            insertParameters(name, category, price, quantity, createdAt),
            Long.class);
    return id;
  }

  @Override
  public int insert(
      String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt) {
    return jdbc.update(INSERT, insertParameters(name, category, price, quantity, createdAt));
  }

  @Override
  public int[] updatePrices(List<PriceChange> changes) {
    return jdbc.batchUpdate(
        "UPDATE bench_item SET price = :price, quantity = :quantity WHERE id = :id",
        SqlParameterSourceUtils.createBatch(changes));
  }

  private static MapSqlParameterSource insertParameters(
      String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt) {
    return new MapSqlParameterSource()
        .addValue("name", name)
        .addValue("category", category)
        .addValue("price", price)
        .addValue("quantity", quantity)
        .addValue("createdAt", createdAt);
  }
}
