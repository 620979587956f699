package dev.sqlcheck.processor.corpus;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A parameter that is directly the operand of an explicit cast ({@code CAST(:from AS date)}, {@code
 * :to::date}) is converted by PostgreSQL itself, so a {@code String} may be bound there without a
 * type error; a parameter compared with a column without a cast is still checked.
 */
class CastParameterCompileTest {
  private static final String SCHEMA =
      """
      CREATE TYPE mood AS ENUM ('happy', 'sad');
      CREATE TABLE events (
        id bigint PRIMARY KEY,
        year integer,
        happened_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        mood mood
      );
      """;

  private static Result compile(Tool tool, String members) {
    String source =
        """
        package com.example;
        import dev.sqlcheck.*;
        import java.util.*;
        @SqlRepository
        public interface EventRepository {
        """
            + members
            + "}\n";
    return new CompileHarness()
        .schema(SCHEMA)
        .source("com.example.EventRepository", source)
        .compile(tool);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void stringParameterExplicitlyCast_compilesWithoutError(Tool tool) {
    Result r =
        compile(
            tool,
            """
          @Query("SELECT id FROM events WHERE happened_on >= CAST(:from AS date)"
              + " AND happened_on < :to::date AND created_at > CAST( :since AS timestamptz)"
              + " AND mood = :mood::mood")
          List<Long> find(String from, String to, String since, String mood);
        """);
    assertWithMessage("diagnostics:\n%s", r).that(r.errors()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void castWithCommentOrLineBreakInside_isStillACast(Tool tool) {
    Result r =
        compile(
            tool,
            """
          @Query("SELECT id FROM events WHERE happened_on >= CAST(\\n  :from /* inclusive */ AS date)"
              + " AND happened_on < :to /* exclusive */ ::date")
          List<Long> find(String from, String to);
        """);
    assertWithMessage("diagnostics:\n%s", r).that(r.errors()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void stringParameterComparedWithoutCast_isStillATypeError(Tool tool) {
    Result r =
        compile(
            tool,
            """
          @Query("SELECT id FROM events WHERE year = :year")
          List<Long> find(String year);
        """);
    assertWithMessage("diagnostics:\n%s", r).that(r.errors()).hasSize(1);
    assertWithMessage("diagnostics:\n%s", r)
        .that(r.errors().get(0).message())
        .contains("[SQLCHECK-303]");
  }
}
