package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A field of a composite value, {@code (home).city}, is resolved against the type: a misspelt or
 * dropped field is SQLCHECK-201 with the closest name, where it passed in silence before. {@code
 * CompositeFieldsAgreeWithPostgresTest} compares with PostgreSQL.
 */
class CompositeFieldsCompileTest {
  private static final String SCHEMA =
      """
      CREATE TYPE address AS (street text, city text, zip int);
      CREATE TABLE people (id bigint PRIMARY KEY, home address);
      ALTER TYPE address RENAME ATTRIBUTE zip TO postcode;
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface People {
        @Query("SELECT (home).city AS c FROM people WHERE (home).postcode = :p")
        List<String> cities(int p);

        @Query("SELECT (home).cty AS c FROM people")
        List<String> misspelt();

        @Query("SELECT id FROM people WHERE (home).zip = :z")
        List<Long> renamed(int z);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void fieldsAreCheckedAgainstTheirType(Tool tool) {
    Result r = new CompileHarness().source("com.example.People", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    CompileHarness.Diag misspelt = r.errors().get(0);
    assertThat(misspelt.file()).isEqualTo("People.java");
    assertThat(misspelt.line()).isEqualTo(9);
    assertThat(misspelt.message())
        .contains("[SQLCHECK-201] column \"cty\" not found in data type address");
    assertThat(misspelt.message()).contains("did you mean \"city\"?");
    CompileHarness.Diag renamed = r.errors().get(1);
    assertThat(renamed.file()).isEqualTo("People.java");
    assertThat(renamed.line()).isEqualTo(12);
    assertThat(renamed.message()).contains("column \"zip\" not found in data type address");
    assertThat(renamed.message())
        .contains("attribute \"zip\" was renamed to \"postcode\" at schema.sql:3");
  }
}
