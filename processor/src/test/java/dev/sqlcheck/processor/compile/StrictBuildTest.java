package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A correct project builds under {@code -Xlint:all -Werror}, and a {@code @Query} that no generated
 * class will ever implement is SQLCHECK-503 instead of being ignored in silence.
 */
class StrictBuildTest {
  private static final String SCHEMA =
      "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";

  private static final String REPOSITORY =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.Optional;
      @SqlRepository
      public interface UserRepository extends Lookup {
        @Query("SELECT email FROM users WHERE id = :userId")
        Optional<String> email(@Param("userId") long id);

        @Query("UPDATE users SET email = :email WHERE id = :id")
        int rename(long id, String email);

        default String hello() { return "hi"; }
      }
      """;

  /** A base interface without @SqlRepository: its query is implemented by UserRepositoryImpl. */
  private static final String BASE =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      public interface Lookup {
        @Query("SELECT id FROM users ORDER BY id")
        List<Long> ids();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void correctProject_isCleanUnderLintAndWerror(Tool tool) {
    CompileHarness h =
        new CompileHarness()
            .source("com.example.UserRepository", REPOSITORY)
            .source("com.example.Lookup", BASE)
            .schema(SCHEMA);
    if (tool == Tool.JAVAC) {
      h.option("-Xlint:all").option("-Werror");
    } else {
      h.option("-warn:+allDeprecation,unusedImport,unusedLocal");
    }
    Result r = h.compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertThat(r.generatedSources()).containsKey("UserRepositoryImpl.java");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void queryOnDefaultOrStaticMethod_isSqlcheck503(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.Repo",
                """
                package com.example;
                import dev.sqlcheck.*;
                import java.util.List;
                @SqlRepository
                public interface Repo {
                  @Query("SELECT email FROM users")
                  List<String> emails();

                  @Query("SELECT id FROM users")
                  default List<Long> ids() { return List.of(); }

                  @Query("SELECT count(*) FROM users")
                  static long count() { return 0; }
                }
                """)
            .schema(SCHEMA)
            .compile(tool);
    // ecj does not keep the order in which diagnostics were reported
    List<Diag> errors =
        r.errors().stream().sorted(java.util.Comparator.comparingLong(Diag::line)).toList();
    assertWithMessage("%s", r).that(errors).hasSize(2);
    assertThat(errors.get(0).message()).contains("[SQLCHECK-503]");
    assertThat(errors.get(0).message()).contains("default method \"ids\"");
    assertThat(errors.get(0).line()).isEqualTo(9);
    assertThat(errors.get(1).message()).contains("static method \"count\"");
    assertThat(errors.get(1).line()).isEqualTo(12);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void queryInInterfaceWithoutSqlRepository_isSqlcheck503(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.Forgotten",
                """
                package com.example;
                import dev.sqlcheck.*;
                import java.util.List;
                public interface Forgotten {
                  @Query("SELECT email FROM users")
                  List<String> emails();
                }
                """)
            .schema(SCHEMA)
            .compile(tool);
    Diag e = RepositoryShapeTest.only(r.errors(), r);
    assertThat(e.message()).contains("[SQLCHECK-503]");
    assertThat(e.message()).contains("\"Forgotten\" has no @SqlRepository");
    assertThat(e.file()).isEqualTo("Forgotten.java");
    assertThat(e.line()).isEqualTo(5);
  }
}
