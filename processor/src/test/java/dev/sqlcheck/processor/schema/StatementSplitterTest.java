package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
  private static List<String> texts(String script) {
    return StatementSplitter.split(script).stream().map(ScriptStatement::text).toList();
  }

  private static List<Integer> lines(String script) {
    return StatementSplitter.split(script).stream().map(ScriptStatement::line).toList();
  }

  @Test
  void semicolons_separateStatementsWithStartLines() {
    String script = "CREATE TABLE a (id int);\n\n  CREATE TABLE b (id int);\nSELECT 1";
    assertEquals(
        List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)", "SELECT 1"), texts(script));
    assertEquals(List.of(1, 3, 4), lines(script));
  }

  @Test
  void leadingComments_doNotCountAsStartLine() {
    String script = "-- header; with semicolon\n/* block;\n comment */\nCREATE TABLE a (x int);";
    assertEquals(List.of("CREATE TABLE a (x int)"), texts(script));
    assertEquals(List.of(4), lines(script));
  }

  @Test
  void nestedBlockComments_areSkippedWhole() {
    String script = "/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2;";
    assertEquals(List.of("SELECT 1", "SELECT 2"), texts(script));
  }

  @Test
  void semicolonsInStringsAndIdentifiers_doNotSplit() {
    String script =
        "INSERT INTO t VALUES ('a;b', 'it''s;');\n"
            + "CREATE TABLE \"x;y\" (\"a\"\"b;\" int);\n"
            + "SELECT `c;d` FROM t;";
    assertEquals(3, texts(script).size());
    assertEquals("INSERT INTO t VALUES ('a;b', 'it''s;')", texts(script).get(0));
    assertEquals("SELECT `c;d` FROM t", texts(script).get(2));
  }

  @Test
  void escapeStrings_honourBackslashQuotes() {
    String script = "SELECT E'it\\'s; here'; SELECT 'plain\\'; SELECT 3;";
    assertEquals(List.of("SELECT E'it\\'s; here'", "SELECT 'plain\\'", "SELECT 3"), texts(script));
  }

  @Test
  void dollarQuotes_keepFunctionBodiesWhole() {
    String script =
        "CREATE FUNCTION f() RETURNS int AS $$ BEGIN; RETURN 1; END; $$ LANGUAGE plpgsql;\n"
            + "CREATE FUNCTION g() RETURNS int AS $_$ SELECT 1; $$ not the end; $_$ LANGUAGE sql;\n"
            + "SELECT 1;";
    List<String> statements = texts(script);
    assertEquals(3, statements.size());
    assertEquals(List.of(1, 2, 3), lines(script));
  }

  @Test
  void positionalParameters_areNotDollarQuotes() {
    String script = "PREPARE p AS SELECT $1; SELECT a$b FROM t; SELECT 2;";
    assertEquals(List.of("PREPARE p AS SELECT $1", "SELECT a$b FROM t", "SELECT 2"), texts(script));
  }

  @Test
  void psqlMetaCommands_areDropped() {
    String script =
        "\\restrict abc123\n\\connect chinook\nCREATE TABLE a (id int);\n\\unrestrict abc123\n";
    assertEquals(List.of("CREATE TABLE a (id int)"), texts(script));
    assertEquals(List.of(3), lines(script));
  }

  @Test
  void copyFromStdin_skipsDataUpToBackslashDot() {
    String script =
        "COPY public.t (a, b) FROM stdin;\n"
            + "1\tx; y\n"
            + "2\t'unclosed\n"
            + "\\.\n\n"
            + "CREATE TABLE c (id int);\n";
    assertEquals(
        List.of("COPY public.t (a, b) FROM stdin", "CREATE TABLE c (id int)"), texts(script));
    assertEquals(List.of(1, 6), lines(script));
  }

  @Test
  void mysqlDelimiter_changesTheTerminator() {
    String script =
        "DELIMITER //\n"
            + "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\n"
            + "DELIMITER ;\n"
            + "SELECT 3;";
    assertEquals(
        List.of("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "SELECT 3"), texts(script));
    assertEquals(List.of(2, 4), lines(script));
  }

  @Test
  void unterminatedQuote_runsToEndWithoutThrowing() {
    assertEquals(List.of("SELECT 'oops; SELECT 2;"), texts("SELECT 'oops; SELECT 2;"));
  }

  @Test
  void crlfLineEndings_countLines() {
    assertEquals(List.of(1, 3), lines("SELECT 1;\r\n\r\nSELECT 2;\r\n"));
  }

  @Test
  void commentsInsideAndBetweenStatements_keepStartLines() {
    String script =
        "CREATE TABLE a ( -- note; not the end\n"
            + " id int -- x\n"
            + ");\n"
            + "-- c\n"
            + "SELECT 1; /* a\n"
            + "b */ SELECT 2;";
    assertEquals(
        List.of("CREATE TABLE a ( -- note; not the end\n id int -- x\n)", "SELECT 1", "SELECT 2"),
        texts(script));
    assertEquals(List.of(1, 5, 6), lines(script));
  }

  @Test
  void lowerCaseDelimiter_isALineDirective_butOtherWordsWithDAreStatements() {
    String script =
        "delete from t;\n"
            + "delimiter //\n"
            + "SELECT 4 / 2//\n"
            + "Delimiter ;\n"
            + "drop table d;";
    assertEquals(List.of("delete from t", "SELECT 4 / 2", "drop table d"), texts(script));
    assertEquals(List.of(1, 3, 5), lines(script));
  }
}
