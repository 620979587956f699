package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A long, double, BigDecimal, LocalDate… parameter is judged with the type the driver sends it as:
 * {@code generate_series(:from, :to)} with two longs compiles (PREPARE alone finds it ambiguous),
 * and {@code left(name, :n)} with a long is SQLCHECK-211, as PostgreSQL refuses {@code left(text,
 * bigint)} on every call. {@code DriverTypedParametersTest} runs each such case on PostgreSQL.
 * Collections go as arrays of their elements' type.
 */
class DriverTypedParametersCompileTest {
  private static final String SCHEMA = "CREATE TABLE notes (id bigint PRIMARY KEY, body text);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Notes {
        @Query("SELECT g FROM generate_series(:from, :to) g")
        List<Long> range(long from, long to);

        @Query("SELECT greatest(:a, :b) AS v")
        long larger(long a, long b);

        @Query("SELECT left(body, :n) AS v FROM notes")
        List<String> prefixes(long n);

        @Query("SELECT left(body, :n) AS v FROM notes")
        List<String> prefixesInt(int n);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void parametersAreJudgedWithTheTypeTheDriverSends(Tool tool) {
    Result r = new CompileHarness().source("com.example.Notes", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    CompileHarness.Diag d = r.errors().get(0);
    assertThat(d.file()).isEqualTo("Notes.java");
    assertThat(d.line()).isEqualTo(12);
    assertThat(d.message()).contains("[SQLCHECK-211] function left(text, bigint) does not exist");
    assertThat(d.message()).contains(":n (long) as bigint");
    assertThat(d.message()).contains(":n::integer");
  }

  private static final String BULK =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Bulk {
        @Query("INSERT INTO notes (id, body) SELECT * FROM unnest(:ids, :bodies)")
        int insertAll(List<Long> ids, List<String> bodies);
      }
      """;

  /**
   * A collection goes as an array of its elements' type, NULL included, so {@code unnest(:ids)}
   * compiles (PREPARE alone cannot type it) and a null list is a typed NULL.
   */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void collectionsAreSentAsTypedArrays(Tool tool) {
    Result r = new CompileHarness().source("com.example.Bulk", BULK).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.problems()).isEmpty();
    assertThat(r.generatedSources().get("BulkImpl.java"))
        .contains("JdbcSupport.array(conn, \"int8\", ids), \"int8[]\")");
  }
}
