package dev.sqlcheck.processor.analysis;

import static dev.sqlcheck.processor.analysis.Checks.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels, types and nullability of result columns, following PostgreSQL's rules. */
class ResultColumnsTest {

  private static ResultColumn rc(String label, String type, boolean nullable) {
    return new ResultColumn(label, SqlType.of(type), nullable);
  }

  private static List<ResultColumn> columns(String sql) {
    QueryAnalysis a = clean(sql);
    assertTrue(a.resultColumnsKnown(), sql);
    assertTrue(a.returnsRows(), sql);
    return a.resultColumns();
  }

  @Test
  void columnRefs_keepDeclaredTypeAndNotNull() {
    assertEquals(
        List.of(rc("id", "bigint", false), rc("display_name", "text", true)),
        columns("SELECT id, display_name FROM users"));
  }

  @Test
  void alias_becomesLabel() {
    assertEquals(
        List.of(rc("user_id", "bigint", false)), columns("SELECT id AS user_id FROM users"));
  }

  @Test
  void star_expandsInTableOrder_andTableStarToo() {
    assertEquals(
        List.of("id", "name", "user_id", "title"),
        columns("SELECT a.*, b.title FROM authors a JOIN books b ON b.author_id = a.id").stream()
            .map(ResultColumn::label)
            .toList());
    assertEquals(5, columns("SELECT * FROM users").size());
  }

  @Test
  void leftJoin_makesRightSideNullable() {
    assertEquals(
        List.of(rc("name", "text", false), rc("title", "text", true)),
        columns("SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id"));
  }

  @Test
  void rightJoin_makesLeftSideNullable() {
    assertEquals(
        List.of(rc("name", "text", true), rc("title", "text", false)),
        columns("SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id"));
  }

  @Test
  void fullJoin_makesBothNullable() {
    assertEquals(
        List.of(rc("name", "text", true), rc("title", "text", true)),
        columns("SELECT a.name, b.title FROM authors a FULL JOIN books b ON b.author_id = a.id"));
  }

  @Test
  void whereIsNotNull_provesTheColumnNonNull() {
    assertEquals(
        List.of(rc("display_name", "text", false)),
        columns("SELECT display_name FROM users WHERE display_name IS NOT NULL"));
    assertEquals(
        List.of(rc("display_name", "text", false)),
        columns("SELECT u.display_name FROM users u WHERE u.display_name NOTNULL AND u.id > 0"));
  }

  @Test
  void whereComparisonLikeInBetween_proveTheirColumnsNonNull() {
    assertEquals(
        List.of(rc("display_name", "text", false), rc("settings", "jsonb", true)),
        columns("SELECT display_name, settings FROM users WHERE (display_name LIKE :p)"));
    assertEquals(
        List.of(rc("published_year", "integer", false), rc("isbn", "character varying", true)),
        columns(
            "SELECT published_year, isbn FROM books"
                + " WHERE (id > 0 AND published_year BETWEEN 1 AND 9)"));
    assertEquals(
        List.of(rc("isbn", "character varying", false)),
        columns("SELECT isbn FROM books WHERE isbn IN ('a', 'b')"));
    assertEquals(
        List.of(rc("published_year", "integer", false)),
        columns("SELECT published_year FROM books WHERE :y < published_year"));
  }

  @Test
  void whereOnTheOuterSideOfALeftJoin_provesItNonNull() {
    assertEquals(
        List.of(rc("name", "text", false), rc("title", "text", false)),
        columns(
            "SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id"
                + " WHERE b.title = :t"));
  }

  @Test
  void whereProof_narrowsStarToo() {
    assertFalse(
        columns("SELECT * FROM users WHERE display_name <> ''").stream()
            .filter(c -> c.label().equals("display_name"))
            .findFirst()
            .orElseThrow()
            .nullable());
  }

  @Test
  void whereNotOfANullTest_provesAsIsNotNullDoes() {
    assertEquals(
        List.of(rc("display_name", "text", false)),
        columns("SELECT display_name FROM users WHERE NOT (display_name IS NULL)"));
  }

  @Test
  void whereOrNotAndDistinct_proveNothing() {
    for (String where :
        List.of(
            "display_name IS NOT NULL OR id = 1",
            "NOT (display_name IS NOT NULL)",
            "display_name IS DISTINCT FROM 'x'",
            "coalesce(display_name, '') <> ''",
            "display_name IS NULL")) {
      assertEquals(
          List.of(rc("display_name", "text", true)),
          columns("SELECT display_name FROM users WHERE " + where),
          where);
    }
  }

  @Test
  void whereInASubquery_doesNotNarrowTheOuterQuery() {
    assertTrue(
        columns(
                "SELECT u.display_name FROM users u WHERE EXISTS"
                    + " (SELECT 1 FROM loans l WHERE l.user_id = u.id AND u.display_name IS NOT NULL)")
            .get(0)
            .nullable());
  }

  @Test
  void groupingSets_makeGroupedColumnsNullable_butNotCount() {
    for (String group : List.of("ROLLUP (email)", "CUBE (email)", "GROUPING SETS ((email), ())")) {
      assertEquals(
          List.of(rc("email", "text", true), rc("n", "bigint", false)),
          columns("SELECT email, count(*) AS n FROM users GROUP BY " + group),
          group);
    }
    assertEquals(
        List.of(rc("email", "text", false), rc("n", "bigint", false)),
        columns("SELECT email, count(*) AS n FROM users GROUP BY email"));
  }

  @Test
  void usingJoinStar_putsMergedColumnFirstOnce() {
    assertEquals(
        List.of(
            "id",
            "email",
            "display_name",
            "settings",
            "year",
            "book_id",
            "user_id",
            "loaned_at",
            "returned_at"),
        columns("SELECT * FROM users JOIN loans USING (id)").stream()
            .map(ResultColumn::label)
            .toList());
  }

