package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQLCHECK-218 under javac and ecj, on the {@code @Query}'s file and line: a migration backfilled a
 * new column and made it NOT NULL, so the INSERT written before it fails on every run, while the
 * INSERT that gives it a value compiles. PostgreSQL's verdicts (by running the INSERTs, rolled
 * back) are confirmed in {@code NotNullInsertsTest}.
 */
class NotNullInsertsCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
      ALTER TABLE accounts ADD COLUMN region text;
      UPDATE accounts SET region = 'eu';
      ALTER TABLE accounts ALTER COLUMN region SET NOT NULL;
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Accounts {
        @Query("INSERT INTO accounts (email, region) VALUES (:email, :region)")
        int add(String email, String region);

        @Query("INSERT INTO accounts (email) VALUES (:email)")
        int addOld(String email);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void anInsertLeavingANotNullColumnOut_isReportedOnItsQuery(Tool tool) {
    Result r =
        new CompileHarness().source("com.example.Accounts", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Accounts.java");
    assertThat(r.errors().get(0).line()).isEqualTo(8);
    assertThat(r.errors().get(0).message())
        .contains(
            "[SQLCHECK-218] null value in column \"region\" of relation \"accounts\" violates"
                + " not-null constraint");
  }
}
