package dev.sqlcheck.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A benchmark database: embedded H2 in PostgreSQL mode, or a real PostgreSQL reached through {@code
 * SQLCHECK_TEST_POSTGRES_URL} and kept in a schema of its own. Either way it holds {@link
 * #SEED_ROWS} rows of {@code bench_item} behind a HikariCP pool, so every implementation pays the
 * same, realistic price for a connection.
 */
public final class BenchDatabase implements AutoCloseable {
  /** Rows present before any workload runs; ids 1..SEED_ROWS. */
  public static final int SEED_ROWS = 10_000;

  public static final String POSTGRES_URL_ENV = "SQLCHECK_TEST_POSTGRES_URL";
  private static final AtomicInteger H2_COUNTER = new AtomicInteger();

  private final HikariDataSource dataSource;

  private BenchDatabase(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Opens {@code h2} or {@code postgres}; {@code pgSchema} names the PostgreSQL schema that is
   * dropped and created anew, so runs never see other people's tables.
   */
  public static BenchDatabase open(String kind, String pgSchema) {
    return switch (kind) {
      case "h2" ->
          seeded(
              "jdbc:h2:mem:bench"
                  + H2_COUNTER.incrementAndGet()
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
              "ANALYZE TABLE bench_item");
      case "postgres" -> seeded(postgresUrl(pgSchema), "ANALYZE bench_item");
      default ->
          throw new IllegalArgumentException(
              "unknown database \"" + kind + "\"; use h2 or postgres");
    };
  }

  /** True when a PostgreSQL URL is configured. */
  public static boolean postgresConfigured() {
    String url = System.getenv(POSTGRES_URL_ENV);
    return url != null && !url.isBlank();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Removes the rows the insert workload added, so the table does not grow without bound. */
  public void removeInsertedRows() {
    execute("DELETE FROM bench_item WHERE id > " + SEED_ROWS);
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static String postgresUrl(String schema) {
    if (!postgresConfigured()) {
      throw new IllegalStateException(
          POSTGRES_URL_ENV
              + " is not set; set it (for example"
              + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres) or run with -p db=h2");
    }
    String base = System.getenv(POSTGRES_URL_ENV);
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare schema " + schema + " on " + base, e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static BenchDatabase seeded(String url, String analyze) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(2);
    config.setPoolName("bench");
    BenchDatabase db = new BenchDatabase(new HikariDataSource(config));
    db.execute(schemaDdl());
    db.seed();
    // Fresh statistics, so the planner picks the primary-key index from the first iteration.
    db.execute(analyze);
    return db;
  }

  private void seed() {
    String sql =
        "INSERT INTO bench_item (name, category, price, quantity, created_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 1; i <= SEED_ROWS; i++) {
        ps.setString(1, "item-" + i);
        ps.setString(2, "category-" + (i % 20));
        ps.setBigDecimal(3, BigDecimal.valueOf(100L + i, 2));
        ps.setInt(4, i % 500);
        ps.setObject(5, LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(i));
        ps.addBatch();
        if (i % 1000 == 0) {
          ps.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot seed bench_item", e);
    }
  }

  private void execute(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("failed: " + sql, e);
    }
  }

  /**
   * The module's schema file, minus comments: the same DDL sqlcheck checked the queries against.
   */
  static String schemaDdl() {
    try (InputStream in = BenchDatabase.class.getResourceAsStream("/bench-schema.sql")) {
      if (in == null) {
        throw new IllegalStateException("bench-schema.sql is missing from the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replaceAll("(?m)--.*$", "").trim().replaceAll(";$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
