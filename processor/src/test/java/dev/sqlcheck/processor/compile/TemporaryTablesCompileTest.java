package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A temporary table a migration made passed as a table of the schema, though it ended with the
 * migration's session and the query fails on every run. It is SQLCHECK-200, whose note says where
 * it was made; a table made from it stays. {@code SchemaMatchesPostgresTest} compares the catalog
 * with PostgreSQL's after such a migration.
 */
class TemporaryTablesCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE base (id int PRIMARY KEY, v text);
      CREATE TEMP TABLE stage AS SELECT id, v FROM base;
      CREATE TABLE kept AS SELECT * FROM stage;
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Stages {
        @Query("SELECT id FROM kept")
        List<Integer> kept();

        @Query("SELECT id FROM stage")
        List<Integer> stage();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aTemporaryTable_isGoneAfterTheMigration(Tool tool) {
    Result r = new CompileHarness().source("com.example.Stages", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Stages.java");
    assertThat(r.errors().get(0).line()).isEqualTo(9);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-200]");
    assertThat(r.errors().get(0).message())
        .contains(
            "table \"stage\" was created TEMPORARY at schema.sql:2, so it ended with the session"
                + " that ran the migration");
  }
}
