package dev.sqlcheck.processor.problem;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class MessageFormatterTest {

  @Test
  void positionedProblem_showsLineWithCaretsUnderToken() {
    String sql = "SELECT id, emial FROM users WHERE id = :id";
    Problem p =
        Problem.at(
                ProblemCode.UNKNOWN_COLUMN,
                "column \"emial\" does not exist in table \"users\"",
                11,
                16)
            .withHint("did you mean \"email\"?")
            .withNote("table \"users\" is defined at schema.sql:3");
    assertThat(MessageFormatter.format(p, sql))
        .isEqualTo(
            "[SQLCHECK-201] column \"emial\" does not exist in table \"users\"\n"
                + "      SELECT id, emial FROM users WHERE id = :id\n"
                + "                 ^^^^^\n"
                + "    did you mean \"email\"? (table \"users\" is defined at schema.sql:3)");
  }

  @Test
  void multiLineSql_showsOnlyTheOffendingLineWithoutItsIndent() {
    String sql = "SELECT b.title\n    FROM books b\n    WHERE b.titel = :t";
    int start = sql.indexOf("titel");
    Problem p =
        Problem.at(ProblemCode.UNKNOWN_COLUMN, "column \"titel\" does not exist", start, start + 5);
    assertThat(MessageFormatter.format(p, sql))
        .isEqualTo(
            "[SQLCHECK-201] column \"titel\" does not exist\n"
                + "      WHERE b.titel = :t\n"
                + "              ^^^^^");
  }

  @Test
  void problemAtStartOfSecondLine_pointsAtThatLine() {
    String sql = "SELECT 1\nFORM x";
    Problem p = Problem.at(ProblemCode.SYNTAX_ERROR, "syntax error at or near \"FORM\"", 9, 13);
    assertThat(MessageFormatter.format(p, sql)).endsWith("      FORM x\n      ^^^^");
  }

  @Test
  void unpositionedProblem_hasNoExcerpt() {
    Problem p =
        Problem.unpositioned(
            ProblemCode.INSERT_ARITY, "INSERT has more target columns than expressions");
    assertThat(MessageFormatter.format(p, "INSERT INTO t (a, b) VALUES (1)"))
        .isEqualTo("[SQLCHECK-205] INSERT has more target columns than expressions");
  }

  @Test
  void emptyRange_stillShowsOneCaret() {
    Problem p = Problem.at(ProblemCode.SYNTAX_ERROR, "syntax error at end of input", 8, 8);
    assertThat(MessageFormatter.format(p, "SELECT a")).endsWith("      SELECT a\n              ^");
  }
}
