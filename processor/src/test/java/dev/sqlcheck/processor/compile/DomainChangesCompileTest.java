package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code ALTER DOMAIN} was not followed. After {@code DROP NOT NULL}, a column of the domain kept
 * its NOT NULL, so reading it into an {@code int} passed (a silent pass: PostgreSQL stores NULL
 * there now); after {@code SET DEFAULT}, an INSERT leaving the column out was SQLCHECK-218 (a false
 * error: PostgreSQL fills in the default); after {@code DROP DOMAIN … CASCADE}, its columns stayed.
 * {@code DomainNotNullMatchesPostgresTest} asks PostgreSQL which columns refuse NULL, and {@code
 * SchemaMatchesPostgresTest} which columns a dropped domain takes with it.
 */
class DomainChangesCompileTest {
  private static final String SCHEMA =
      """
      CREATE DOMAIN code AS text NOT NULL;
      CREATE TABLE items (id bigint PRIMARY KEY, c code);
      ALTER DOMAIN code SET DEFAULT 'x';
      CREATE DOMAIN posint AS int NOT NULL;
      CREATE TABLE counts (id bigint PRIMARY KEY, n posint);
      ALTER DOMAIN posint DROP NOT NULL;
      CREATE DOMAIN tag AS text;
      CREATE TABLE tagged (id bigint PRIMARY KEY, t tag);
      DROP DOMAIN tag CASCADE;
      DROP DOMAIN code;
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Domains {
        @Query("INSERT INTO items (id) VALUES (1)")
        int add();

        @Query("SELECT n FROM counts WHERE id = :id")
        int count(long id);

        @Query("SELECT t FROM tagged")
        java.util.List<String> tags();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void alterDomainChangesItsColumns(Tool tool) {
    Result r =
        new CompileHarness().source("com.example.Domains", REPO).schema(SCHEMA).compile(tool);
    // DROP DOMAIN without CASCADE: PostgreSQL refuses it while a column is of the domain
    assertWithMessage("%s", r).that(r.warnings()).hasSize(1);
    CompileHarness.Diag refused = r.warnings().get(0);
    assertThat(refused.file()).isEqualTo("Domains.java");
    assertThat(refused.line()).isEqualTo(4);
    assertThat(refused.message())
        .contains(
            "schema.sql:10: PostgreSQL refuses DROP DOMAIN code: column \"c\" of \"items\" is of"
                + " that type");
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    CompileHarness.Diag d = r.errors().get(0);
    assertThat(d.file()).isEqualTo("Domains.java");
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.message()).contains("[SQLCHECK-404]");
    assertThat(d.message()).contains("column \"n\", which may be NULL");
    CompileHarness.Diag dropped = r.errors().get(1);
    assertThat(dropped.file()).isEqualTo("Domains.java");
    assertThat(dropped.line()).isEqualTo(11);
    assertThat(dropped.message()).contains("[SQLCHECK-201]");
    assertThat(dropped.message()).contains("dropped at schema.sql:9");
  }
}
