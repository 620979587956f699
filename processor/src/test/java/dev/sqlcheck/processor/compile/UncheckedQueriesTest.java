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
 * {@code @SuppressWarnings("sqlcheck:unchecked")}: the escape hatch for SQL the schema cannot
 * describe (a table created at run time, for example). The SQL is not checked against the schema,
 * but parameters are still matched by name and the implementation is generated.
 */
class UncheckedQueriesTest {
  private static final String SCHEMA = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n";

  private static Result compile(Tool tool, String annotations, String body) {
    return new CompileHarness()
        .source(
            "com.example.Repo",
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.List;
            """
                + annotations
                + """
            @SqlRepository
            public interface Repo {
            """
                + body
                + "\n}\n")
        .schema(SCHEMA)
        .compile(tool);
  }

  private static final String METHODS =
      """
        record Row(String isbn, int pages) {}

        @SuppressWarnings("sqlcheck:unchecked")
        @Query("SELECT isbn, pages FROM import_staging WHERE isbn IN (:isbns)")
        List<Row> staged(List<String> isbns);

        @Query("SELECT email FROM users WHERE id = :id")
        String email(long id);
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void uncheckedMethod_compilesAndGenerates_othersStillChecked(Tool tool) {
    Result r = compile(tool, "", METHODS);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(r.sqlcheck()).isEmpty();
    assertThat(r.generatedSources()).containsKey("RepoImpl.java");
    String impl = r.generatedSources().get("RepoImpl.java");
    assertThat(impl).contains("FROM import_staging WHERE isbn IN (");

    Result drifted = compile(tool, "", METHODS.replace("SELECT email", "SELECT emial"));
    Diag d = single(drifted.errors(), "[SQLCHECK-201]", drifted);
    assertThat(d.line()).isEqualTo(12);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void withoutTheSuppression_theMissingTableIsAnError(Tool tool) {
    Result r = compile(tool, "", METHODS.replace("@SuppressWarnings(\"sqlcheck:unchecked\")", ""));
    Diag d = single(r.errors(), "[SQLCHECK-200]", r);
    assertThat(d.message()).contains("table \"import_staging\" does not exist");
    assertThat(d.line()).isEqualTo(9);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void onTheInterface_coversEveryMethod_butParametersAreStillMatchedByName(Tool tool) {
    Result r =
        compile(
            tool,
            "@SuppressWarnings(\"sqlcheck:unchecked\")\n",
            """
          @Query("SELECT emial FROM nowhere WHERE id = :id")
          String email(long id);

          @Query("UPDATE nowhere SET x = 1 WHERE id = :id")
          int touch(long ident);
        """);
    Diag d = single(r.errors(), "[SQLCHECK-301]", r);
    assertThat(d.message()).contains(":id");
    assertThat(d.line()).isEqualTo(10);
    assertThat(r.errors().stream().filter(e -> e.message().contains("[SQLCHECK-2"))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void theTokenCountsAmongOthers_inAnArray(Tool tool) {
    Result r =
        compile(
            tool,
            "",
            METHODS.replace(
                "@SuppressWarnings(\"sqlcheck:unchecked\")",
                "@SuppressWarnings({\"unused\", \"sqlcheck:unchecked\"})"));
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(r.sqlcheck()).isEmpty();
    // A token that only starts like it does not suppress anything.
    Result other =
        compile(
            tool,
            "",
            METHODS.replace(
                "@SuppressWarnings(\"sqlcheck:unchecked\")",
                "@SuppressWarnings({\"unused\", \"sqlcheck:uncheckedX\"})"));
    single(other.errors(), "[SQLCHECK-200]", other);
  }

  private static Diag single(List<Diag> diags, String code, Result r) {
    List<Diag> found = diags.stream().filter(d -> d.message().contains(code)).toList();
    assertWithMessage("%s", r).that(found).hasSize(1);
    return found.get(0);
  }
}
