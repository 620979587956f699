package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A column added to and one dropped from a partitioned table reach its partitions, as in
 * PostgreSQL: the query on the partition's new column compiles (it was "column does not exist"),
 * and the one on the dropped column is an error on its line under javac and ecj. The catalog is
 * compared with PostgreSQL's in {@code SchemaMatchesPostgresTest}.
 */
class InheritedColumnsCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
      CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
      ALTER TABLE events ADD COLUMN payload jsonb, DROP COLUMN kind;
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Events {
        @Query("SELECT payload::text FROM events_2026 WHERE id = :id")
        List<String> payloads(long id);

        @Query("SELECT kind FROM events_2026 WHERE id = :id")
        List<String> kinds(long id);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aPartition_takesTheColumnChangesOfItsTable(Tool tool) {
    Result r = new CompileHarness().source("com.example.Events", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Events.java");
    assertThat(r.errors().get(0).line()).isEqualTo(9);
    assertThat(r.errors().get(0).message()).contains("column \"kind\" does not exist");
  }
}
