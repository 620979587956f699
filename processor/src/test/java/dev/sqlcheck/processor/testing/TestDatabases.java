package dev.sqlcheck.processor.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Finds a real PostgreSQL for integration tests, in this order: the JDBC URL in {@code
 * SQLCHECK_TEST_POSTGRES_URL}; otherwise a Testcontainers container when Docker is available;
 * otherwise the test is skipped with a message. Under {@code CI=true} a skip is a failure, so CI
 * cannot go green without having really talked to the database.
 *
 * <p>Every database created here is dropped again: by {@link #drop} when a test is done with it,
 * and otherwise when the test JVM exits, so runs leave nothing behind on a shared server.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
  private static volatile String baseUrl;
  private static PostgreSQLContainer<?> container;
  private static String scenarioDatabase;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll));
  }

  private TestDatabases() {}

  /** A JDBC URL (with credentials) of a PostgreSQL server, or the test is skipped or fails. */
  public static synchronized String postgresUrl() {
    if (baseUrl != null) {
      return baseUrl;
    }
    String fromEnv = System.getenv("SQLCHECK_TEST_POSTGRES_URL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      baseUrl = fromEnv;
      return baseUrl;
    }
    if (dockerAvailable()) {
      container = new PostgreSQLContainer<>("postgres:16-alpine");
      container.start();
      baseUrl =
          container.getJdbcUrl()
              + "?user="
              + container.getUsername()
              + "&password="
              + container.getPassword();
      return baseUrl;
    }
    String message =
        "PostgreSQL integration test skipped: set SQLCHECK_TEST_POSTGRES_URL"
            + " (for example jdbc:postgresql://127.0.0.1:5432/test?user=postgres)"
            + " or make a Docker engine available for Testcontainers.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + " Under CI=true a skipped database test is a failure.");
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  /**
   * Creates a fresh, empty database on the server and returns its JDBC URL, so that tests never see
   * each other's tables.
   */
  public static String freshPostgresDatabase(String prefix) {
    String base = postgresUrl();
    String name =
        (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
      CREATED.add(name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + " via " + base, e);
    }
    return withDatabase(base, name);
  }

  /**
   * A fresh, empty schema in a database shared by this test JVM, as a JDBC URL whose connections
   * use it as their {@code search_path}: much cheaper than a database (CREATE DATABASE copies a
   * template and waits for a checkpoint), and just as isolated for tests that create tables, types
   * and functions with unqualified names. The shared database is dropped when the JVM exits.
   */
  public static String freshPostgresSchema(String prefix) {
    String database;
    synchronized (TestDatabases.class) {
      if (scenarioDatabase == null) {
        scenarioDatabase = freshPostgresDatabase("sqlcheck_schemas");
      }
      database = scenarioDatabase;
    }
    String schema =
        (prefix + "_" + COUNTER.incrementAndGet())
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection c = DriverManager.getConnection(database);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test schema " + schema, e);
    }
    return database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops a database made by {@link #freshPostgresDatabase}, closing its sessions first. */
  public static void drop(String url) {
    int query = url.indexOf('?');
    String head = query < 0 ? url : url.substring(0, query);
    String name = head.substring(head.lastIndexOf('/') + 1);
    if (!CREATED.remove(name)) {
      return;
    }
    try (Connection c = DriverManager.getConnection(postgresUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test database " + name, e);
    }
  }

  /** Drops what the tests did not drop themselves; best effort, at JVM exit. */
  private static void dropAll() {
    String base = baseUrl;
    if (base == null || CREATED.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      for (String name : CREATED) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      System.err.println("TestDatabases: could not drop test databases " + CREATED + ": " + e);
    }
  }

  /** Replaces the database name in a {@code jdbc:postgresql://host:port/db?params} URL. */
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

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
