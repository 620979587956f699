package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A column of a domain declared NOT NULL never holds NULL, though PostgreSQL's {@code attnotnull}
 * stays false, so the catalog makes it NOT NULL; {@code ALTER DOMAIN … SET|DROP NOT NULL} changes
 * that for the columns that have no NOT NULL of their own. PostgreSQL is asked directly: each
 * column is NOT NULL in the catalog exactly when PostgreSQL refuses a NULL in it.
 */
class DomainNotNullMatchesPostgresTest {
  private static final String DDL =
      """
      CREATE DOMAIN posint AS int NOT NULL CHECK (VALUE > 0);
      CREATE DOMAIN code AS text;
      CREATE DOMAIN plain AS int NOT NULL;
      CREATE TABLE counts (id bigint PRIMARY KEY, n posint, m posint NOT NULL, c code);
      CREATE TABLE later (id bigint PRIMARY KEY);
      ALTER TABLE later ADD COLUMN n posint;
      CREATE TABLE kept (id bigint PRIMARY KEY, p plain);
      ALTER DOMAIN posint DROP NOT NULL;
      ALTER DOMAIN code SET NOT NULL;
      CREATE TABLE after_drop (id bigint PRIMARY KEY, n posint, c code);
      """;

  @Test
  void aDomainColumnIsNotNull_exactlyWhenPostgresRefusesANull() throws Exception {
    String url = TestDatabases.freshPostgresDatabase("domain_not_null");
    Map<String, Boolean> refusesNull = new TreeMap<>();
    Catalog catalog =
        new SchemaLoader().load(List.of(new SchemaSource("domains.sql", DDL))).catalog();
    try {
      assertEquals(
          List.of(),
          SchemaMatchesPostgresTest.runInPostgres(url, List.of(new SchemaSource("d.sql", DDL))));
      try (Connection c = DriverManager.getConnection(url)) {
        for (String table : List.of("counts", "later", "kept", "after_drop")) {
          for (Column column : catalog.find("public", table).orElseThrow().columns()) {
            if (!column.name().equals("id")) {
              refusesNull.put(table + "." + column.name(), refuses(c, table, column.name()));
            }
          }
        }
      }
    } finally {
      SchemaMatchesPostgresTest.dropDatabase(url);
    }
    Map<String, Boolean> ours = new TreeMap<>();
    for (String key : refusesNull.keySet()) {
      String[] parts = key.split("\\.");
      ours.put(
          key,
          catalog.find("public", parts[0]).orElseThrow().column(parts[1]).orElseThrow().notNull());
    }
    assertEquals(refusesNull, ours);
    // the DDL holds both verdicts
    assertEquals(true, refusesNull.containsValue(true) && refusesNull.containsValue(false));
  }

  /** Whether PostgreSQL refuses a NULL in the column (the other columns get valid values). */
  private static boolean refuses(Connection c, String table, String column) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      StringBuilder names = new StringBuilder("id");
      StringBuilder values = new StringBuilder("1");
      try (var rs =
          s.executeQuery(
              "SELECT attname FROM pg_attribute WHERE attrelid = '"
                  + table
                  + "'::regclass AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('id', '"
                  + column
                  + "')")) {
        while (rs.next()) {
          names.append(", ").append(rs.getString(1));
          values.append(", '1'");
        }
      }
      s.execute(
          "INSERT INTO "
              + table
              + " ("
              + names
              + ", "
              + column
              + ") VALUES ("
              + values
              + ", NULL)");
      return false;
    } catch (SQLException e) {
      if (!"23502".equals(e.getSQLState())) {
        throw e;
      }
      return true;
    } finally {
      c.rollback();
    }
  }
}
