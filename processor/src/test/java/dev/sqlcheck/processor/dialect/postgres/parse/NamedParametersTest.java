package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sqlcheck.processor.sql.ast.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The named parameters the lexer finds, for text the grammar may not accept. */
class NamedParametersTest {
  private static List<Expr.NamedParameter> scan(String sql) {
    return PgParser.namedParameters(sql, PgGrammar.defaultRange());
  }

  private static List<String> names(String sql) {
    return scan(sql).stream()
        .map(f -> f.property() == null ? f.name() : f.name() + "." + f.property())
        .toList();
  }

  @Test
  void simpleParameters_foundWithExactOffsets() {
    String sql = "SELECT * FROM t WHERE a = :a AND b = :bee";
    List<Expr.NamedParameter> found = scan(sql);
    assertEquals(2, found.size());
    assertEquals("a", found.get(0).name());
    assertEquals(sql.indexOf(":a"), found.get(0).start());
    assertEquals(sql.indexOf(":a") + 2, found.get(0).end());
    assertEquals(sql.indexOf(":bee"), found.get(1).start());
    assertEquals(sql.length(), found.get(1).end());
    assertNull(found.get(0).property());
  }

  @Test
  void propertyParameter_splitsNameAndProperty() {
    String sql = "INSERT INTO books (title) VALUES (:book.title)";
    Expr.NamedParameter f = scan(sql).get(0);
    assertEquals("book", f.name());
    assertEquals("title", f.property());
    assertEquals(sql.indexOf(":book"), f.start());
    assertEquals(sql.indexOf(")", f.start()), f.end());
  }

  @Test
  void castAfterParameter_isNotAParameter() {
    String sql = "SELECT :id::text, x::int, y :: bigint";
    List<Expr.NamedParameter> found = scan(sql);
    assertEquals(List.of("id"), names(sql));
    assertEquals(7, found.get(0).start());
    assertEquals(10, found.get(0).end());
  }

  @Test
  void stringsCommentsAndQuotedIdentifiers_areSkipped() {
    assertEquals(
        List.of("real"),
        names(
            "SELECT ':no', 'it''s :no', E'\\' :no', \"col:no\" -- :no\n /* :no /* :no */ */ , :real"));
  }

  @Test
  void dollarQuotes_areSkippedButPositionalParametersAreNot() {
    assertEquals(List.of("yes"), names("SELECT $$ :no $$, $tag$ :no $tag$, $1, :yes"));
  }

  @Test
  void arraySlices_areNotParameters() {
    assertEquals(List.of(), names("SELECT a[1:2], a[lo:hi], a[1:n] FROM t"));
    assertEquals(List.of("i"), names("SELECT a[:i] FROM t"));
  }

  @Test
  void assignmentAndBareColons_areNotParameters() {
    assertEquals(List.of(), names("SELECT f(a := 1), ':' , x : y"));
  }

  @Test
  void sameNameTwice_reportedTwiceInOrder() {
    assertEquals(List.of("x", "y", "x"), names("SELECT :x, :y, :x"));
  }

  @Test
  void unterminatedString_doesNotThrow() {
    assertEquals(List.of("a"), names("SELECT :a, 'oops :b"));
  }

  @Test
  void eStringOnlyAfterNonIdentifier() {
    // "the'..." is an identifier followed by a normal string, so the backslash does not escape.
    assertEquals(List.of("a"), names("SELECT e'\\'', :a"));
  }
}
