package dev.sqlcheck.junit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Applies schema sources to the test database, each the way the project's own tools would: a SQL
 * script as one script; a Flyway folder through Flyway when it is on the test class path, else its
 * migrations in Flyway's order ({@link FlywayOrder}); a Liquibase changelog through Liquibase,
 * which must then be on the test class path (its change types are Liquibase's to apply).
 */
final class SchemaApplier {
  private SchemaApplier() {}

  static void apply(DataSource dataSource, List<SchemaSource> sources) throws Exception {
    for (SchemaSource source : sources) {
      switch (source.kind()) {
        case SCRIPT -> runScript(dataSource, source.path());
        case FLYWAY -> {
          if (present("org.flywaydb.core.Flyway")) {
            FlywayMigrations.migrate(dataSource, source.path());
          } else {
            for (Path migration : FlywayOrder.migrations(source.path())) {
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
