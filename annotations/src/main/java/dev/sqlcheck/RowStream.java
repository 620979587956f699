package dev.sqlcheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of an open result set as a sequential, lazy {@link Stream}. The stream owns the result
 * set, its statement and its connection: {@link Stream#close()} closes all three, which is why a
 * generated {@code Stream<T>} method must be called in try-with-resources.
 */
final class RowStream<T> extends Spliterators.AbstractSpliterator<T> {
  private final ResultSet rs;
  private final JdbcSupport.RowMapper<T> mapper;
  private final String method;

  private RowStream(ResultSet rs, JdbcSupport.RowMapper<T> mapper, String method) {
    super(Long.MAX_VALUE, Spliterator.ORDERED);
    this.rs = rs;
    this.mapper = mapper;
    this.method = method;
  }

  static <T> Stream<T> of(
      Connection conn,
      PreparedStatement ps,
      ResultSet rs,
      JdbcSupport.RowMapper<T> mapper,
      String method) {
    return StreamSupport.stream(new RowStream<>(rs, mapper, method), false)
        .onClose(() -> close(method, rs, ps, conn));
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    try {
      if (!rs.next()) {
        return false;
      }
      action.accept(mapper.map(rs));
      return true;
    } catch (SQLException e) {
      throw JdbcSupport.wrap(method, e);
    }
  }

  private static void close(String method, AutoCloseable... resources) {
    SQLException first = null;
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      } catch (Exception e) {
        if (first == null) {
          first = new SQLException(e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw JdbcSupport.wrap(method, first);
    }
  }
}
