package dev.sqlcheck.junit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The Testcontainers PostgreSQL, started once per test run and stopped by Testcontainers when the
 * JVM exits. Only touched after {@link #available()}, so Testcontainers stays optional: without it
 * on the class path this class is never linked.
 */
final class Containers {
  private static PostgreSQLContainer<?> container;

  private Containers() {}

  /** Testcontainers is on the class path and finds a Docker engine. */
  static boolean available() {
    try {
      Class.forName(
          "org.testcontainers.DockerClientFactory", false, Containers.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** A URL (with credentials) of the container's server; starts it on first use. */
  static synchronized String serverUrl(String image) {
    if (container == null) {
      container = new PostgreSQLContainer<>(image);
      container.start();
    }
    return container.getJdbcUrl()
        + "?user="
        + container.getUsername()
        + "&password="
        + container.getPassword();
  }
}
