package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A recursive query whose recursive term changes a column's type (a date stepped by an interval
 * becomes a timestamp) passed, and PostgreSQL refuses it on every run. It is SQLCHECK-211 with
 * PostgreSQL's message, under javac and ecj; {@code AnalyzerAgreesWithPostgresTest} puts the same
 * queries to PostgreSQL.
 */
class RecursiveQueryCompileTest {
  private static final String SCHEMA = "CREATE TABLE plans (id bigint PRIMARY KEY, starts date);";

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.time.LocalDate;
      import java.util.List;
      @SqlRepository
      public interface Plans {
        @Query("WITH RECURSIVE d(day) AS (SELECT starts FROM plans WHERE id = :id UNION ALL SELECT day + 1 FROM d WHERE day < :until) SELECT day FROM d")
        List<LocalDate> days(long id, LocalDate until);

        @Query("WITH RECURSIVE d(day) AS (SELECT starts FROM plans WHERE id = :id UNION ALL SELECT day + interval '1 day' FROM d WHERE day < :until) SELECT day FROM d")
        List<LocalDate> daysByInterval(long id, LocalDate until);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aRecursiveTermThatChangesAColumnsType_isAnError(Tool tool) {
    Result r = new CompileHarness().source("com.example.Plans", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Plans.java");
    assertThat(r.errors().get(0).line()).isEqualTo(10);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-211]");
    assertThat(r.errors().get(0).message())
        .contains(
            "recursive query \"d\" column 1 has type date in non-recursive term but type"
                + " timestamp without time zone overall");
  }

  private static final String TREE =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Tree {
        @Query("WITH RECURSIVE d(id) AS (SELECT id FROM plans WHERE id = :id UNION ALL SELECT p.id FROM plans p JOIN d ON p.id = d.id + 1) SELECT id FROM d")
        List<Long> chain(long id);

        @Query("WITH RECURSIVE d(id) AS (SELECT id FROM plans WHERE id = :id UNION ALL SELECT p.id FROM plans p WHERE p.id IN (SELECT id + 1 FROM d)) SELECT id FROM d")
        List<Long> chainBySubquery(long id);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aRecursiveReferenceInASubquery_isAnError(Tool tool) {
    Result r = new CompileHarness().source("com.example.Tree", TREE).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Tree.java");
    assertThat(r.errors().get(0).line()).isEqualTo(9);
    assertThat(r.errors().get(0).message())
        .contains("recursive reference to query \"d\" must not appear within a subquery");
  }
}
