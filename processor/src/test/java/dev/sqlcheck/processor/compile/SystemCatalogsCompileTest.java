package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Queries of PostgreSQL's own catalogs are checked like the schema's tables: their columns map to
 * Java types (a NOT NULL catalog column to a primitive), and a column no version has is an error on
 * its method. {@code SystemCatalogsAgreeWithPostgresTest} compares the rules with PostgreSQL.
 */
class SystemCatalogsCompileTest {
  private static final String SCHEMA = "CREATE TABLE notes (id bigint PRIMARY KEY, body text);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Catalogs {
        record Column(String tableName, String columnName, String dataType) {}

        @Query("SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace")
        List<String> tables();

        @Query(\"""
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'public' ORDER BY table_name, ordinal_position\""")
        List<Column> columns();

        @Query("SELECT reltuples FROM pg_class WHERE oid = 'notes'::regclass")
        float estimate();

        @Query("SELECT nspnam FROM pg_namespace")
        List<String> schemas();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void catalogQueriesAreChecked(Tool tool) {
    Result r =
        new CompileHarness().source("com.example.Catalogs", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    CompileHarness.Diag e = r.errors().get(0);
    assertThat(e.file()).isEqualTo("Catalogs.java");
    assertThat(e.line()).isEqualTo(19);
    assertThat(e.message()).contains("column \"nspnam\" does not exist");
  }
}
