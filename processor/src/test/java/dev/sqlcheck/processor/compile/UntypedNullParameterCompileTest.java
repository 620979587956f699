package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The optional filter {@code (:since IS NULL OR at > :since)} failed on every call with a null
 * {@code OffsetDateTime}: the driver sends it without a type, and PostgreSQL cannot type a
 * placeholder that stands alone in IS NULL. It is SQLCHECK-303 on that use, with the cast that
 * fixes it; types the driver always sends typed ({@code Long}, {@code String}) are fine. {@code
 * ParameterTypesAgreeWithPostgresTest} runs both forms through the driver.
 */
class UntypedNullParameterCompileTest {
  private static final String SCHEMA =
      "CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, owner text);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.time.OffsetDateTime;
      import java.util.List;
      @SqlRepository
      public interface Events {
        @Query("SELECT id FROM events WHERE (:since IS NULL OR at > :since)")
        List<Long> since(OffsetDateTime since);

        @Query("SELECT id FROM events WHERE (at > :since OR :since IS NULL)")
        List<Long> sinceReversed(OffsetDateTime since);

        @Query("SELECT id FROM events WHERE (:since::timestamptz IS NULL OR at > :since)")
        List<Long> sinceCast(OffsetDateTime since);

        @Query("SELECT id FROM events WHERE (:id IS NULL OR id = :id) AND (:o IS NULL OR owner = :o)")
        List<Long> byIdOrOwner(Long id, String o);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aNullableTimeStandingAloneInIsNull_isAnError(Tool tool) {
    Result r = new CompileHarness().source("com.example.Events", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    assertThat(r.errors().get(0).line()).isEqualTo(7);
    assertThat(r.errors().get(1).line()).isEqualTo(10);
    for (CompileHarness.Diag d : r.errors()) {
      assertThat(d.file()).isEqualTo("Events.java");
      assertThat(d.message()).contains("[SQLCHECK-303]");
      assertThat(d.message()).contains("the driver sends a null OffsetDateTime without one");
    }
    assertThat(r.errors().get(0).message()).contains("cast it: :since::timestamptz");
  }
}
