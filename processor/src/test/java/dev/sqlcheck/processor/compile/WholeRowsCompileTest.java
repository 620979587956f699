package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whole rows and composite values as a repository uses them: a computed field {@code u.full_name}
 * (a schema function on the row) and {@code json_agg(o)} of a grouped table compile and map to
 * {@code String}; an ungrouped whole row, a function that takes no row and a row cast with too few
 * fields are errors on their method. {@code WholeRowReferencesAgreeWithPostgresTest} compares each
 * rule with PostgreSQL.
 */
class WholeRowsCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, first text NOT NULL, last text, email text);
      CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users, total numeric);
      CREATE FUNCTION full_name(users) RETURNS text LANGUAGE sql STABLE
        AS $$ SELECT $1.first || ' ' || $1.last $$;
      CREATE TYPE address AS (street text, city text, zip int);
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Users {
        @Query("SELECT u.full_name FROM users u WHERE u.id = :id")
        String fullName(long id);

        @Query(\"""
            SELECT json_agg(o ORDER BY o.id)::text FROM users u
            JOIN orders o ON o.user_id = u.id GROUP BY u.id\""")
        List<String> ordersPerUser();

        @Query("SELECT row_to_json(u)::text FROM users u GROUP BY u.email")
        List<String> ungrouped();

        @Query("SELECT lower(u) FROM users u")
        List<String> noSuchFunction();

        @Query("SELECT ROW('a', 'b')::address::text")
        String tooFewFields();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void wholeRowsAreCheckedAsPostgresChecksThem(Tool tool) {
    Result r = new CompileHarness().source("com.example.Users", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(3);
    CompileHarness.Diag ungrouped = r.errors().get(0);
    assertThat(ungrouped.file()).isEqualTo("Users.java");
    assertThat(ungrouped.line()).isEqualTo(14);
    assertThat(ungrouped.message())
        .contains(
            "[SQLCHECK-209] column \"u.*\" must appear in the GROUP BY clause or be used in an"
                + " aggregate function");
    CompileHarness.Diag lower = r.errors().get(1);
    assertThat(lower.line()).isEqualTo(17);
    assertThat(lower.message()).contains("function lower(users) does not exist");
    CompileHarness.Diag row = r.errors().get(2);
    assertThat(row.line()).isEqualTo(20);
    assertThat(row.message()).contains("cannot cast type record to address");
    assertThat(row.message()).contains("input has too few columns");
  }
}
