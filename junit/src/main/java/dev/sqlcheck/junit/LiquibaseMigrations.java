package dev.sqlcheck.junit;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Applies a Liquibase changelog (XML, YAML, JSON or formatted SQL, with its includes) through
 * Liquibase's {@code update} command. Linked only when Liquibase is on the test class path (see
 * {@link SchemaApplier}).
 */
final class LiquibaseMigrations {
  private LiquibaseMigrations() {}

  static void update(DataSource dataSource, Path changelog) throws Exception {
    Path folder = changelog.toAbsolutePath().getParent();
    try (Connection c = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
      Map<String, Object> scope =
          Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(folder));
      Scope.child(
          scope,
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(
                      UpdateCommandStep.CHANGELOG_FILE_ARG, changelog.getFileName().toString())
                  .execute());
    }
  }
}
