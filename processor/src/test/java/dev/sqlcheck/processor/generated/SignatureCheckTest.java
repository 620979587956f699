package dev.sqlcheck.processor.generated;

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
 * Every parameter (301-305) and result (401-407) problem, reported on the {@code @Query} line under
 * both javac and ecj, with a message naming the method, the column or parameter and the Java type.
 */
class SignatureCheckTest {
  static final String SCHEMA =
      """
      CREATE TABLE users (
        id bigint PRIMARY KEY,
        email text NOT NULL,
        nickname text,
        age integer,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id),
        total numeric NOT NULL);
      CREATE FUNCTION shard_of(id anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT id $$;
      CREATE FUNCTION shard_no(id bigint) RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
      """;

  /** Compiles {@code UserRepository} whose body is {@code members}, under {@code tool}. */
  static Result compile(Tool tool, String members) {
    return new CompileHarness()
        .schema(SCHEMA)
        .source("com.example.UserRepository", source(members))
        .compile(tool);
  }

  static String source(String members) {
    return """
           package com.example;
           import dev.sqlcheck.*;
           import java.util.*;
           @SqlRepository
           public interface UserRepository {
             record User(long id, String email) {}
           """
        + members
        + "}\n";
  }

  /** The 1-based line of the first line of the full source containing {@code marker}. */
  static long lineOf(String members, String marker) {
    List<String> lines = source(members).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + marker);
  }

  static Diag onlyError(Result r, String code) {
    List<Diag> sqlErrors = r.errors();
    assertWithMessage("diagnostics:\n%s", r).that(sqlErrors).hasSize(1);
    assertWithMessage("diagnostics:\n%s", r).that(sqlErrors.get(0).message()).contains(code);
    // No real implementation for a repository with errors: at most the throwing stand-in.
    for (String source : r.generatedSources().values()) {
      assertWithMessage("generated:\n%s", source).that(source).contains("Stand-in written because");
      assertWithMessage("generated:\n%s", source).that(source).doesNotContain("prepareStatement");
    }
    return sqlErrors.get(0);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void sqlParameterWithoutMethodParameter_is301OnQueryLine(Tool tool) {
    String members =
        """
          @Query("SELECT id, email FROM users WHERE id = :id AND email = :mail")
          Optional<User> find(long id);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-301]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\":mail\"");
    assertThat(d.message()).contains("\"find\"");
    assertThat(d.file()).isEqualTo("UserRepository.java");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void misspelledParameter_is301WithSuggestionAnd302(Tool tool) {
    String members =
        """
          @Query("SELECT id, email FROM users WHERE id = :id AND email = :emial")
          Optional<User> find(long id, String email);
        """;
    Result r = compile(tool, members);
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-301]");
    assertThat(r.errors().get(0).message()).contains("did you mean \"email\"?");
    assertThat(r.errors().get(1).message()).contains("[SQLCHECK-302]");
    assertThat(r.errors().get(1).line()).isEqualTo(lineOf(members, "@Query"));
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void paramAnnotationAndProperties_bindWithoutProblems(Tool tool) {
    String members =
        """
          @Query("SELECT id, email FROM users WHERE email = :mail OR id = :user.id")
          List<User> find(@Param("mail") String email, User user);
          @Query("UPDATE users SET email = :email WHERE id = :id")
          int[] saveAll(List<User> users);
        """;
    Result r = compile(tool, members);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertThat(r.generatedSources().get("UserRepositoryImpl.java"))
        .contains("JdbcSupport.bind(ps, 1, email, Types.VARCHAR);");
    assertThat(r.generatedSources().get("UserRepositoryImpl.java"))
        .contains("ps.setLong(2, user.id());");
    assertThat(r.generatedSources().get("UserRepositoryImpl.java")).contains("ps.addBatch();");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void unusedMethodParameter_is302(Tool tool) {
    String members =
        """
          @Query("SELECT email FROM users WHERE id = :id")
          String email(long id, boolean verbose);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-302]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\"verbose\"");
    assertThat(d.message()).contains("\"email\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void stringAgainstBigint_is303(Tool tool) {
    String members =
        """
          @Query("SELECT email FROM users WHERE id = :id")
          String email(String id);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-303]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\"String\"");
    assertThat(d.message()).contains("\"bigint\"");
    assertThat(d.message()).contains("\"email\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void unknownProperty_is304WithSuggestion(Tool tool) {
    String members =
        """
          @Query("UPDATE users SET email = :user.emial WHERE id = :user.id")
          int save(User user);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-304]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\"emial\"");
    assertThat(d.message()).contains("\"User\"");
    assertThat(d.message()).contains("did you mean \"email\"?");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void unsupportedParameterType_is305(Tool tool) {
    String members =
        """
          @Query("SELECT email FROM users WHERE email = :filter")
          List<String> find(Map<String, String> filter);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-305]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\"filter\"");
    assertThat(d.message()).contains("Map<String,String>");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void unsupportedReturnType_is401(Tool tool) {
    String members =
        """
          @Query("SELECT email FROM users WHERE id = :id")
          Map<String, Object> find(long id);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-401]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\"find\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void componentWithoutColumn_is402(Tool tool) {
    String members =
        """
          record Contact(long id, String mail) {}
          @Query("SELECT id, email FROM users")
          List<Contact> contacts();
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-402]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\"mail\"");
    assertThat(d.message()).contains("\"String\"");
    assertThat(d.message()).contains("\"contacts\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void textColumnIntoLong_is403(Tool tool) {
    String members =
        """
          record Row(long id, long email) {}
          @Query("SELECT id, email FROM users")
          List<Row> rows();
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-403]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("column \"email\"");
    assertThat(d.message()).contains("\"text\"");
    assertThat(d.message()).contains("\"long\"");
    assertThat(d.message()).contains("\"rows\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void nullableColumnIntoPrimitive_is404(Tool tool) {
    String members =
        """
          record Row(long id, int age) {}
          @Query("SELECT id, age FROM users")
          List<Row> rows();
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-404]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("column \"age\"");
    assertThat(d.message()).contains("\"int\"");
    assertThat(d.message()).contains("\"Integer\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void nullableColumnFilteredByWhereIntoPrimitive_compiles(Tool tool) {
    String members =
        """
          record Row(long id, int age) {}
          @Query("SELECT id, age FROM users WHERE age IS NOT NULL")
          List<Row> rows();

          @Query("SELECT u.email, o.total FROM users u LEFT JOIN orders o ON o.user_id = u.id"
              + " WHERE o.total > :min")
          List<Total> totals(long min);
          record Total(String email, double total) {}
        """;
    Result r = compile(tool, members);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void outerJoinSideIntoPrimitive_is404(Tool tool) {
    String members =
        """
          record Row(String email, double total) {}
          @Query("SELECT u.email, o.total FROM users u LEFT JOIN orders o ON o.user_id = u.id")
          List<Row> rows();
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-404]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("column \"total\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void twoColumnsIntoScalar_is405(Tool tool) {
    String members =
        """
          @Query("SELECT id, email FROM users WHERE id = :id")
          Optional<String> email(long id);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-405]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\"email\"");
    assertThat(d.message()).contains("\"String\"");
    assertThat(d.message()).contains("\"id\", \"email\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void dmlWithoutReturningIntoRow_is406(Tool tool) {
    String members =
        """
          @Query("UPDATE users SET email = :email WHERE id = :id")
          Optional<User> update(long id, String email);
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-406]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("RETURNING");
    assertThat(d.message()).contains("\"update\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void unusedResultColumn_is407WarningAndStillGenerates(Tool tool) {
    String members =
        """
          @Query("SELECT id, email, nickname FROM users")
          List<User> all();
        """;
    Result r = compile(tool, members);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> ours = r.sqlcheck();
    assertWithMessage("%s", r).that(ours).hasSize(1);
    Diag d = ours.get(0);
    assertThat(d.isError()).isFalse();
    assertThat(d.message()).contains("[SQLCHECK-407]");
    assertThat(d.message()).contains("column \"nickname\"");
    assertThat(d.message()).contains("\"all\"");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(r.generatedSources()).containsKey("UserRepositoryImpl.java");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void suppressWarnings_silencesUnusedColumn(Tool tool) {
    String members =
        """
          @SuppressWarnings("sqlcheck:unused-column")
          @Query("SELECT id, email, nickname FROM users")
          List<User> all();
        """;
    Result r = compile(tool, members);
    assertWithMessage("%s", r).that(r.sqlcheck()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void stringCastExplicitly_isNotAMismatch(Tool tool) {
    String members =
"""
  @Query("SELECT id FROM users WHERE created_at >= CAST(:from AS timestamptz) AND id = :id::bigint")
  List<Long> since(String from, String id);
  @Query("SELECT id FROM users WHERE created_at >= :from")
  List<Long> other(String from);
""";
    Result r = compile(tool, members);
    List<Diag> errors = r.errors();
    assertWithMessage("%s", r).that(errors).hasSize(1);
    assertThat(errors.get(0).message()).contains("\"other\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void arrayColumnIntoRowsOfScalars_is403WithHint(Tool tool) {
    String members =
        """
          @Query("SELECT array_agg(id) AS ids FROM users")
          List<Long> ids();
          @Query("SELECT array_agg(id) AS ids FROM users")
          Long[] idArray();
        """;
    Diag d = onlyError(compile(tool, members), "[SQLCHECK-403]");
    assertThat(d.line()).isEqualTo(lineOf(members, "@Query"));
    assertThat(d.message()).contains("\"bigint[]\"");
    assertThat(d.message()).contains("an array column reads into List<Long> or Long[]");
  }
}
