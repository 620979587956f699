package dev.sqlcheck.bench;

import dev.sqlcheck.SqlCheckException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The physical limit: the JDBC a careful person writes by hand for {@link BenchRepository}. One
 * connection per call from the pool, a prepared statement, columns read by index, no reflection.
 */
public final class HandWrittenRepository implements BenchRepository {
  private static final String SELECT_BY_ID =
      "SELECT id, name, category, price, quantity, created_at FROM bench_item WHERE id = ?";
  private static final String SELECT_RANGE =
      "SELECT id, name, category, price, quantity, created_at FROM bench_item"
          + " WHERE id BETWEEN ? AND ? ORDER BY id";
  private static final String INSERT =
      "INSERT INTO bench_item (name, category, price, quantity, created_at) VALUES (?, ?, ?, ?, ?)";
  private static final String INSERT_RETURNING = INSERT + " RETURNING id";
  private static final String UPDATE_PRICE =
      "UPDATE bench_item SET price = ?, quantity = ? WHERE id = ?";

  private final DataSource dataSource;

  public HandWrittenRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<Item> findById(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT_BY_ID)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Item item = map(rs);
        if (rs.next()) {
          throw new SqlCheckException("findById returned more than one row");
        }
        return Optional.of(item);
      }
    } catch (SQLException e) {
      throw new SqlCheckException("findById failed", e);
    }
  }

  @Override
  public List<Item> findRange(long first, long last) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT_RANGE)) {
      ps.setLong(1, first);
      ps.setLong(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        List<Item> items = new ArrayList<>();
        while (rs.next()) {
          items.add(map(rs));
        }
        return items;
      }
    } catch (SQLException e) {
      throw new SqlCheckException("findRange failed", e);
    }
  }

  @Override
  public long insertReturningId(
      String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT_RETURNING)) {
      bindInsert(ps, name, category, price, quantity, createdAt);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SqlCheckException("insertReturningId returned no row");
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new SqlCheckException("insertReturningId failed", e);
    }
  }

  @Override
  public int insert(
      String name, String category, BigDecimal price, int quantity, LocalDateTime createdAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      bindInsert(ps, name, category, price, quantity, createdAt);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new SqlCheckException("insert failed", e);
    }
  }

  @Override
  public int[] updatePrices(List<PriceChange> changes) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(UPDATE_PRICE)) {
      for (PriceChange change : changes) {
        ps.setBigDecimal(1, change.price());
        ps.setInt(2, change.quantity());
        ps.setLong(3, change.id());
        ps.addBatch();
      }
      return ps.executeBatch();
    } catch (SQLException e) {
      throw new SqlCheckException("updatePrices failed", e);
    }
  }

  private static void bindInsert(
      PreparedStatement ps,
      String name,
      String category,
      BigDecimal price,
      int quantity,
      LocalDateTime createdAt)
      throws SQLException {
    ps.setString(1, name);
    ps.setString(2, category);
    ps.setBigDecimal(3, price);
    ps.setInt(4, quantity);
    ps.setObject(5, createdAt);
  }

  private static Item map(ResultSet rs) throws SQLException {
    return new Item(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getBigDecimal(4),
        rs.getInt(5),
        rs.getObject(6, LocalDateTime.class));
  }
}
