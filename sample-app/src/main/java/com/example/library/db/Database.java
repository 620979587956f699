package com.example.library.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A database the sample runs on, with the library schema created from {@code schema.sql}: an
 * embedded H2 in PostgreSQL mode, or a real PostgreSQL where the schema goes into its own
 * PostgreSQL schema ({@code library_sample}), dropped and created again on every run.
 *
 * @param dataSource where the repositories get their connections
 * @param postgres whether this is a real PostgreSQL (H2 lacks RETURNING and ON CONFLICT (...) DO
 *     UPDATE, so the scenario uses the portable forms of those few statements there)
 * @param description what to print about it
 * @param statements how many statements of schema.sql were run
 */
public record Database(
    DataSource dataSource, boolean postgres, String description, int statements) {
  /** The PostgreSQL schema the sample creates its tables in. */
  public static final String PG_SCHEMA = "library_sample";

  private static final AtomicInteger H2_COUNTER = new AtomicInteger();

  /** A new, empty in-memory H2 database (PostgreSQL mode) with the schema created. */
  public static Database h2() throws SQLException {
    String url =
        "jdbc:h2:mem:library"
            + H2_COUNTER.incrementAndGet()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    int count = run(url, List.of());
    return new Database(
        new SimpleDataSource(url),
        false,
        "H2 " + version(url) + " (embedded, in memory, MODE=PostgreSQL)",
        count);
  }

  /**
   * The PostgreSQL at {@code url}, with a fresh {@value #PG_SCHEMA} schema holding the tables. The
   * returned data source points at that schema through the driver's {@code currentSchema}.
   */
  public static Database postgres(String url) throws SQLException {
    List<String> reset =
        List.of(
            "DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE",
            "CREATE SCHEMA " + PG_SCHEMA,
            "SET search_path TO " + PG_SCHEMA);
    int count = run(url, reset);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA;
    return new Database(
        new SimpleDataSource(schemaUrl),
        true,
        "PostgreSQL " + version(url) + " (schema " + PG_SCHEMA + ")",
        count);
  }

  /** Runs {@code before}, then every statement of schema.sql, on one connection. */
  private static int run(String url, List<String> before) throws SQLException {
    List<String> schema = SchemaScript.load();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String sql : before) {
        s.execute(sql);
      }
      for (String sql : schema) {
        s.execute(sql);
      }
    }
    return schema.size();
  }

  private static String version(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      return c.getMetaData().getDatabaseProductVersion().split(" ")[0];
    }
  }
}
