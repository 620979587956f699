package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A query on a table PostGIS makes compiles with a warning on its line under javac and ecj (it was
 * "table does not exist"), while a misspelt table beside it is still an error on its own line.
 */
class ExtensionRelationsCompileTest {
  private static final String SCHEMA =
      """
      CREATE EXTENSION IF NOT EXISTS postgis;
      CREATE TABLE places (id bigint PRIMARY KEY, name text NOT NULL, srid integer NOT NULL);
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Places {
        @Query("SELECT srtext FROM spatial_ref_sys WHERE srid = :srid")
        List<String> referenceSystem(int srid);

        @Query("SELECT name FROM place WHERE id = :id")
        List<String> names(long id);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void anExtensionsTable_isAWarning_andAMisspeltTableAnError(Tool tool) {
    Result r = new CompileHarness().source("com.example.Places", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0).file()).isEqualTo("Places.java");
    assertThat(r.warnings().get(0).line()).isEqualTo(6);
    assertThat(r.warnings().get(0).message()).contains("[SQLCHECK-207]");
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).line()).isEqualTo(9);
    assertThat(r.errors().get(0).message()).contains("table \"place\" does not exist");
  }
}
