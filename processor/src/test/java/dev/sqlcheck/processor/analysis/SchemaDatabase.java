package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One schema twice: run in a fresh PostgreSQL database, and loaded by sqlcheck into a catalog, so
 * that a test can ask both about the same queries. {@link #close} drops the database.
 */
final class SchemaDatabase implements AutoCloseable {
  private final String url;
  private final Connection connection;
  private final Catalog catalog;

  SchemaDatabase(String prefix, String ddl) throws SQLException {
    url = TestDatabases.freshPostgresDatabase(prefix);
    connection = DriverManager.getConnection(url);
    try (Statement s = connection.createStatement()) {
      s.execute(ddl);
    }
    catalog =
        new SchemaLoader(new AnalyzerViewColumns())
            .load(List.of(new SchemaSource("schema.sql", ddl)))
            .catalog();
  }

  Connection connection() {
    return connection;
  }

  Catalog catalog() {
    return catalog;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
    TestDatabases.drop(url);
  }

  /**
   * A test of queries against one schema, run by PostgreSQL and by sqlcheck: the database lives for
   * the test class.
   */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class Test {
    private SchemaDatabase db;
    Connection connection;
    Catalog catalog;

    /** The schema's DDL. */
    abstract String ddl();

    @BeforeAll
    void createDatabase() throws SQLException {
      db = new SchemaDatabase(getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT), ddl());
      connection = db.connection();
      catalog = db.catalog();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
      if (db != null) {
        db.close();
      }
    }

    /**
     * Asserts that each query is valid, checked without a problem, and typed as PostgreSQL types
     * it.
     */
    void assertCheckedAndTyped(List<String> queries) throws SQLException {
      org.junit.jupiter.api.Assertions.assertEquals(
          List.of(), PostgresDescribes.cleanDisagreements(catalog, connection, queries));
      org.junit.jupiter.api.Assertions.assertEquals(
          List.of(), PostgresDescribes.differences(catalog, connection, queries));
    }
  }
}
