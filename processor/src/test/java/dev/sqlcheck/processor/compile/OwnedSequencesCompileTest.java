package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code nextval} of a sequence the schema no longer has, under javac and ecj, on the
 * {@code @Query}'s file and line: the serial column's sequence went with its table, and an identity
 * column's with DROP IDENTITY, while the sequences PostgreSQL made for the kept columns compile.
 * PostgreSQL's verdicts are confirmed in {@code OwnedSequencesTest}.
 */
class OwnedSequencesCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE invoices (id serial PRIMARY KEY, number bigint GENERATED ALWAYS AS IDENTITY);
      CREATE TABLE legacy_invoices (id serial PRIMARY KEY);
      DROP TABLE legacy_invoices;
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Invoices {
        @Query("SELECT nextval('invoices_id_seq')")
        long nextId();

        @Query("SELECT nextval('invoices_number_seq')")
        long nextNumber();

        @Query("SELECT nextval('legacy_invoices_id_seq')")
        long nextLegacyId();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aDroppedSequence_isReportedOnItsQuery(Tool tool) {
    Result r =
        new CompileHarness().source("com.example.Invoices", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Invoices.java");
    assertThat(r.errors().get(0).line()).isEqualTo(11);
    assertThat(r.errors().get(0).message())
        .contains("relation \"legacy_invoices_id_seq\" does not exist");
  }
}
