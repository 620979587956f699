package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.analysis.SchemaOperatorsAndCastsTest;
import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An operator and a cast the schema declares, under javac and ecj: a query valid only through one
 * of them is a warning on its {@code @Query}'s file and line, never an error, and a type error they
 * cannot touch is still an error there. PostgreSQL's verdicts are confirmed in {@code
 * SchemaOperatorsAndCastsTest}.
 */
class SchemaOperatorsAndCastsCompileTest {
  private static final String SCHEMA = SchemaOperatorsAndCastsTest.DDL;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Orders {
        @Query("SELECT id FROM orders WHERE qty === code")
        List<Long> matching();

        @Query("SELECT id FROM orders WHERE qty = code")
        List<Long> throughTheCast();

        @Query("SELECT id FROM orders WHERE total = true")
        List<Long> broken();
      }
      """;

  private static void assertAt(Diag d, long line, String text) {
    assertThat(d.file()).isEqualTo("Orders.java");
    assertThat(d.line()).isEqualTo(line);
    assertThat(d.message()).contains(text);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void queriesValidThroughTheSchemasOperatorOrCast_warn_andOthersStillErr(Tool tool) {
    Result r = new CompileHarness().source("com.example.Orders", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).hasSize(2);
    assertAt(r.warnings().get(0), 6, "[SQLCHECK-101]");
    assertThat(r.warnings().get(0).message()).contains("operator === that the schema defines");
    assertAt(r.warnings().get(1), 9, "[SQLCHECK-101]");
    assertThat(r.warnings().get(1).message())
        .contains("the cast the schema declares from or to type \"integer\"");
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertAt(r.errors().get(0), 12, "[SQLCHECK-211] operator does not exist: numeric = boolean");
  }
}
