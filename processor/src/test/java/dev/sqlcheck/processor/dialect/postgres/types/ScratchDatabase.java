package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database on the test PostgreSQL that is dropped again on {@link #close()}, so that the
 * catalog export and the differential tests see only what {@code template1} holds plus their own
 * objects, and leave nothing behind.
 */
final class ScratchDatabase implements AutoCloseable {
  private final String url;
  private final Connection connection;

  ScratchDatabase(String prefix) throws SQLException {
    this.url = TestDatabases.freshPostgresDatabase(prefix);
    this.connection = DriverManager.getConnection(url);
  }

  Connection connection() {
    return connection;
  }

  /** The PostgreSQL major version of the server, e.g. 15. */
  int majorVersion() throws SQLException {
    return PgCatalogExport.majorVersion(connection);
  }

  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
    String name = databaseName(url);
    try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  private static String databaseName(String url) {
    int query = url.indexOf('?');
    String head = query < 0 ? url : url.substring(0, query);
    return head.substring(head.lastIndexOf('/') + 1);
  }
}
