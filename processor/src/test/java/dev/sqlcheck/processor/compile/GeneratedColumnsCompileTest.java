package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writing to an identity column GENERATED ALWAYS or a generated column is an error under javac and
 * ecj, on the {@code @Query} that writes it; the PostgreSQL facts are confirmed in {@code
 * GeneratedColumnsTest}.
 */
class GeneratedColumnsCompileTest {
  @ParameterizedTest
  @EnumSource(Tool.class)
  void aValueForAnAlwaysIdentity_isAnError_andOverridingIsNot(Tool tool) {
    Result r =
        new CompileHarness()
            .source(
                "com.example.Users",
                """
                package com.example;
                import dev.sqlcheck.*;
                @SqlRepository
                public interface Users {
                  @Query("INSERT INTO users (id, email) VALUES (:id, :email)")
                  int insert(long id, String email);

                  @Query("INSERT INTO users (id, email) OVERRIDING SYSTEM VALUE VALUES (:id, :email)")
                  int restore(long id, String email);

                  @Query("UPDATE users SET email_key = :key WHERE id = :id")
                  int rekey(String key, long id);
                }
                """)
            .schema(
                """
                CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  email text NOT NULL, email_key text GENERATED ALWAYS AS (lower(email)) STORED);
                """)
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    assertThat(r.errors().get(0).message())
        .contains("[SQLCHECK-212] cannot insert a non-DEFAULT value into column \"id\"");
    assertThat(r.errors().get(0).message()).contains("OVERRIDING SYSTEM VALUE");
    assertThat(r.errors().get(0).file()).isEqualTo("Users.java");
    assertThat(r.errors().get(0).line()).isEqualTo(5);
    assertThat(r.errors().get(1).message())
        .contains("[SQLCHECK-212] column \"email_key\" can only be updated to DEFAULT");
    assertThat(r.errors().get(1).file()).isEqualTo("Users.java");
    assertThat(r.errors().get(1).line()).isEqualTo(11);
  }
}
