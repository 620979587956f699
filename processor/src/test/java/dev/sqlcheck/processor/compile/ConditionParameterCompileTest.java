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
 * PostgreSQL's in {@code ParameterTypesAgreeWithPostgresTest}.
 */
class ConditionParameterCompileTest {
  private static final String SCHEMA =
      "CREATE TABLE users (id bigint PRIMARY KEY, archived boolean NOT NULL);";

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
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aConditionParameterIsBoolean(Tool tool) {
    Result r = new CompileHarness().source("com.example.Users", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Users.java");
    assertThat(r.errors().get(0).line()).isEqualTo(9);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-303]");
  }
}
