package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration gives the schema's function another parameter: the query that still calls it with one
 * argument is an error on its line under javac and ecj, and the one that passes both compiles, its
 * parameter bound to the function's parameter type. PostgreSQL's verdicts are confirmed in {@code
 * SchemaFunctionCallsTest}.
 */
class SchemaFunctionCallsCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
      CREATE FUNCTION order_tax(amount numeric) RETURNS numeric LANGUAGE sql AS 'SELECT amount / 5';
      DROP FUNCTION order_tax(numeric);
      CREATE FUNCTION order_tax(amount numeric, rate numeric) RETURNS numeric
        LANGUAGE sql AS 'SELECT amount * rate';
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.math.BigDecimal;
      import java.util.List;
      @SqlRepository
      public interface Orders {
        @Query("SELECT order_tax(total, :rate) FROM orders")
        List<BigDecimal> taxes(BigDecimal rate);

        @Query("SELECT order_tax(total) FROM orders")
        List<BigDecimal> oldTaxes();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aCallNoOverloadTakes_isReportedOnItsQuery(Tool tool) {
    Result r = new CompileHarness().source("com.example.Orders", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Orders.java");
    assertThat(r.errors().get(0).line()).isEqualTo(10);
    assertThat(r.errors().get(0).message())
        .contains("[SQLCHECK-211] function order_tax(numeric) does not exist");
  }
}
