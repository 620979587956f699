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

/** Problems with options, schema sources and repository shape, under javac and ecj. */
class RepositoryShapeTest {
  private static final String SCHEMA =
      "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";

  @ParameterizedTest
  @EnumSource(Tool.class)
  void missingSchemaFile_reportsWhereItLookedAndHowToConfigure(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.UserRepository",
                """
                package com.example;
                import dev.sqlcheck.*;
                @SqlRepository
                public interface UserRepository {
                  @Query("SELECT email FROM users WHERE id = :id")
                  String email(long id);
                }
                """)
            .option("-Asqlcheck.schema=/nonexistent/schema.sql")
            .compile(tool);
    Diag error = only(r.errors(), r);
    assertThat(error.message()).contains("[SQLCHECK-001]");
    assertThat(error.message()).contains("/nonexistent/schema.sql");
    assertThat(error.message()).contains("-Asqlcheck.schema");
    assertThat(error.file()).isEqualTo("UserRepository.java");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void unknownDialect_isAnErrorListingAllowedValues(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.UserRepository",
                """
                package com.example;
                import dev.sqlcheck.*;
                @SqlRepository
                public interface UserRepository {
                  @Query("SELECT email FROM users WHERE id = :id")
                  String email(long id);
                }
                """)
            .schema(SCHEMA)
            .option("-Asqlcheck.dialect=oracle")
            .compile(tool);
    Diag error = only(r.errors(), r);
    assertThat(error.message()).contains("[SQLCHECK-003]");
    assertThat(error.message()).contains("\"oracle\"");
    assertThat(error.message()).contains("postgresql");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void annotatedClass_isAnErrorOnTheClass(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.NotAnInterface",
                """
                package com.example;
                import dev.sqlcheck.*;
                @SqlRepository
                public abstract class NotAnInterface {
                }
                """)
            .schema(SCHEMA)
            .compile(tool);
    Diag error = only(r.errors(), r);
    assertThat(error.message()).contains("[SQLCHECK-501]");
    assertThat(error.line()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void abstractMethodWithoutQuery_isAnErrorOnTheMethod(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.UserRepository",
                """
                package com.example;
                import dev.sqlcheck.*;
                @SqlRepository
                public interface UserRepository {
                  String email(long id);

                  default String hello() { return "hi"; }
                }
                """)
            .schema(SCHEMA)
            .compile(tool);
    Diag error = only(r.errors(), r);
    assertThat(error.message()).contains("[SQLCHECK-502]");
    assertThat(error.message()).contains("\"email\"");
    assertThat(error.line()).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void repositoryWithErrors_usedElsewhere_reportsOnlyTheSqlcheckError(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.UserRepository",
                """
                package com.example;
                import dev.sqlcheck.*;
                import java.util.List;
                @SqlRepository
                public interface UserRepository {
                  @Query("SELECT emial FROM users WHERE id = :id")
                  List<String> emails(long id);
                }
                """)
            .source(
                "com.example.Service",
                """
                package com.example;
                public class Service {
                  private final UserRepository users = new UserRepositoryImpl(null);
                  public Object first() { return users.emails(1L); }
                }
                """)
            .schema(SCHEMA)
            .compile(tool);
    // No "cannot find symbol UserRepositoryImpl" buries the real problem: a stand-in exists.
    Diag error = only(r.errors(), r);
    assertThat(error.message()).contains("[SQLCHECK-201]");
    assertThat(error.file()).isEqualTo("UserRepository.java");
    assertThat(error.line()).isEqualTo(6);
  }

  static Diag only(List<Diag> diags, Result all) {
    assertWithMessage("diagnostics:\n%s", all).that(diags).hasSize(1);
    return diags.get(0);
  }
}
