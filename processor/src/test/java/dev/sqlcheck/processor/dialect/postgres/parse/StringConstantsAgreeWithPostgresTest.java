package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Select;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Escapes in {@code E'…'} and {@code U&'…'} constants, judged by the local PostgreSQL 15: the same
 * verdict, SQLSTATE, message and position for each error (unpaired surrogates, escapes out of range
 * or too short, bytes that are not UTF-8, bad {@code UESCAPE}), and the same value for each
 * constant PostgreSQL accepts. Many of these come from PostgreSQL's own regression tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StringConstantsAgreeWithPostgresTest {
  static final List<String> CASES =
      List.of(
          "SELECT E'wrong: \\u061'",
          "SELECT E'wrong: \\U0061'",
          "SELECT E'wrong: \\udb99'",
          "SELECT E'wrong: \\udb99xy'",
          "SELECT E'wrong: \\udb99\\\\'",
          "SELECT E'wrong: \\U002FFFFF'",
          "SELECT E'\\u0000'",
          "SELECT E'\\udc00x'",
          "SELECT E'\\ud800\\ud800'",
          "SELECT E'\\ud800\\U0000dc00'",
          "SELECT E'\\ud83d\\ude00'",
          "SELECT E'\\ud800' 'x'",
          "SELECT E'\\ud800'\n'x'",
          "SELECT E'\\xc3'\n'\\xa9'",
          "SELECT E'\\xc3\\x28'",
          "SELECT E'\\xe2\\x82'",
          "SELECT E'\\xe2\\x82\\x28'",
          "SELECT E'a\\000b'",
          "SELECT E'\\xf0\\x9f\\x98'",
          "SELECT E'\\xed\\xa0\\x80'",
          "SELECT E'\\xff'",
          "SELECT E'\\377'",
          "SELECT E'\\xc0\\x80'",
          "SELECT E'\\xf4\\x90\\x80\\x80'",
          "SELECT E'\\xf4\\x8f\\xbf\\xbf'",
          "SELECT E'\\x'",
          "SELECT E'\\q\\'\\\\'",
          "SELECT E'it''s \\101\\x42\\u0043\\U00000044'",
          "SELECT E'\\u00e9', E'\\xc3\\xa9'",
          "SELECT U&'wrong: \\061'",
          "SELECT U&'wrong: \\+0061'",
          "SELECT U&'wrong: +0061' UESCAPE +",
          "SELECT U&'wrong: +0061' UESCAPE '+'",
          "SELECT U&'x' UESCAPE '!!'",
          "SELECT U&'x' UESCAPE",
          "SELECT U&'x' UESCAPE foo",
          "SELECT U&'wrong: \\+2FFFFF'",
          "SELECT U&'\\0000'",
          "SELECT U&'\\DB99'",
          "SELECT U&'\\D800\\DC00'",
          "SELECT U&'\\DC00'",
          "SELECT U&'\\D800x'",
          "SELECT U&'\\D800\\D800'",
          "SELECT U&'\\D800\\\\'",
          "SELECT U&'it''s \\D800\\DC00'",
          "SELECT U&'!D800!DC00' UESCAPE '!'",
          "SELECT U&\"\\DB99\"",
          "SELECT U&'d\\0061t\\+000061'",
          "SELECT U&'d!0061t!+000061!!' UESCAPE '!'");

  private PgOracle oracle;

  @BeforeAll
  void open() throws SQLException {
    oracle = new PgOracle("string_constants");
  }

  @AfterAll
  void close() throws Exception {
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void errorsAndValuesAgreeWithPostgres() throws SQLException {
    List<String> disagreements = new ArrayList<>();
    int rejected = 0;
    for (String sql : CASES) {
      PgOracle.Verdict pg = oracle.judge(sql);
      PgParseResult ours = PgParser.parse(sql, PgGrammar.of(15));
      String expected;
      String actual;
      if (pg.accepted()) {
        expected = "values " + values(sql);
        actual = ours.ok() ? "values " + ourValues(ours) : "error " + ours.error();
      } else {
        rejected++;
        // PostgreSQL checks the encoding after the scanner and gives no position; sqlcheck
        // points at the constant.
        String position = pg.position() < 0 ? "" : " @" + pg.position();
        expected = pg.sqlState() + " " + pg.message() + position;
        actual =
            ours.ok()
                ? "parsed"
                : ours.error().sqlState()
                    + " "
                    + ours.error().message()
                    + (pg.position() < 0 ? "" : " @" + ours.error().position());
      }
      if (!expected.equals(actual)) {
        disagreements.add(sql + "\n    pg: " + expected + "\n    us: " + actual);
      }
    }
    assertEquals(List.of(), disagreements);
    assertEquals(true, rejected >= 30, "most cases are errors: " + rejected);
  }

  /** The text values PostgreSQL gives the select list's constants. */
  private String values(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = oracle.connection().createStatement();
        ResultSet rs = st.executeQuery(sql.replace("U&\"", "U&'"))) {
      rs.next();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        out.add(rs.getString(i));
      }
    }
    return out.toString();
  }

  private static String ourValues(PgParseResult ours) {
    List<String> out = new ArrayList<>();
    Select select = (Select) ((Query) ours.single()).body();
    for (var item : select.items()) {
      out.add(((Expr.StringLiteral) item.expr()).value());
    }
    return out.toString();
  }
}
