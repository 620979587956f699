package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQLCHECK-217 under javac and ecj, on the {@code @Query}'s file and line: a migration widened the
 * unique index an upsert relied on, so its ON CONFLICT target matches none (every run would fail),
 * while the upsert on the new key compiles. PostgreSQL's verdicts (by EXPLAIN) are confirmed in
 * {@code ConflictArbiterTest}.
 */
class ConflictArbiterCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE subscriptions (id bigint PRIMARY KEY, email text NOT NULL, list text NOT NULL);
      CREATE UNIQUE INDEX subscriptions_email ON subscriptions (email);
      DROP INDEX subscriptions_email;
      CREATE UNIQUE INDEX subscriptions_list_email ON subscriptions (list, email);
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Subscriptions {
        @Query("INSERT INTO subscriptions (id, email, list) VALUES (:id, :email, :list) ON CONFLICT (list, email) DO NOTHING")
        int subscribe(long id, String email, String list);

        @Query("INSERT INTO subscriptions (id, email, list) VALUES (:id, :email, :list) ON CONFLICT (email) DO NOTHING")
        int subscribeOnce(long id, String email, String list);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aTargetNoUniqueIndexMatches_isReportedOnItsQuery(Tool tool) {
    Result r =
        new CompileHarness().source("com.example.Subscriptions", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Subscriptions.java");
    assertThat(r.errors().get(0).line()).isEqualTo(8);
    assertThat(r.errors().get(0).message())
        .contains(
            "[SQLCHECK-217] there is no unique or exclusion constraint matching the ON CONFLICT"
                + " specification");
  }
}
