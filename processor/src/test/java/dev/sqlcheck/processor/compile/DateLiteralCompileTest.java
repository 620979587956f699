package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An ISO date that cannot be ({@code '2024-02-30'}) passed, and PostgreSQL refuses it at PREPARE
 * whatever its DateStyle. It is SQLCHECK-211 with PostgreSQL's message; {@code
 * DateTimeInputAgreesWithPostgresTest} puts such texts to PostgreSQL.
 */
class DateLiteralCompileTest {
  private static final String SCHEMA =
      "CREATE TABLE events (id bigint PRIMARY KEY, day date NOT NULL, at timestamptz);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Events {
        @Query("SELECT id FROM events WHERE day >= '2024-02-29' AND at < '2024-03-01 24:00'")
        List<Long> leapDay();

        @Query("SELECT id FROM events WHERE day = '2024-02-30'")
        List<Long> noSuchDay();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void anImpossibleIsoDate_isAnError(Tool tool) {
    Result r = new CompileHarness().source("com.example.Events", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Events.java");
    assertThat(r.errors().get(0).line()).isEqualTo(9);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-211]");
    assertThat(r.errors().get(0).message())
        .contains("date/time field value out of range: \"2024-02-30\"");
  }
}
