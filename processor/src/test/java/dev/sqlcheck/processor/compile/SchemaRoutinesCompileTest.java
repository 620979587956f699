package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the schema defines or creates besides tables, under javac and ecj, each problem on its
 * {@code @Query}'s file and line:
 *
 * <ul>
 *   <li>an aggregate it defines is checked like a built-in one, and one it does not define (an
 *       extension's) is a warning, not a grouping error;
 *   <li>a function it defines has its declared result, in an expression and in FROM;
 *   <li>an extension's type and an extension's operator on built-in types are warnings, never
 *       errors.
 * </ul>
 *
 * The PostgreSQL facts are confirmed in {@code SchemaAggregatesTest}, {@code SchemaFunctionsTest}
 * and {@code ExtensionTypesTest}.
 */
class SchemaRoutinesCompileTest {
  private static final String SCHEMA =
      """
      CREATE EXTENSION IF NOT EXISTS citext;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE film (film_id int PRIMARY KEY, title text NOT NULL, rating text,
        code citext NOT NULL);
      CREATE FUNCTION _concat(text, text) RETURNS text LANGUAGE sql
        AS $$ SELECT coalesce($1 || ', ', '') || $2 $$;
      CREATE AGGREGATE group_concat(text) (SFUNC = _concat, STYPE = text);
      CREATE FUNCTION ratings() RETURNS TABLE (rating text, films bigint) LANGUAGE sql
        AS $$ SELECT rating, count(*) FROM film GROUP BY rating $$;
      CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql AS $$ SELECT lower(t) $$;
      """;

  /** Compiles {@code Films} with these methods; the first method's {@code @Query} is line 7. */
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

  private static void assertAt(Diag d, long line, String text) {
    assertThat(d.file()).isEqualTo("Films.java");
    assertThat(d.line()).isEqualTo(line);
    assertThat(d.message()).contains(text);
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
    assertAt(
        r.errors().get(0),
        10,
        "[SQLCHECK-209] column \"film.film_id\" must appear in the GROUP BY");
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
    assertAt(r.warnings().get(0), 7, "[SQLCHECK-101]");
    assertThat(r.warnings().get(0).message()).contains("function \"string_agg_ext\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aSchemaFunction_hasItsDeclaredResult_inFromAndInExpressions(Tool tool) {
    Result r =
        compile(
            tool,
            """
              record Rating(String rating, long films) {}

              @Query("SELECT rating, films FROM ratings() WHERE films > :min")
              List<Rating> popular(long min);

              @Query("SELECT slug(title) + 1 FROM film")
              List<Integer> broken();

              @Query("SELECT rating, film FROM ratings()")
              List<Titles> typo();
            """);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    assertAt(r.errors().get(0), 12, "[SQLCHECK-211] operator does not exist: text + integer");
    assertAt(r.errors().get(1), 15, "[SQLCHECK-201] column \"film\" does not exist");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void anExtensionsType_isAWarning_itsOperatorsOnBuiltInTypesAreChecked(Tool tool) {
    Result r =
        compile(
            tool,
            """
              @Query("SELECT title FROM film WHERE code = :code")
              List<String> byCode(String code);

              @Query("SELECT title FROM film WHERE title % :q")
              List<String> like(String q);

              @Query("SELECT title FROM film WHERE rating = 5")
              List<String> broken();
            """);
    // pg_trgm's text % text is in the extension catalog: checked, so no warning on line 10
    assertWithMessage("%s", r).that(r.warnings()).hasSize(1);
    assertAt(r.warnings().get(0), 7, "type \"citext\"");
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertAt(r.errors().get(0), 13, "[SQLCHECK-211] operator does not exist: text = integer");
  }
}
