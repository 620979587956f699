package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A parameter standing as a condition ({@code WHERE :flag}, {@code NOT :b}, {@code CASE WHEN :c})
 * is a boolean, as PostgreSQL types it: a {@code String} there was accepted, and PostgreSQL refuses
 * the {@code varchar} it is sent as when the statement runs. The types are compared with
 * PostgreSQL's in {@code ParameterTypesAgreeWithPostgresTest}. So is a parameter of {@code nullif},
 * which takes the type of the value it is compared with.
 */
class ConditionParameterCompileTest {
  private static final String SCHEMA =
      "CREATE TABLE users (id bigint PRIMARY KEY, archived boolean NOT NULL, note text);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Users {
        @Query("SELECT id FROM users WHERE archived = :archived OR NOT :all")
        List<Long> visible(boolean archived, boolean all);

        @Query("SELECT id FROM users WHERE NOT :all")
        List<Long> named(String all);

        @Query("SELECT id FROM users WHERE note = nullif(:n, '')")
        List<Long> byNote(int n);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aConditionParameterIsBoolean(Tool tool) {
    Result r = new CompileHarness().source("com.example.Users", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    assertThat(r.errors().get(0).line()).isEqualTo(9);
    // nullif(:n, '') compares :n with text, so :n is text
    assertThat(r.errors().get(1).line()).isEqualTo(12);
    for (CompileHarness.Diag d : r.errors()) {
      assertThat(d.file()).isEqualTo("Users.java");
      assertThat(d.message()).contains("[SQLCHECK-303]");
    }
  }
}
