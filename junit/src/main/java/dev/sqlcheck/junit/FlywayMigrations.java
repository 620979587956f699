package dev.sqlcheck.junit;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies a Flyway folder with Flyway itself, as the application does in production. Linked only
 * when Flyway is on the test class path (see {@link SchemaApplier}). For PostgreSQL, Flyway 10 and
 * later also need {@code org.flywaydb:flyway-database-postgresql}.
 */
final class FlywayMigrations {
  private FlywayMigrations() {}

  static void migrate(DataSource dataSource, Path folder, Map<String, String> placeholders) {
    Flyway.configure(FlywayMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("filesystem:" + folder.toAbsolutePath())
        .placeholders(placeholders)
        .load()
        .migrate();
  }
}
