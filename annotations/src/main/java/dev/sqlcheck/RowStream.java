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
 * set, its statement and its connection, and gives them back as soon as it no longer needs them:
 * when the last row has been read, when reading or mapping a row fails, and when {@link
 * Stream#close()} is called, whichever comes first. A stream abandoned half-read ({@code limit},
 * {@code findFirst}, an exception in the caller's own code) still holds its connection until it is
 * closed, which is why a generated {@code Stream<T>} method belongs in try-with-resources.
 */
final class RowStream<T> extends Spliterators.AbstractSpliterator<T> {
  private final Connection conn;
  private final PreparedStatement ps;
  private final ResultSet rs;
  private final JdbcSupport.RowMapper<T> mapper;
  private final String method;

  /** True once the resources are given back; the stream then yields no more rows. */
  private boolean released;

  private RowStream(
      Connection conn,
      PreparedStatement ps,
      ResultSet rs,
      JdbcSupport.RowMapper<T> mapper,
      String method) {
    super(Long.MAX_VALUE, Spliterator.ORDERED);
    this.conn = conn;
    this.ps = ps;
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
    RowStream<T> rows = new RowStream<>(conn, ps, rs, mapper, method);
    return StreamSupport.stream(rows, false).onClose(rows::release);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (released) {
      return false;
    }
    T row;
    try {
      if (!rs.next()) {
        release();
        return false;
      }
      row = mapper.map(rs);
    } catch (SQLException e) {
      throw releaseAfter(JdbcSupport.wrap(method, e));
    } catch (RowFailure e) {
      throw releaseAfter(e.in(method));
    } catch (RuntimeException | Error e) {
      releaseAfter(e);
      throw e;
    }
    try {
      action.accept(row);
    } catch (RuntimeException | Error e) {
      // The terminal operation fails with the caller's exception and the stream cannot be
      // consumed again, so nothing will read the remaining rows.
      releaseAfter(e);
      throw e;
    }
    return true;
  }

  /** Releases the resources, adding any failure to close them to {@code failure}. */
  private <X extends Throwable> X releaseAfter(X failure) {
    if (!released) {
      released = true;
      JdbcSupport.closeAfterFailure(failure, rs, ps, conn);
    }
    return failure;
  }

  /** Closes the result set, the statement and the connection, once. */
  private void release() {
    if (released) {
      return;
    }
    released = true;
    SQLException first = null;
    for (AutoCloseable r : new AutoCloseable[] {rs, ps, conn}) {
      try {
        r.close();
      } catch (Exception e) {
        SQLException s = e instanceof SQLException q ? q : new SQLException(e);
        if (first == null) {
          first = s;
        } else {
          first.addSuppressed(s);
        }
      }
    }
    if (first != null) {
      throw JdbcSupport.wrap(method, first);
    }
  }
}
