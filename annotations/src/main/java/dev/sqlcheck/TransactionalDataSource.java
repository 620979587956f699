package dev.sqlcheck;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that lets several repository calls share one connection and one transaction.
 * Give it to every generated repository, then run the calls inside {@link #inTransaction}:
 *
 * <pre>{@code
 * TransactionalDataSource tx = new TransactionalDataSource(pool);
 * BookRepository books = new BookRepositoryImpl(tx);
 * AuthorRepository authors = new AuthorRepositoryImpl(tx);
 *
 * long bookId = tx.inTransaction(() -> {
 *   long authorId = authors.insert("Ursula K. Le Guin");
 *   return books.insert("The Dispossessed", "978-0060512750", authorId);
 * });
 * }</pre>
 *
 * <p>Inside {@code inTransaction}, {@link #getConnection()} on the same thread returns the
 * transaction's connection, wrapped so that the repository's {@code close()} does not close it. The
 * work commits when it returns and rolls back when it throws. A nested {@code inTransaction} joins
 * the outer one. Outside a transaction every call gets its own connection from the target, in
 * auto-commit mode as usual. Transactions are per thread, so one instance serves any number of
 * threads.
 *
 * <p>Applications that already manage transactions (Spring, Jakarta) do not need this class; see
 * the README for Spring's {@code TransactionAwareDataSourceProxy}.
 */
public final class TransactionalDataSource implements DataSource {
  /** Work to run in a transaction; it may throw {@link SQLException}. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws SQLException;
  }

  private final DataSource target;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  public TransactionalDataSource(DataSource target) {
    if (target == null) {
      throw new NullPointerException("target");
    }
    this.target = target;
  }

  /**
   * Runs {@code work} in one transaction on one connection and returns its result. Commits on
   * return; rolls back on any exception, which is rethrown ({@link SQLException} wrapped in a
   * {@link SqlCheckException}).
   */
  public <T> T inTransaction(Work<T> work) {
    if (current.get() != null) {
      return runJoined(work);
    }
    try (Connection conn = target.getConnection()) {
      boolean autoCommit = conn.getAutoCommit();
      conn.setAutoCommit(false);
      current.set(conn);
      try {
        return runAndCommit(conn, work);
      } finally {
        current.remove();
        restore(conn, autoCommit);
      }
    } catch (SQLException e) {
      throw JdbcSupport.wrap("transaction", e);
    }
  }

  private static <T> T runAndCommit(Connection conn, Work<T> work) throws SQLException {
    try {
      T result = work.run();
      conn.commit();
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      rollback(conn, e);
      throw e;
    }
  }

  /** Gives a pooled connection back as it came; a broken one is discarded by the pool anyway. */
  private static void restore(Connection conn, boolean autoCommit) {
    try {
      conn.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // The outcome of the transaction is already decided; closing follows.
    }
  }

  /** Runs {@code work} in a transaction, for work without a result. */
  public void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** True when the calling thread is inside {@link #inTransaction}. */
  public boolean inTransaction() {
    return current.get() != null;
  }

  private static <T> T runJoined(Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw JdbcSupport.wrap("transaction", e);
    }
  }

  private static void rollback(Connection conn, Throwable cause) {
    try {
      conn.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection conn = current.get();
    return conn == null ? target.getConnection() : unclosable(conn);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Connection conn = current.get();
    return conn == null ? target.getConnection(username, password) : unclosable(conn);
  }

  /**
   * The transaction's connection behind a proxy whose {@code close()} does nothing, the same
   * technique Spring's TransactionAwareDataSourceProxy uses. Only this run-time helper uses a
   * proxy; generated code never uses reflection.
   */
  private static Connection unclosable(Connection conn) {
    return (Connection)
        Proxy.newProxyInstance(
            TransactionalDataSource.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> invoke(conn, proxy, method, args));
  }

  private static Object invoke(Connection conn, Object proxy, Method method, Object[] args)
      throws Throwable {
    switch (method.getName()) {
      case "close":
        return null;
      case "isClosed":
        return conn.isClosed();
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return "transaction-bound " + conn;
      default:
        try {
          return method.invoke(conn, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || target.isWrapperFor(iface);
  }
}
