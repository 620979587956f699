package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules the differential oracle found missing, as a repository's methods meet them: DISTINCT ON
 * after repeated ORDER BY items, an untyped CASE subject, an inner join's merged column in GROUP
 * BY, an outer query's {@code t.*} in a subquery and {@code IS DISTINCT FROM NULL} on {@code json}.
 * The valid ones compile; the refused ones are errors on their lines. The analysis tests ({@code
 * DistinctOnOrderAgreesWithPostgresTest}, {@code TypingRulesAgreeWithPostgresTest}, {@code
 * WholeRowReferencesAgreeWithPostgresTest}) put each rule to PostgreSQL.
 */
class OracleFindingsCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE narrow (id int, name text);
      CREATE TABLE wide (id bigint PRIMARY KEY, name text, kind text, data json);
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Found {
        @Query("SELECT DISTINCT ON (name) name FROM wide ORDER BY name, id, 1 DESC")
        List<String> distinctOnRepeat();

        @Query("SELECT id, kind FROM narrow NATURAL JOIN wide GROUP BY id")
        List<Row> mergedKey();

        @Query("SELECT id FROM wide WHERE data IS DISTINCT FROM NULL")
        List<Long> jsonNotNull();

        @Query("SELECT DISTINCT ON (name) name FROM wide ORDER BY id, name")
        List<String> distinctOnLate();

        @Query("SELECT CASE NULL WHEN -5 THEN 1 END AS k FROM wide")
        List<Integer> caseSubject();

        @Query("SELECT n.name FROM narrow n GROUP BY n.name HAVING EXISTS (SELECT n.* FROM wide)")
        List<String> outerStar();

        record Row(long id, String kind) {}
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void validOnesCompile_refusedOnesAreErrorsOnTheirLines(Tool tool) {
    Result r = new CompileHarness().source("com.example.Found", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(3);
    CompileHarness.Diag late = r.errors().get(0);
    assertThat(late.file()).isEqualTo("Found.java");
    assertThat(late.line()).isEqualTo(15);
    assertThat(late.message())
        .contains(
            "[SQLCHECK-210] SELECT DISTINCT ON expressions must match initial ORDER BY"
                + " expressions");
    CompileHarness.Diag caseSubject = r.errors().get(1);
    assertThat(caseSubject.file()).isEqualTo("Found.java");
    assertThat(caseSubject.line()).isEqualTo(18);
    assertThat(caseSubject.message())
        .contains("[SQLCHECK-211] operator does not exist: text = integer");
    CompileHarness.Diag outer = r.errors().get(2);
    assertThat(outer.file()).isEqualTo("Found.java");
    assertThat(outer.line()).isEqualTo(21);
    assertThat(outer.message())
        .contains("[SQLCHECK-209] subquery uses ungrouped column \"n.id\" from outer query");
  }
}
