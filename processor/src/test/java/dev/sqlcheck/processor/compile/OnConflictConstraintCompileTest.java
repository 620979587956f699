package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQLCHECK-216 under javac and ecj, on the {@code @Query}'s file and line: an upsert names a
 * constraint the table does not have (here, the name before a RENAME CONSTRAINT), while the upsert
 * on the new name and on a name PostgreSQL chose compile. PostgreSQL's verdicts are confirmed in
 * {@code OnConflictConstraintTest}.
 */
class OnConflictConstraintCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, name text);
      ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_unique;
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Users {
        @Query("INSERT INTO users (id, email) VALUES (:id, :email) ON CONFLICT ON CONSTRAINT users_pkey DO NOTHING")
        int add(long id, String email);

        @Query("INSERT INTO users (id, email) VALUES (:id, :email) ON CONFLICT ON CONSTRAINT users_email_unique DO NOTHING")
        int addByEmail(long id, String email);

        @Query("INSERT INTO users (id, email) VALUES (:id, :email) ON CONFLICT ON CONSTRAINT users_email_key DO NOTHING")
        int stale(long id, String email);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void anUnknownConstraint_isReportedOnItsQuery(Tool tool) {
    Result r = new CompileHarness().source("com.example.Users", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Users.java");
    assertThat(r.errors().get(0).line()).isEqualTo(11);
    assertThat(r.errors().get(0).message())
        .contains(
            "[SQLCHECK-216] constraint \"users_email_key\" for table \"users\" does not exist");
  }
}
