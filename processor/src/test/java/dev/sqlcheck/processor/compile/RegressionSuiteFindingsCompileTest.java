package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The errors and warnings that PostgreSQL's regression tests led to, each on its own method's line
 * under javac and ecj: an unpaired surrogate in a string constant, an output with an aggregate
 * named in GROUP BY, a jsonb slice, a row comparison whose operator is not boolean, WITH TIES with
 * SKIP LOCKED, and (a warning) a role name sqlcheck cannot look up. {@code
 * RegressionSuiteCasesAgreeWithPostgresTest} and the parser tests compare each with PostgreSQL.
 */
class RegressionSuiteFindingsCompileTest {
  private static final String SCHEMA =
      "CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, body jsonb);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Events {
        @Query("SELECT E'\\\\ud800' || kind FROM events")
        List<String> surrogate();

        @Query("SELECT count(*) AS n FROM events GROUP BY n")
        List<Long> groupedByCount();

        @Query("SELECT body[0:1]::text FROM events")
        List<String> jsonbSlice();

        @Query("SELECT ROW(kind, kind) || ROW('a', 'b') FROM events")
        List<String> rowConcat();

        @Query("SELECT id FROM events ORDER BY id FETCH FIRST 2 ROWS WITH TIES FOR UPDATE SKIP LOCKED")
        List<Long> tiesSkipped();

        @Query("SELECT 'app_reader'::regrole::text")
        String role();

        @Query("SELECT kind FROM events WHERE id = ANY('{1,2}'::int8[]) ORDER BY id")
        List<String> fine();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void eachFindingIsReportedOnItsMethod(Tool tool) {
    Result r = new CompileHarness().source("com.example.Events", REPO).schema(SCHEMA).compile(tool);
    List<String> errors =
        r.errors().stream().map(d -> d.file() + ":" + d.line() + " " + d.message()).toList();
    assertWithMessage("%s", r).that(errors).hasSize(5);
    String[][] expected = {
      {"Events.java:6", "invalid Unicode surrogate pair"},
      {"Events.java:9", "aggregate functions are not allowed in GROUP BY"},
      {"Events.java:12", "jsonb subscript does not support slices"},
      {"Events.java:15", "row comparison operator must yield type boolean, not type text"},
      {"Events.java:18", "SKIP LOCKED and WITH TIES options cannot be used together"},
    };
    for (int i = 0; i < expected.length; i++) {
      assertWithMessage("%s", r).that(errors.get(i)).startsWith(expected[i][0] + " ");
      assertWithMessage("%s", r).that(errors.get(i)).contains(expected[i][1]);
    }
    assertWithMessage("%s", r).that(r.warnings()).hasSize(1);
    assertWithMessage("%s", r).that(r.warnings().get(0).line()).isEqualTo(21);
    assertWithMessage("%s", r)
        .that(r.warnings().get(0).message())
        .contains("the name app_reader in a regrole constant");
  }
}