  @Test
  void aggregates_typedAsPostgresDoes() {
    assertEquals(
        List.of(
            rc("count", "bigint", false),
            rc("sum", "numeric", true),
            rc("sum", "bigint", true),
            rc("avg", "numeric", true),
            rc("max", "text", true),
            rc("min", "timestamp with time zone", true)),
        columns(
            "SELECT count(*), sum(b.id), sum(b.published_year), avg(b.published_year),"
                + " max(b.title), min(l.loaned_at) FROM books b JOIN loans l ON l.book_id = b.id"));
  }

  @Test
  void coalesce_nonNullWhenAnyArgumentIsNonNull() {
    assertEquals(
        List.of(rc("coalesce", "text", false), rc("coalesce", "text", true)),
        columns(
            "SELECT coalesce(display_name, 'anon'), coalesce(display_name, display_name)"
                + " FROM users"));
  }

  @Test
  void casts_typedByTargetAndLabelledByInnerName() {
    assertEquals(
        List.of(
            rc("id", "text", false),
            rc("id", "integer", false),
            rc("int8", "bigint", false),
            rc("title", "character varying", false)),
        columns("SELECT id::text, CAST(id AS int4), 1::int8, title::varchar(20) FROM books"));
  }

  @Test
  void literals_typedAndNotNull() {
    assertEquals(
        List.of(
            rc("?column?", "integer", false),
            rc("?column?", "numeric", false),
            rc("?column?", "text", false),
            rc("?column?", "boolean", false)),
        columns("SELECT 1, 1.5, 'x', true"));
  }

  @Test
  void existsAndComparisons_areBoolean() {
    assertEquals(
        List.of(
            rc("exists", "boolean", false),
            rc("?column?", "boolean", false),
            rc("?column?", "boolean", true)),
        columns("SELECT EXISTS (SELECT 1 FROM loans), id > 1, display_name = 'x' FROM users"));
  }

  @Test
  void arithmeticAndConcat_typedByOperands() {
    assertEquals(
        List.of(
            rc("?column?", "bigint", false),
            rc("?column?", "text", false),
            rc("?column?", "numeric", true)),
        columns(
            "SELECT id + 1, email || '!', published_year * 1.5 FROM users, books"
                .replace("id + 1", "users.id + 1")));
  }

  @Test
  void caseExpression_nullableUnlessAllBranchesAndElseAreNonNull() {
    assertEquals(
        List.of(rc("case", "text", false), rc("case", "text", true), rc("case", "text", true)),
        columns(
            "SELECT CASE WHEN id > 1 THEN 'a' ELSE 'b' END,"
                + " CASE WHEN id > 1 THEN 'a' END,"
                + " CASE WHEN id > 1 THEN display_name ELSE 'b' END FROM users"));
  }

  @Test
  void scalarSubquery_isNullableColumnOfItsSelect() {
    assertEquals(
        List.of(rc("email", "text", true)), columns("SELECT (SELECT email FROM users LIMIT 1)"));
  }

  @Test
  void setOperation_takesFirstBranchLabels_andOrsNullability() {
    assertEquals(
        List.of(rc("id", "bigint", false), rc("name", "text", true)),
        columns("SELECT id, name FROM authors UNION SELECT id, display_name FROM users"));
  }

  @Test
  void cteAndDerivedTable_passColumnsThrough() {
    assertEquals(
        List.of(rc("n", "bigint", false)),
        columns("WITH c AS (SELECT id FROM users) SELECT x.n FROM (SELECT id FROM c) x(n)"));
  }

  @Test
  void enumAndArrayColumns_keepTheirTypes() {
    List<ResultColumn> cols = columns("SELECT status, tags, tags[1] FROM books");
    assertEquals(SqlType.enumOf("book_status"), cols.get(0).type());
    assertEquals(SqlType.arrayOf("text"), cols.get(1).type());
    assertEquals(SqlType.of("text"), cols.get(2).type());
  }

  @Test
  void windowFunctions_typed() {
    assertEquals(
        List.of(rc("row_number", "bigint", false)),
        columns("SELECT row_number() OVER (ORDER BY id) FROM users"));
  }

  @Test
  void returning_givesResultColumns() {
    QueryAnalysis a = clean("INSERT INTO users (email) VALUES (:e) RETURNING id, email AS mail");
    assertTrue(a.returnsRows());
    assertEquals(List.of(rc("id", "bigint", false), rc("mail", "text", false)), a.resultColumns());
  }

  @Test
  void dmlWithoutReturning_returnsNoRows() {
    QueryAnalysis a = clean("UPDATE users SET email = :e WHERE id = :id");
    assertFalse(a.returnsRows());
    assertEquals(StatementKind.UPDATE, a.kind());
  }

  @Test
  void starOverUnknownColumns_isUnknownAndWarned() {
    QueryAnalysis a = Checks.noErrors("SELECT * FROM opaque");
    assertFalse(a.resultColumnsKnown());
    assertEquals(ProblemCode.NOT_FULLY_CHECKED, a.problems().get(0).code());
  }

  @Test
  void schemaFunction_hasUnknownTypeAndItsNameAsLabel() {
    assertEquals(
        List.of(new ResultColumn("my_func", SqlType.UNKNOWN, true)),
        columns("SELECT my_func(id) FROM users"));
  }

  @Test
  void functionNeitherBuiltInNorInTheSchema_isWarned() {
    QueryAnalysis a = Checks.noErrors("SELECT no_such_func(id) FROM users");
    assertEquals(ProblemCode.NOT_FULLY_CHECKED, a.problems().get(0).code());
    assertTrue(a.problems().get(0).message().contains("no_such_func"));
  }
}
