package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code -Asqlcheck.dialect} and PostgreSQL versions under javac and ecj: {@code random(int, int)}
 * (PostgreSQL 17) and {@code reverse(bytea)} (18) compile cleanly under the default, which accepts
 * what any version from 14 to 18 has, and are errors under {@code postgresql:15}, as PostgreSQL 15
 * itself says.
 */
class PostgresVersionsCompileTest {
  private static final String SCHEMA = "CREATE TABLE files (id bigint PRIMARY KEY, data bytea);\n";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      @SqlRepository
      public interface Dice {
        @Query("SELECT random(1, 6)")
        int roll();

        @Query("SELECT reverse(data) FROM files WHERE id = :id")
        byte[] reversed(long id);
      }
      """;

  private static Result compile(Tool tool, String... options) {
    CompileHarness h = new CompileHarness().source("com.example.Dice", REPO).schema(SCHEMA);
    for (String o : options) {
      h.option(o);
    }
    return h.compile(tool);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void defaultRange_newerFunctions_compileCleanly(Tool tool) {
    Result r = compile(tool);
    assertWithMessage("%s", r).that(r.sqlcheck()).isEmpty();
    assertThat(r.generatedSources()).containsKey("DiceImpl.java");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void pinnedVersion17_hasRandomButNotReverseOfBytea(Tool tool) {
    Result r = compile(tool, "-Asqlcheck.dialect=postgresql:17");
    List<String> errors = r.errors().stream().map(Diag::message).toList();
    assertWithMessage("%s", r).that(errors).hasSize(1);
    assertThat(errors.get(0)).contains("function reverse(bytea) does not exist");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void pinnedVersion15_newerFunctions_areErrors(Tool tool) {
    Result r = compile(tool, "-Asqlcheck.dialect=postgresql:15");
    List<String> errors = r.errors().stream().map(Diag::message).toList();
    assertWithMessage("%s", r).that(errors).hasSize(2);
    assertThat(errors)
        .comparingElementsUsing(
            com.google.common.truth.Correspondence.<String, String>from(
                String::contains, "contains"))
        .containsExactly(
            "function random(integer, integer) does not exist",
            "function reverse(bytea) does not exist");
  }

  /** What the errors under {@code postgresql:15} claim, on PostgreSQL 15. */
  @Test
  void postgres15_rejectsBothQueries() throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("versions_compile");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(SCHEMA);
      org.junit.jupiter.api.Assumptions.assumeTrue(
          c.getMetaData().getDatabaseMajorVersion() == 15, "the claim is about PostgreSQL 15");
      for (String[] q :
          new String[][] {
            {"SELECT random(1, 6)", "function random(integer, integer) does not exist"},
            {
              "SELECT reverse(data) FROM files WHERE id = $1",
              "function reverse(bytea) does not exist"
            }
          }) {
        SQLException e =
            org.junit.jupiter.api.Assertions.assertThrows(
                SQLException.class, () -> c.prepareStatement(q[0]).getMetaData(), q[0]);
        assertThat(e.getMessage()).contains(q[1]);
      }
    }
  }
}
