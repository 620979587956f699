package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The optional filter {@code (:since IS NULL OR at > :since)} runs with a null {@code
 * OffsetDateTime}: generated code sends the NULL as a {@code timestamptz} (the driver alone would
 * send it untyped, and PostgreSQL cannot type a placeholder that stands alone in IS NULL). A {@code
 * java.sql.Timestamp}, which the driver sends untyped even when it is not null, is still
 * SQLCHECK-303 there, with the cast that fixes it. {@code DriverTypedParametersTest} runs these
 * forms on PostgreSQL as generated code binds them.
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
        List<Long> sinceReversed(java.sql.Timestamp since);

        @Query("SELECT id FROM events WHERE (:since::timestamptz IS NULL OR at > :since)")
        List<Long> sinceCast(java.sql.Timestamp since);

        @Query("SELECT id FROM events WHERE (:id IS NULL OR id = :id) AND (:o IS NULL OR owner = :o)")
        List<Long> byIdOrOwner(Long id, String o);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void onlyAValueTheDriverSendsUntyped_isAnErrorAloneInIsNull(Tool tool) {
    Result r = new CompileHarness().source("com.example.Events", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    CompileHarness.Diag d = r.errors().get(0);
    assertThat(d.file()).isEqualTo("Events.java");
    assertThat(d.line()).isEqualTo(10);
    assertThat(d.message()).contains("[SQLCHECK-303]");
    assertThat(d.message()).contains("the driver sends a java.sql.Timestamp without one");
    assertThat(d.message()).contains("cast it: :since::timestamp with time zone");
  }
}
