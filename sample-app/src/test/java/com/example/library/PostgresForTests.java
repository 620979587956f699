package com.example.library;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A fresh PostgreSQL database for the sample's tests: from {@code SQLCHECK_TEST_POSTGRES_URL}, else
 * a Testcontainers container when Docker is available, else the test is skipped with a message.
 * Under {@code CI=true} a skip is a failure, so CI cannot pass without PostgreSQL. The databases
 * are dropped when the test JVM exits, so runs leave nothing behind on a shared server.
 */
final class PostgresForTests {
  private static final Set<String> CREATED = new LinkedHashSet<>();
  private static PostgreSQLContainer<?> container;
  private static String server;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PostgresForTests::dropAll));
  }

  private PostgresForTests() {}

  /** The JDBC URL of a newly created, empty database. */
  static synchronized String freshDatabase(String name) {
    String base = serverUrl();
    String db = (name + "_" + ProcessHandle.current().pid()).toLowerCase();
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db);
      s.execute("CREATE DATABASE " + db);
      CREATED.add(db);
      server = base;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + db + " via " + base, e);
    }
    int query = base.indexOf('?');
    String head = query < 0 ? base : base.substring(0, query);
    String params = query < 0 ? "" : base.substring(query);
    return head.substring(0, head.lastIndexOf('/') + 1) + db + params;
  }

  private static synchronized void dropAll() {
    if (server == null || CREATED.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(server);
        Statement s = c.createStatement()) {
      for (String db : CREATED) {
        s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      System.err.println("PostgresForTests: could not drop " + CREATED + ": " + e);
    }
  }

  private static String serverUrl() {
    String fromEnv = System.getenv("SQLCHECK_TEST_POSTGRES_URL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    if (dockerAvailable()) {
      if (container == null) {
        container = new PostgreSQLContainer<>("postgres:16-alpine");
        container.start();
      }
      return container.getJdbcUrl()
          + "?user="
          + container.getUsername()
          + "&password="
          + container.getPassword();
    }
    String message =
        "PostgreSQL test skipped: set SQLCHECK_TEST_POSTGRES_URL (for example"
            + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres) or start Docker.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + " Under CI=true a skipped database test is a failure.");
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
