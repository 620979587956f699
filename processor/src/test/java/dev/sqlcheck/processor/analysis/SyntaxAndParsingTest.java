package dev.sqlcheck.processor.analysis;

import static dev.sqlcheck.processor.analysis.Checks.analyze;
import static dev.sqlcheck.processor.analysis.Checks.clean;
import static dev.sqlcheck.processor.analysis.Checks.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import org.junit.jupiter.api.Test;

/** Syntax errors, multiple statements, parser workarounds, and the never-throw guarantee. */
class SyntaxAndParsingTest {

  @Test
  void misspelledFrom_syntaxErrorAtFollowingToken() {
    single(
        "SELECT id FORM users",
        ProblemCode.SYNTAX_ERROR,
        "syntax error at or near \"users\"",
        "users",
        "users");
  }

  @Test
  void misspelledWhere_syntaxError() {
    single(
        "SELECT id FROM users WHER id = 1",
        ProblemCode.SYNTAX_ERROR,
        "syntax error at or near \"id\"",
        "id = 1",
        "id");
  }

  @Test
  void misspelledSelect_syntaxErrorAtFirstWord() {
    single(
        "SELEC id FROM users",
        ProblemCode.SYNTAX_ERROR,
        "syntax error at or near \"SELEC\"",
        "SELEC",
        "SELEC");
  }

  @Test
  void truncatedStatement_syntaxErrorAtEndOfInput() {
    single(
        "SELECT id FROM users WHERE",
        ProblemCode.SYNTAX_ERROR,
        "syntax error at end of input",
        "WHERE",
        "WHERE");
  }

  @Test
  void danglingComma_syntaxErrorAtNextToken() {
    single(
        "SELECT id, FROM users",
        ProblemCode.SYNTAX_ERROR,
        "syntax error at or near \"FROM\"",
        "FROM",
        "FROM");
  }

  @Test
  void unbalancedParenthesis_syntaxError() {
    assertEquals(
        ProblemCode.SYNTAX_ERROR, analyze("SELECT (id FROM users").problems().get(0).code());
  }

  @Test
  void unterminatedString_syntaxError() {
    assertEquals(ProblemCode.SYNTAX_ERROR, analyze("SELECT 'abc").problems().get(0).code());
  }

  @Test
  void twoStatements_multipleStatementsAtSecond() {
    single("SELECT 1; SELECT 2", ProblemCode.MULTIPLE_STATEMENTS, null, "SELECT 2", "SELECT");
  }

  @Test
  void trailingSemicolonAndComment_areFine() {
    clean("SELECT id FROM users WHERE id = :id; -- done");
  }

  @Test
  void semicolonInStringOrComment_isNotASecondStatement() {
    clean("SELECT id FROM users WHERE email = 'a;b' /* ; */");
  }

  @Test
  void emptyQuery_isSyntaxError() {
    assertEquals(ProblemCode.SYNTAX_ERROR, analyze("  -- nothing\n").problems().get(0).code());
  }

  @Test
  void keywordColumnSettings_retriedQuoted_positionsStayExact() {
    single("SELECT settings, emial FROM users", ProblemCode.UNKNOWN_COLUMN, null, "emial", "emial");
    Problem p =
        single(
            "SELECT u.settings FROM users u WHERE u.settingz = 1",
            ProblemCode.UNKNOWN_COLUMN,
            null,
            "u.settingz",
            "settingz");
    assertEquals("did you mean \"settings\"?", p.hint());
  }

  @Test
  void multipleColumnAssignment_isParsedAndChecked() {
    QueryAnalysis a = analyze("UPDATE books SET title = :t, (isbn, published_year) = (:i, :y)");
    assertTrue(a.problems().isEmpty(), a.problems().toString());
    assertEquals(3, a.parameters().size());
    assertEquals("integer", a.parameters().get(2).expectedType().name());
  }

  @Test
  void nullAndGarbage_neverThrow() {
    assertTrue(new QueryAnalyzer(TestCatalogs.library()).analyze(null).hasErrors());
    for (String sql :
        new String[] {
          "(",
          ")",
          "'",
          "\"",
          "$$",
          "/*",
          "::",
          ":",
          ";;",
          "SELECT " + "(".repeat(3000) + "1" + ")".repeat(3000),
          "\u0000",
          "SELECT $1"
        }) {
      QueryAnalysis a = analyze(sql);
      assertTrue(a != null);
    }
  }

  @Test
  void deeplyNestedQuery_isNotAnException() {
    StringBuilder sql = new StringBuilder("SELECT 1");
    for (int i = 0; i < 400; i++) {
      sql = new StringBuilder("SELECT * FROM (" + sql + ") t" + i);
    }
    QueryAnalysis a = analyze(sql.toString());
    assertTrue(a.problems().stream().noneMatch(p -> p.code() == ProblemCode.INTERNAL_ERROR));
  }

  @Test
  void parametersReportedEvenOnSyntaxError() {
    QueryAnalysis a = analyze("SELECT id FORM users WHERE id = :id");
    assertEquals(1, a.parameters().size());
    assertEquals("id", a.parameters().get(0).name());
  }
}
