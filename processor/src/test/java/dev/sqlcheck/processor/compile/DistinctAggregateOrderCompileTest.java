package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An aggregate with DISTINCT sorted by something other than its arguments is PostgreSQL's error at
 * PREPARE, and sqlcheck's on the method; sorted by an argument, and with numbers PostgreSQL reads
 * ({@code 'inf'::numeric}), it compiles. {@code RegressionSuiteCasesAgreeWithPostgresTest} compares
 * each rule with PostgreSQL.
 */
class DistinctAggregateOrderCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE tags (id bigint PRIMARY KEY, name varchar(40) NOT NULL, weight numeric);
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.math.BigDecimal;
      @SqlRepository
      public interface Tags {
        @Query("SELECT string_agg(DISTINCT name, ',' ORDER BY name) FROM tags")
        String names();

        @Query("SELECT string_agg(DISTINCT name, ',' ORDER BY id) FROM tags")
        String namesById();

        @Query("SELECT coalesce(max(weight), '-inf'::numeric) FROM tags")
        BigDecimal heaviest();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void orderByOutsideTheArgumentsIsAnErrorOnItsMethod(Tool tool) {
    Result r = new CompileHarness().source("com.example.Tags", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    CompileHarness.Diag e = r.errors().get(0);
    assertThat(e.file()).isEqualTo("Tags.java");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.message())
        .contains(
            "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list");
  }
}
