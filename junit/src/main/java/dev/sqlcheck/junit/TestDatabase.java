package dev.sqlcheck.junit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One new, empty PostgreSQL database for one test class, on the server in {@code
 * SQLCHECK_TEST_POSTGRES_URL} or in a Testcontainers container shared by the whole test run.
 * Dropped when the class is done.
 */
final class TestDatabase implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  static final String URL_VARIABLE = "SQLCHECK_TEST_POSTGRES_URL";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final String serverUrl;
  private final String name;
  private final UrlDataSource dataSource;

  private TestDatabase(String serverUrl, String name) {
    this.serverUrl = serverUrl;
    this.name = name;
    this.dataSource = new UrlDataSource(withDatabase(serverUrl, name));
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** A fresh database; skips the test (fails it under {@code CI=true}) when there is no server. */
  static TestDatabase fresh(String image) throws SQLException {
    String server = System.getenv(URL_VARIABLE);
    if (server == null || server.isBlank()) {
      // Containers is linked only when Testcontainers is there, so it stays optional.
      boolean docker =
          SchemaApplier.present("org.testcontainers.DockerClientFactory") && Containers.available();
      server = docker ? Containers.serverUrl(image) : null;
    }
    if (server == null) {
      unavailable("true".equalsIgnoreCase(System.getenv("CI")));
    }
    String name =
        ("sqlcheck_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
            .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(server);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new TestDatabase(server, name);
  }

  /** No server: a skip with a message, or, under CI, a failure, so CI never passes untested. */
  static void unavailable(boolean ci) {
    String message =
        "no PostgreSQL for @SqlCheckDatabase: set "
            + URL_VARIABLE
            + " (for example jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres), or start"
            + " Docker and put org.testcontainers:postgresql on the test class path";
    if (ci) {
      Assertions.fail(message + ". Under CI=true a skipped database test is a failure.");
    }
    Assumptions.abort(message);
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** Replaces the database in {@code jdbc:postgresql://host:port/db?params}. */
  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String head = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    int slash = head.lastIndexOf('/');
    if (slash < "jdbc:postgresql://".length()) {
      return head + "/" + database + params;
    }
    return head.substring(0, slash + 1) + database + params;
  }
}
