package dev.sqlcheck.maven;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh PostgreSQL databases for the plugin's tests, on the server in {@code
 * SQLCHECK_TEST_POSTGRES_URL}; without it the test is skipped, and under {@code CI=true} it fails.
 */
final class PluginTestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private PluginTestDatabases() {}

  static String serverUrl() {
    String url = System.getenv("SQLCHECK_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      String message =
          "PostgreSQL test skipped: set SQLCHECK_TEST_POSTGRES_URL (for example"
              + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres).";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " Under CI=true a skipped database test is a failure.");
      }
      Assumptions.abort(message);
    }
    return url;
  }

  /** Creates an empty database and returns its URL. */
  static String create(String prefix) throws SQLException {
    String base = serverUrl();
    String name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    }
    int query = base.indexOf('?');
    String head = query < 0 ? base : base.substring(0, query);
    String params = query < 0 ? "" : base.substring(query);
    return head.substring(0, head.lastIndexOf('/') + 1) + name + params;
  }

  static void drop(String url) throws SQLException {
    String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
    try (Connection c = DriverManager.getConnection(serverUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
