package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Problems that are not about one table or column: broken schema statements, SQL the analyser
 * cannot model, several statements in one query. The schema ones are warnings and must never block
 * the build; the other queries must still be checked.
 */
class SchemaAndCoverageProblemsTest {
  private static final String SCHEMA =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
      CREATE TABLE broken (id int,, name text);
      ALTER TABLE userz ADD COLUMN nickname text;
      CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), body text);
      """;

  private static Result compile(Tool tool, String body) {
    return new CompileHarness()
        .source(
            "com.example.Repo",
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.List;
            @SqlRepository
            public interface Repo {
            """
                + body
                + "\n}\n")
        .schema(SCHEMA)
        .compile(tool);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void brokenSchemaStatement_warnsWithFileAndLineAndKeepsTheRest(Tool tool) {
    Result r =
        compile(
            tool,
            """
          @Query("SELECT body FROM posts WHERE user_id = :userId")
          List<String> bodies(long userId);
        """);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    Diag parse = single(r.warnings(), "[SQLCHECK-002]", r);
    assertThat(parse.message()).contains("schema.sql:2");
    assertThat(parse.message()).contains("broken");
    Diag alter = single(r.warnings(), "[SQLCHECK-004]", r);
    assertThat(alter.message()).contains("schema.sql:3");
    assertThat(alter.message()).contains("\"userz\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void queryOnRelationLostToParseFailure_isAWarningNotAnError(Tool tool) {
    Result r =
        compile(
            tool,
            """
          @Query("SELECT name FROM broken WHERE id = :id")
          List<String> names(int id);

          @Query("SELECT emial FROM users")
          List<String> emails();
        """);
    Diag lost = single(r.warnings(), "[SQLCHECK-207]", r);
    assertThat(lost.line()).isEqualTo(6);
    assertThat(lost.message()).contains("\"broken\"");
    // The next query is still checked.
    Diag drift = single(r.errors(), "[SQLCHECK-201]", r);
    assertThat(drift.line()).isEqualTo(9);
    assertThat(r.errors()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void sqlTheParserCannotRead_isANotFullyCheckedWarning(Tool tool) {
    Result r =
        compile(
            tool,
            """
          @Query("CALL archive_user(:id)")
          void archive(long id);
        """);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    Diag w = single(r.warnings(), "[SQLCHECK-101]", r);
    assertThat(w.line()).isEqualTo(6);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void twoStatements_isAnErrorPointingAtTheSecond(Tool tool) {
    Result r =
        compile(
            tool,
            """
          @Query("DELETE FROM posts WHERE user_id = :id; DELETE FROM users WHERE id = :id")
          int delete(long id);
        """);
    Diag e = single(r.errors(), "[SQLCHECK-102]", r);
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.message()).contains("^^^^^^");
  }

  private static Diag single(List<Diag> diags, String code, Result all) {
    List<Diag> matching = diags.stream().filter(d -> d.message().contains(code)).toList();
    assertWithMessage("exactly one %s in:\n%s", code, all).that(matching).hasSize(1);
    return matching.get(0);
  }
}
