package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A parameter used twice keeps the type its first use settled, as in PostgreSQL: {@code d BETWEEN
 * :from AND :from + 30} adds days to a date. It was SQLCHECK-211 ("operator does not exist: date <=
 * integer"), a false error; {@code ParameterTypesAgreeWithPostgresTest} compares the types with
 * PostgreSQL's. A Java type that does not fit the settled type is still SQLCHECK-303.
 */
class ParameterReuseCompileTest {
  private static final String SCHEMA =
      "CREATE TABLE events (id bigint PRIMARY KEY, day date NOT NULL, at timestamptz NOT NULL);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.time.LocalDate;
      import java.time.OffsetDateTime;
      import java.util.List;
      @SqlRepository
      public interface Events {
        @Query("SELECT id FROM events WHERE day BETWEEN :from AND :from + 30")
        List<Long> month(LocalDate from);

        @Query("SELECT id FROM events WHERE at >= :t AND at < :t + interval '1 day'")
        List<Long> sameDay(OffsetDateTime t);

        @Query("SELECT id FROM events WHERE day BETWEEN :from AND :from + 30")
        List<Long> wrong(boolean from);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aReusedParameterKeepsItsType(Tool tool) {
    Result r = new CompileHarness().source("com.example.Events", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    // one error at each use of the parameter
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    for (CompileHarness.Diag d : r.errors()) {
      assertThat(d.file()).isEqualTo("Events.java");
      assertThat(d.line()).isEqualTo(14);
      assertThat(d.message()).contains("[SQLCHECK-303]");
    }
  }
}
