package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An aggregate the schema defines is checked like a built-in one under javac and ecj, and one it
 * does not define (an extension's) is a warning, not a grouping error. The PostgreSQL facts are
 * confirmed in {@code SchemaAggregatesTest}.
 */
class SchemaAggregatesCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE film (film_id int PRIMARY KEY, title text NOT NULL, rating text);
      CREATE FUNCTION _concat(text, text) RETURNS text LANGUAGE sql
        AS $$ SELECT coalesce($1 || ', ', '') || $2 $$;
      CREATE AGGREGATE group_concat(text) (SFUNC = _concat, STYPE = text);
      """;

  private static Result compile(Tool tool, String methods) {
    return new CompileHarness()
        .source(
            "com.example.Films",
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.List;
            @SqlRepository
            public interface Films {
              record Titles(String rating, String titles) {}
            """
                + methods
                + "\n}\n")
        .schema(SCHEMA)
        .compile(tool);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aSchemaAggregate_isCheckedLikeABuiltInOne(Tool tool) {
    Result r =
        compile(
            tool,
            """
              @Query("SELECT rating, group_concat(title ORDER BY title) AS titles FROM film GROUP BY rating")
              List<Titles> byRating();

              @Query("SELECT film_id, group_concat(title) FROM film")
              List<String> ungrouped();
            """);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-209]");
    assertThat(r.errors().get(0).message())
        .contains("\"film.film_id\" must appear in the GROUP BY");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void anAggregateTheSchemaDoesNotDefine_warns_andItsArgumentsAreNotJudgedAsUngrouped(Tool tool) {
    Result r =
        compile(
            tool,
            """
              @Query("SELECT rating, string_agg_ext(title) AS titles FROM film GROUP BY rating")
              List<Titles> byRating();
            """);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0).message()).contains("[SQLCHECK-101]");
    assertThat(r.warnings().get(0).message()).contains("function \"string_agg_ext\"");
  }
}
