package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
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
 * A schema run in a fresh PostgreSQL database and loaded by sqlcheck (without a word), so that a
 * test can put the same queries to both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PostgresSchemaFixture {
  Connection connection;
  Catalog catalog;

  /** The schema both read. */
  abstract String ddl();

  /** The loader that reads {@link #ddl}: without view columns unless a test asks for them. */
  SchemaLoader loader() {
    return new SchemaLoader();
  }

  /** What only the database has (an extension's objects, say); empty by default. */
  String databaseOnly() {
    return "";
  }

  @BeforeAll
  void setUp() throws SQLException {
    connection =
        DriverManager.getConnection(
            TestDatabases.freshPostgresDatabase(getClass().getSimpleName().toLowerCase()));
    try (Statement s = connection.createStatement()) {
      s.execute(ddl());
      if (!databaseOnly().isEmpty()) {
        s.execute(databaseOnly());
      }
    }
    SchemaLoadResult loaded = loader().load(List.of(new SchemaSource("s.sql", ddl())));
    assertEquals(List.of(), loaded.diagnostics());
    catalog = loaded.catalog();
  }

  @AfterAll
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }
}
