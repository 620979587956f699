package dev.sqlcheck.processor.ide;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Maven-shaped project ({@code src/main/resources}, class output {@code target/classes}) whose
 * {@code target/classes/schema.sql} is a copy left by an earlier build: sqlcheck prefers the
 * source, and refuses a copy whose source is gone.
 */
class StaleSchemaTest {
  @TempDir Path project;

  private static final String OLD = "CREATE TABLE users (id bigint, full_name text);\n";
  private static final String NEW = "CREATE TABLE users (id bigint, display_name text);\n";

  private ProjectCompiler.Result compile(ProjectCompiler.Tool tool) throws IOException {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/example"));
    Files.writeString(
        sources.resolve("UserRepository.java"),
        """
        package com.example;
        import dev.sqlcheck.*;
        import java.util.List;
        @SqlRepository
        public interface UserRepository {
          @Query("SELECT display_name FROM users")
          List<String> names();
        }
        """);
    Path stale = Files.createTempFile("stale", ".sql");
    Files.writeString(stale, OLD);
    return ProjectCompiler.compile(
        tool, project.resolve("src/main/java"), stale, project.resolve("target"));
  }

  @ParameterizedTest
  @EnumSource(ProjectCompiler.Tool.class)
  void sourceDiffersFromClassOutputCopy_theSourceWins(ProjectCompiler.Tool tool)
      throws IOException {
    Path resources = Files.createDirectories(project.resolve("src/main/resources"));
    Files.writeString(resources.resolve("schema.sql"), NEW);
    ProjectCompiler.Result r = compile(tool);
    assertWithMessage("%s", r.findings()).that(r.errors()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ProjectCompiler.Tool.class)
  void classOutputCopyWhoseSourceIsGone_isAnError(ProjectCompiler.Tool tool) throws IOException {
    Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(migrations.resolve("V1__init.sql"), NEW); // schema.sql was moved here
    ProjectCompiler.Result r = compile(tool);
    assertWithMessage("%s", r.findings()).that(r.errors()).hasSize(1);
    ProjectCompiler.Finding e = r.errors().get(0);
    assertThat(e.code()).isEqualTo("SQLCHECK-001");
    assertThat(e.message()).contains("left over from an earlier build");
    assertThat(e.message()).contains("src/main/resources/db/migration");
    assertThat(e.file()).isEqualTo("UserRepository.java");
  }
}
