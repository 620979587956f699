package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A MERGE whose WHEN follows an unconditional WHEN of the same kind passed, and PostgreSQL refuses
 * it at PREPARE. It is SQLCHECK-212 with PostgreSQL's message; {@code
 * AnalyzerAgreesWithPostgresTest} puts the same statements to PostgreSQL.
 */
class MergeWhenCompileTest {
  private static final String SCHEMA =
      "CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Stock {
        @Query("MERGE INTO stock s USING (SELECT :sku AS sku) v ON s.sku = v.sku WHEN MATCHED AND s.qty = 0 THEN DELETE WHEN MATCHED THEN UPDATE SET qty = s.qty - 1")
        int take(String sku);

        @Query("MERGE INTO stock s USING (SELECT :sku AS sku) v ON s.sku = v.sku WHEN MATCHED THEN UPDATE SET qty = s.qty - 1 WHEN MATCHED AND s.qty = 0 THEN DELETE")
        int takeUnreachable(String sku);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aWhenAfterAnUnconditionalOne_isAnError(Tool tool) {
    Result r = new CompileHarness().source("com.example.Stock", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Stock.java");
    assertThat(r.errors().get(0).line()).isEqualTo(8);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-212]");
    assertThat(r.errors().get(0).message())
        .contains("unreachable WHEN clause specified after unconditional WHEN clause");
  }
}
