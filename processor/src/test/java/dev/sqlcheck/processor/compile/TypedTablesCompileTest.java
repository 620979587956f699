package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A typed table ({@code CREATE TABLE people OF person}) has the composite type's columns, and
 * follows {@code ALTER TYPE … ATTRIBUTE … CASCADE} and {@code DROP TYPE … CASCADE}. Before, it
 * could not be read, and every query on it was only warned about (SQLCHECK-207, with a parser
 * exception in the schema warning). {@code SchemaMatchesPostgresTest} compares such tables with
 * PostgreSQL's catalog.
 */
class TypedTablesCompileTest {
  private static final String SCHEMA =
      """
      CREATE TYPE person AS (name text, age int, nick text);
      CREATE TABLE people OF person (PRIMARY KEY (name), age WITH OPTIONS NOT NULL DEFAULT 0);
      ALTER TYPE person RENAME ATTRIBUTE age TO years CASCADE;
      CREATE TYPE pair AS (a int, b int);
      CREATE TABLE pairs OF pair;
      DROP TYPE pair CASCADE;
      DROP TYPE person;
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface People {
        record Person(String name, int years) {}

        @Query("SELECT name, years FROM people")
        List<Person> all();

        @Query("SELECT age FROM people")
        List<Integer> ages();

        @Query("SELECT a FROM pairs")
        List<Integer> pairs();

        @Query("INSERT INTO people (name) VALUES (:name)")
        int add(String name);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void typedTablesAreCheckedWithTheirTypesColumns(Tool tool) {
    Result r = new CompileHarness().source("com.example.People", REPO).schema(SCHEMA).compile(tool);
    // DROP TYPE without CASCADE: PostgreSQL refuses it while a typed table is of the type, and
    // the table stays (SchemaMatchesPostgresTest runs the refusal in PostgreSQL)
    assertWithMessage("%s", r).that(r.warnings()).hasSize(1);
    CompileHarness.Diag refused = r.warnings().get(0);
    assertThat(refused.file()).isEqualTo("People.java");
    assertThat(refused.line()).isEqualTo(5);
    assertThat(refused.message())
        .contains(
            "schema.sql:7: PostgreSQL refuses DROP TYPE person: table \"people\" is of that type");
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    CompileHarness.Diag renamed = r.errors().get(0);
    assertThat(renamed.file()).isEqualTo("People.java");
    assertThat(renamed.line()).isEqualTo(11);
    assertThat(renamed.message()).contains("[SQLCHECK-201] column \"age\" does not exist");
    assertThat(renamed.message()).contains("renamed to \"years\" at schema.sql:3");
    CompileHarness.Diag dropped = r.errors().get(1);
    assertThat(dropped.file()).isEqualTo("People.java");
    assertThat(dropped.line()).isEqualTo(14);
    assertThat(dropped.message()).contains("[SQLCHECK-200]");
    assertThat(dropped.message()).contains("dropped at schema.sql:6");
  }
}
