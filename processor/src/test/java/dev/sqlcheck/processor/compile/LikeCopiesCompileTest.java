package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code LIKE … INCLUDING GENERATED} copies the generation expression, so writing the copy is
 * refused as writing the original is; that passed before. {@code GeneratedColumnsTest} puts the
 * same writes to PostgreSQL.
 */
class LikeCopiesCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL,
        lower_email text GENERATED ALWAYS AS (lower(email)) STORED);
      CREATE TABLE users_archive (LIKE users INCLUDING GENERATED);
      CREATE TABLE users_copy (LIKE users);
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Archive {
        @Query("INSERT INTO users_copy (id, email, lower_email) VALUES (:id, :email, lower(:email))")
        int copy(long id, String email);

        @Query("INSERT INTO users_archive (id, email, lower_email) VALUES (:id, :email, lower(:email))")
        int archive(long id, String email);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aCopiedGeneratedColumn_cannotBeWritten(Tool tool) {
    Result r =
        new CompileHarness().source("com.example.Archive", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Archive.java");
    assertThat(r.errors().get(0).line()).isEqualTo(8);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-212]");
    assertThat(r.errors().get(0).message())
        .contains("cannot insert a non-DEFAULT value into column \"lower_email\"");
  }
}
