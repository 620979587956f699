package dev.sqlcheck.processor.integration;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small connection pool over a real PostgreSQL (through DriverManager) that counts the
 * connections its callers hold, so tests can prove generated code gives every connection back on
 * every path. Like a production pool it reuses physical connections (opening one costs a fork on
 * the server, which made a concurrency test open 1,600 of them) and, with a maximum size, makes a
 * caller wait for a free one and fail after a timeout: a leak shows up as that failure.
 */
final class CountingDataSource implements DataSource, AutoCloseable {
  private final String url;
  private final Semaphore permits;
  private final long timeoutMillis;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final List<Connection> physical = new ArrayList<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger opened = new AtomicInteger();

  /** A pool with no size limit. */
  CountingDataSource(String url) {
    this(url, Integer.MAX_VALUE, 0);
  }

  /** A pool of at most {@code maxSize} connections; a caller waits up to {@code timeoutMillis}. */
  CountingDataSource(String url, int maxSize, long timeoutMillis) {
    this.url = url;
    this.permits = new Semaphore(maxSize, true);
    this.timeoutMillis = timeoutMillis;
  }

  /** Connections handed out and not closed yet. */
  int openConnections() {
    return open.get();
  }

  /** Connections handed out so far. */
  int openedConnections() {
    return opened.get();
  }

  /** Physical connections opened to the server. */
  synchronized int physicalConnections() {
    return physical.size();
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      if (!permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
        throw new SQLTransientConnectionException(
            "no connection available within " + timeoutMillis + " ms: all are in use");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", e);
    }
    Connection real;
    try {
      real = take();
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
    open.incrementAndGet();
    opened.incrementAndGet();
    return logical(real);
  }

  private synchronized Connection take() throws SQLException {
    Connection c = idle.pollFirst();
    if (c != null) {
      return c;
    }
    c = DriverManager.getConnection(url);
    physical.add(c);
    return c;
  }

  /** A handle whose {@code close()} gives the physical connection back, reset, exactly once. */
  private Connection logical(Connection real) {
    boolean[] closed = {false};
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              String name = method.getName();
              synchronized (closed) {
                if (name.equals("close")) {
                  if (!closed[0]) {
                    closed[0] = true;
                    giveBack(real);
                  }
                  return null;
                }
                if (name.equals("isClosed")) {
                  return closed[0];
                }
                if (closed[0]) {
                  throw new SQLException("connection is closed", "08003");
                }
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private void giveBack(Connection real) throws SQLException {
    try {
      if (!real.getAutoCommit()) {
        real.rollback();
        real.setAutoCommit(true);
      }
      synchronized (this) {
        idle.addFirst(real);
      }
    } finally {
      open.decrementAndGet();
      permits.release();
    }
  }

  /** Closes the physical connections. */
  @Override
  public synchronized void close() throws SQLException {
    for (Connection c : physical) {
      c.close();
    }
    physical.clear();
    idle.clear();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
