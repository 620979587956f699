package dev.sqlcheck.junit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Applies schema sources to the test database, each the way the project's own tools would: a SQL
 * script as one script; a Flyway folder through Flyway when it is on the test class path, else its
 * migrations in Flyway's order ({@link FlywayOrder}); a Liquibase changelog through Liquibase,
 * which must then be on the test class path (its change types are Liquibase's to apply).
 */
final class SchemaApplier {
  static final String PLACEHOLDERS = "sqlcheck.placeholders";

  private SchemaApplier() {}

  /**
   * The placeholder values: {@code configured} ({@code name=value} each), else the system property
   * {@code sqlcheck.placeholders}, comma-separated as {@code -Asqlcheck.placeholders} takes them.
   */
  static Map<String, String> placeholders(String[] configured) {
    List<String> entries = new ArrayList<>(List.of(configured));
    if (entries.isEmpty()) {
      entries.addAll(List.of(System.getProperty(PLACEHOLDERS, "").split(",")));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "placeholder \""
                + entry.trim()
                + "\" is not name=value; give them as @SqlCheckDatabase(placeholders ="
                + " \"schema=app\") or -D"
                + PLACEHOLDERS
                + "=schema=app,owner=app_user");
      }
      out.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
    }
    return out;
  }

  /** {@code placeholders}: the values of Flyway's placeholders, for the Flyway folders. */
  static void apply(
      DataSource dataSource, List<SchemaSource> sources, Map<String, String> placeholders)
      throws Exception {
    for (SchemaSource source : sources) {
      switch (source.kind()) {
        case SCRIPT -> runScript(dataSource, source.path());
        case FLYWAY -> {
          if (present("org.flywaydb.core.Flyway")) {
            FlywayMigrations.migrate(dataSource, source.path(), placeholders);
          } else {
            for (Path migration : FlywayOrder.migrations(source.path())) {
              refusePlaceholders(migration);
              runScript(dataSource, migration);
            }
          }
        }
        case LIQUIBASE -> {
          if (!present("liquibase.command.CommandScope")) {
            throw new IllegalStateException(
                source
                    + " is a Liquibase changelog: add org.liquibase:liquibase-core to the test"
                    + " dependencies so @SqlCheckDatabase can apply it");
          }
          LiquibaseMigrations.update(dataSource, source.path());
        }
      }
    }
  }

  /**
   * Without Flyway, a migration is run as written: one with a placeholder ({@code ${schema}}) would
   * fail on a syntax error, so it is refused with what to do instead.
   */
  static void refusePlaceholders(Path migration) throws IOException {
    String sql = Files.readString(migration, StandardCharsets.UTF_8);
    int at = sql.indexOf("${");
    if (at >= 0 && (at == 0 || sql.charAt(at - 1) != '$')) {
      int end = sql.indexOf('}', at);
      throw new IllegalStateException(
          migration
              + " uses the Flyway placeholder "
              + sql.substring(at, end < 0 ? Math.min(sql.length(), at + 20) : end + 1)
              + ", which only Flyway replaces: add org.flywaydb:flyway-core (and, for Flyway 10"
              + " and later, flyway-database-postgresql) to the test dependencies");
    }
  }

  /** Runs a whole file as one script; PostgreSQL splits it into statements. */
  static void runScript(DataSource dataSource, Path file) throws IOException, SQLException {
    String sql = Files.readString(file, StandardCharsets.UTF_8);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new SQLException(file + ": " + e.getMessage(), e.getSQLState(), e);
    }
  }

  static boolean present(String className) {
    try {
      Class.forName(className, false, SchemaApplier.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
