package dev.sqlcheck.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqlScanTest {

  @Test
  void blockComment_endsJustPastItsClose() {
    assertEquals(7, SqlScan.endOfBlockComment("/* a */ x", 0));
    assertEquals(4, SqlScan.endOfBlockComment("/**/", 0));
    assertEquals(9, SqlScan.endOfBlockComment("x /* c */ y", 2));
  }

  @Test
  void nestedBlockComment_endsAtTheOuterClose() {
    assertEquals(11, SqlScan.endOfBlockComment("/* /* */ */ x", 0));
    assertEquals(-1, SqlScan.endOfBlockComment("/* /* */ x", 0));
  }

  @Test
  void unterminatedBlockComment_isMinusOne() {
    assertEquals(-1, SqlScan.endOfBlockComment("/* a", 0));
    assertEquals(-1, SqlScan.endOfBlockComment("/*/", 0));
    assertEquals(-1, SqlScan.endOfBlockComment("/*", 0));
  }

  @Test
  void lineComment_endsJustPastItsNewline() {
    assertEquals(5, SqlScan.endOfLineComment("-- c\nx", 0));
    assertEquals(6, SqlScan.endOfLineComment("-- a\r\nb", 0));
    assertEquals(7, SqlScan.endOfLineComment("x -- c\ny", 2));
  }

  @Test
  void lineCommentWithoutNewline_endsAtTheEndOfText() {
    assertEquals(2, SqlScan.endOfLineComment("--", 0));
    assertEquals(4, SqlScan.endOfLineComment("-- c", 0));
    assertEquals(6, SqlScan.endOfLineComment("x -- c", 2));
  }

  @Test
  void quoted_endsJustPastTheClosingQuote() {
    assertEquals(5, SqlScan.endOfQuoted("'abc' x", 0, '\'', false));
    assertEquals(2, SqlScan.endOfQuoted("'' x", 0, '\'', false));
    assertEquals(9, SqlScan.endOfQuoted("x = 'abc';", 4, '\'', false));
  }

  @Test
  void doubledQuote_staysInsideTheLiteral() {
    assertEquals(4, SqlScan.endOfQuoted("'''' x", 0, '\'', false));
    assertEquals(7, SqlScan.endOfQuoted("'it''s' x", 0, '\'', false));
    assertEquals(6, SqlScan.endOfQuoted("\"a\"\"b\" x", 0, '"', false));
    assertEquals(3, SqlScan.endOfQuoted("`a` b", 0, '`', false));
  }

  @Test
  void unterminatedQuote_isMinusOne() {
    assertEquals(-1, SqlScan.endOfQuoted("'abc", 0, '\'', false));
    assertEquals(-1, SqlScan.endOfQuoted("'", 0, '\'', false));
    assertEquals(-1, SqlScan.endOfQuoted("'ab''", 0, '\'', false));
    assertEquals(-1, SqlScan.endOfQuoted("\"ab", 0, '"', false));
  }

  @Test
  void backslashEscapes_onlyWhenAsked() {
    String escaped = "E'\\''"; // E'\''
    assertEquals(5, SqlScan.endOfQuoted(escaped, 1, '\'', true));
    assertEquals(-1, SqlScan.endOfQuoted(escaped, 1, '\'', false)); // '\'' then an open ''
    assertEquals(5, SqlScan.endOfQuoted("E'\\\\' x", 1, '\'', true)); // E'\\' x
    assertEquals(6, SqlScan.endOfQuoted("E'a\\'' '", 1, '\'', true)); // E'a\'' '
  }

  @Test
  void backslashAtTheEnd_isUnterminated() {
    assertEquals(-1, SqlScan.endOfQuoted("E'a\\", 1, '\'', true));
    assertEquals(-1, SqlScan.endOfQuoted("E'a\\'", 1, '\'', true));
  }

  @Test
  void dollarTag_endsJustPastItsSecondDollar() {
    assertEquals(2, SqlScan.endOfDollarTag("$$", 0));
    assertEquals(3, SqlScan.endOfDollarTag("$a$", 0));
    assertEquals(5, SqlScan.endOfDollarTag("$a_1$x", 0));
    assertEquals(3, SqlScan.endOfDollarTag("$é$", 0));
    assertEquals(5, SqlScan.endOfDollarTag("AS $$ x", 3));
  }

  @Test
  void dollarWithoutTag_isMinusOne() {
    assertEquals(-1, SqlScan.endOfDollarTag("$1", 0));
    assertEquals(-1, SqlScan.endOfDollarTag("$1$", 0));
    assertEquals(-1, SqlScan.endOfDollarTag("$", 0));
    assertEquals(-1, SqlScan.endOfDollarTag("$a", 0));
    assertEquals(-1, SqlScan.endOfDollarTag("$a b$", 0));
    assertEquals(-1, SqlScan.endOfDollarQuote("$1 $1", 0));
  }

  @Test
  void dollarQuote_endsJustPastTheSameTag() {
    assertEquals(7, SqlScan.endOfDollarQuote("$$ x $$;", 0));
    assertEquals(4, SqlScan.endOfDollarQuote("$$$$", 0));
    assertEquals(11, SqlScan.endOfDollarQuote("$a$ $b$ $a$", 0));
    assertEquals(13, SqlScan.endOfDollarQuote("$a$ x $A$ $a$", 0));
    assertEquals(5, SqlScan.endOfDollarQuote("$$'$$' $$", 0)); // quotes mean nothing inside
  }

  @Test
  void unterminatedDollarQuote_isMinusOne() {
    assertEquals(-1, SqlScan.endOfDollarQuote("$$", 0));
    assertEquals(-1, SqlScan.endOfDollarQuote("$a$", 0));
    assertEquals(-1, SqlScan.endOfDollarQuote("$a$ x $a", 0));
    assertEquals(-1, SqlScan.endOfDollarQuote("$a$ x $b$", 0));
  }

  @Test
  void identifierCharacters_includeDollarOnlyAfterTheStart() {
    assertTrue(SqlScan.isIdentStart('a'));
    assertTrue(SqlScan.isIdentStart('_'));
    assertTrue(SqlScan.isIdentStart('é'));
    assertFalse(SqlScan.isIdentStart('1'));
    assertFalse(SqlScan.isIdentStart('$'));
    assertTrue(SqlScan.isIdentPart('1'));
    assertTrue(SqlScan.isIdentPart('$'));
    assertTrue(SqlScan.isIdentPart('_'));
    assertFalse(SqlScan.isIdentPart('-'));
    assertFalse(SqlScan.isIdentPart(' '));
  }

  @Test
  void word_endsAtTheFirstNonIdentifierCharacter() {
    assertEquals(7, SqlScan.endOfWord("foo$bar baz", 0));
    assertEquals(3, SqlScan.endOfWord("abc", 0));
    assertEquals(3, SqlScan.endOfWord("abc", 3));
    assertEquals(0, SqlScan.endOfWord(" x", 0));
    assertEquals(5, SqlScan.endOfWord("a.b_1(", 2));
  }

  @Test
  void questionMarksInCode_onlyOutsideLiteralsAndComments() {
    String sql =
        "SELECT '?', \"a?\", E'\\'?', $$?$$, $t$ ? $t$ -- ?\n"
            + "FROM d WHERE body ? 'k' AND body ?| array['a'] /* ? /* ? */ ? */ AND x$? = 1";
    java.util.List<Integer> expected = new java.util.ArrayList<>();
    for (String operator : java.util.List.of("? 'k'", "?| array", "? = 1")) {
      expected.add(sql.indexOf(operator));
    }
    assertEquals(expected, SqlScan.questionMarksInCode(sql).stream().boxed().toList());
    assertTrue(SqlScan.questionMarksInCode("SELECT 'unterminated ?").isEmpty());
    assertTrue(SqlScan.questionMarksInCode("SELECT 1 -- ?").isEmpty());
    assertTrue(SqlScan.questionMarksInCode("SELECT b ?? 'k', b ??| c").isEmpty());
    assertEquals(
        java.util.List.of(9), SqlScan.questionMarksInCode("SELECT $1?").stream().boxed().toList());
  }
}
