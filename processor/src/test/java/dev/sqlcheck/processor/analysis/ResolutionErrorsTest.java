package dev.sqlcheck.processor.analysis;

import static dev.sqlcheck.processor.analysis.Checks.analyze;
import static dev.sqlcheck.processor.analysis.Checks.noErrors;
import static dev.sqlcheck.processor.analysis.Checks.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import org.junit.jupiter.api.Test;

/** Every error the resolver reports, with its message, hint, note and exact caret. */
class ResolutionErrorsTest {

  @Test
  void qualifiedUnknownColumn_pointsAtColumnAndSuggests() {
    Problem p =
        single(
            "SELECT u.id, u.emial FROM users u WHERE u.id = :id",
            ProblemCode.UNKNOWN_COLUMN,
            "column \"emial\" does not exist in table \"users\"",
            "u.emial",
            "emial");
    assertEquals("did you mean \"email\"?", p.hint());
    assertEquals("table \"users\" is defined at schema.sql:3", p.note());
  }

  @Test
  void unqualifiedUnknownColumn_singleTable_namesTheTable() {
    single(
        "SELECT id, emial FROM users",
        ProblemCode.UNKNOWN_COLUMN,
        "column \"emial\" does not exist in table \"users\"",
        "emial",
        "emial");
  }

  @Test
  void unqualifiedUnknownColumn_severalTables_listsSearchedTables() {
    Problem p =
        single(
            "SELECT titel FROM books b JOIN authors a ON a.id = b.author_id",
            ProblemCode.UNKNOWN_COLUMN,
            "column \"titel\" does not exist",
            "titel",
            "titel");
    assertEquals("did you mean \"title\"?", p.hint());
    assertEquals("searched table \"books\", table \"authors\"", p.note());
  }

  @Test
  void unknownColumn_farFromEveryName_hasNoHint() {
    Problem p =
        single("SELECT zzzzzz FROM users", ProblemCode.UNKNOWN_COLUMN, null, "zzzzzz", "zzzzzz");
    assertNull(p.hint());
  }

  @Test
  void renamedColumn_noteSaysRenamedAndHintsNewName() {
    Problem p =
        single(
            "SELECT full_name FROM users",
            ProblemCode.UNKNOWN_COLUMN,
            null,
            "full_name",
            "full_name");
    assertEquals("column \"full_name\" was renamed to \"display_name\" at schema.sql:61", p.note());
    assertEquals("did you mean \"display_name\"?", p.hint());
  }

  @Test
  void droppedColumn_noteSaysDropped() {
    Problem p =
        single(
            "SELECT b.subtitle FROM books b",
            ProblemCode.UNKNOWN_COLUMN,
            null,
            "b.subtitle",
            "subtitle");
    assertEquals("column \"subtitle\" was dropped at schema.sql:70", p.note());
  }

  @Test
  void unknownTable_suggestsClosestTable() {
    Problem p =
        single(
            "SELECT * FROM bookz",
            ProblemCode.UNKNOWN_TABLE,
            "table \"bookz\" does not exist",
            "bookz",
            "bookz");
    assertEquals("did you mean \"books\"?", p.hint());
  }

  @Test
  void renamedTable_noteSaysRenamed() {
    Problem p =
        single("SELECT id FROM members", ProblemCode.UNKNOWN_TABLE, null, "members", "members");
    assertEquals("table \"members\" was renamed to \"users\" at schema.sql:80", p.note());
    assertEquals("did you mean \"users\"?", p.hint());
  }

  @Test
  void tableInOtherSchema_hintsQualifiedName() {
    Problem p = single("SELECT qty FROM items", ProblemCode.UNKNOWN_TABLE, null, "items", "items");
    assertEquals("did you mean \"inventory.items\"?", p.hint());
  }

  @Test
  void unknownSchema_pointsAtSchema() {
    single(
        "SELECT * FROM inventroy.items",
        ProblemCode.UNKNOWN_SCHEMA,
        "schema \"inventroy\" does not exist",
        "inventroy",
        "inventroy");
  }

  @Test
  void unknownTableInKnownSchema_pointsAtTable() {
    single(
        "SELECT * FROM inventory.itemz",
        ProblemCode.UNKNOWN_TABLE,
        "table \"inventory.itemz\" does not exist",
        "itemz",
        "itemz");
  }

  @Test
  void unknownQualifier_suggestsAlias() {
    Problem p =
        single(
            "SELECT bk.title FROM books bo",
            ProblemCode.UNKNOWN_QUALIFIER,
            "missing FROM-clause entry for table \"bk\"",
            "bk.title",
            "bk");
    assertNull(p.hint()); // "bk" vs "bo": two letters, too short to guess
  }

  @Test
  void tableNameUsedInsteadOfAlias_saysSo() {
    Problem p =
        single(
            "SELECT 1 FROM users u WHERE users.id = 1",
            ProblemCode.UNKNOWN_QUALIFIER,
            "invalid reference to FROM-clause entry for table \"users\"",
            "users.id",
            "users");
    assertEquals("perhaps you meant to reference the table alias \"u\"", p.hint());
  }

  @Test
  void ambiguousColumn_namesCandidates() {
    Problem p =
        single(
            "SELECT id FROM users u JOIN loans l ON l.user_id = u.id",
            ProblemCode.AMBIGUOUS_COLUMN,
            "column reference \"id\" is ambiguous",
            "SELECT id",
            "id");
    assertEquals("it exists in table \"users\", table \"loans\"", p.note());
  }

  @Test
  void schemaQualifiedColumn_resolvesAndReports() {
    Checks.clean("SELECT public.users.email FROM public.users");
    single(
        "SELECT inventory.items.qtty FROM inventory.items",
        ProblemCode.UNKNOWN_COLUMN,
        "column \"qtty\" does not exist in table \"inventory.items\"",
        "items.qtty",
        "qtty");
  }

  @Test
  void badColumnInEveryClause_isReported() {
    String[] clauses = {
      "SELECT nope FROM users",
      "SELECT id FROM users WHERE nope = 1",
      "SELECT u.id FROM users u JOIN loans l ON l.nope = u.id",
      "SELECT count(*) FROM users GROUP BY nope",
      "SELECT count(*) FROM users GROUP BY email HAVING max(nope) > 1",
      "SELECT id FROM users ORDER BY nope",
      "SELECT DISTINCT ON (nope) id FROM users",
      "SELECT row_number() OVER (PARTITION BY nope) FROM users",
      "SELECT row_number() OVER (ORDER BY nope) FROM users",
      "SELECT sum(id) OVER w FROM users WINDOW w AS (PARTITION BY nope)",
      "SELECT count(*) FILTER (WHERE nope) FROM users",
      "SELECT CASE WHEN nope THEN 1 END FROM users",
      "SELECT nope::text FROM users",
      "SELECT CAST(nope AS text) FROM users",
      "SELECT id FROM users WHERE nope IS NULL",
      "SELECT id FROM users WHERE id BETWEEN nope AND 3",
      "SELECT id FROM users WHERE email LIKE nope",
      "SELECT id FROM users WHERE email ILIKE nope",
      "SELECT id FROM users WHERE id IN (1, nope)",
      "SELECT id FROM users WHERE (id, nope) = (1, 2)",
      "SELECT settings -> nope FROM users",
      "SELECT coalesce(nope, 1) FROM users",
      "SELECT id FROM users LIMIT nope",
      "SELECT id FROM users WHERE EXISTS (SELECT 1 FROM loans WHERE nope = 1)",
      "SELECT (SELECT max(nope) FROM loans) FROM users",
      "SELECT id FROM users WHERE id = ANY(SELECT nope FROM loans)",
      "SELECT x.a FROM (SELECT nope AS a FROM users) x",
      "WITH c AS (SELECT nope FROM users) SELECT * FROM c",
      "SELECT id FROM users UNION SELECT nope FROM books",
      "UPDATE users SET email = 'x' WHERE nope = 1",
      "UPDATE users SET email = nope",
      "DELETE FROM users WHERE nope = 1",
      "DELETE FROM users RETURNING nope",
      "INSERT INTO users (email) VALUES ('x') RETURNING nope",
      "INSERT INTO users (email) SELECT nope FROM books",
    };
    for (String sql : clauses) {
      QueryAnalysis a = analyze(sql);
      assertEquals(1, a.problems().size(), () -> sql + " -> " + a.problems());
      Problem p = a.problems().get(0);
      assertEquals(ProblemCode.UNKNOWN_COLUMN, p.code(), () -> sql + " -> " + p);
      assertEquals("nope", sql.substring(p.start(), p.end()), sql);
    }
  }

  @Test
  void unknownTableInEveryStatement_isReported() {
    String[] statements = {
      "SELECT 1 FROM nope",
      "SELECT 1 FROM users JOIN nope ON true",
      "SELECT 1 FROM users WHERE EXISTS (SELECT 1 FROM nope)",
      "INSERT INTO nope (a) VALUES (1)",
      "UPDATE nope SET a = 1",
      "UPDATE users SET email = 'x' FROM nope",
      "DELETE FROM nope",
      "DELETE FROM users USING nope",
      "WITH c AS (SELECT 1 FROM nope) SELECT * FROM c",
    };
    for (String sql : statements) {
      QueryAnalysis a = analyze(sql);
      assertEquals(1, a.problems().size(), () -> sql + " -> " + a.problems());
      Problem p = a.problems().get(0);
      assertEquals(ProblemCode.UNKNOWN_TABLE, p.code(), sql);
      assertEquals("nope", sql.substring(p.start(), p.end()), sql);
    }
  }

  @Test
  void sameMistakeTwice_reportedOnceAtFirstOccurrence() {
    String sql = "SELECT emial FROM users WHERE emial = 'x'";
    QueryAnalysis a = analyze(sql);
    assertEquals(1, a.problems().size(), a.problems().toString());
    assertEquals(7, a.problems().get(0).start());
  }

  @Test
  void differentMistakes_eachReported() {
    QueryAnalysis a = analyze("SELECT emial, nmae FROM users");
    assertEquals(2, a.problems().size());
  }

  @Test
  void insertColumnList_unknownColumn() {
    single(
        "INSERT INTO books (title, isbnn) VALUES ('a', 'b')",
        ProblemCode.UNKNOWN_COLUMN,
        "column \"isbnn\" does not exist in table \"books\"",
        "isbnn",
        "isbnn");
  }

  @Test
  void updateSetTarget_unknownColumn() {
    Problem p =
        single(
            "UPDATE books SET titel = :t WHERE id = :id",
            ProblemCode.UNKNOWN_COLUMN,
            null,
            "titel",
            "titel");
    assertEquals("did you mean \"title\"?", p.hint());
  }

  @Test
  void updateSetRow_unknownColumn() {
    single(
        "UPDATE books SET (title, isbnn) = (:t, :i)",
        ProblemCode.UNKNOWN_COLUMN,
        null,
        "isbnn",
        "isbnn");
  }

  @Test
  void onConflictTarget_unknownColumn() {
    single(
        "INSERT INTO books (title, author_id) VALUES ('t', 1) ON CONFLICT (isbnn) DO NOTHING",
        ProblemCode.UNKNOWN_COLUMN,
        null,
        "isbnn",
        "isbnn");
  }

  @Test
  void onConflictExcluded_unknownColumn() {
    single(
        "INSERT INTO books (id, title, author_id) VALUES (1, 't', 1) ON CONFLICT (id)"
            + " DO UPDATE SET title = EXCLUDED.titl",
        ProblemCode.UNKNOWN_COLUMN,
        "column \"titl\" does not exist in table \"books\"",
        "EXCLUDED.titl",
        "titl");
  }

  @Test
  void usingColumnMissingOnOneSide_reported() {
    single(
        "SELECT * FROM users JOIN books USING (email)",
        ProblemCode.UNKNOWN_COLUMN,
        "column \"email\" specified in USING clause does not exist in right table",
        "(email)",
        "email");
  }

  @Test
  void derivedTableColumnAliases_hideOriginalNames() {
    single(
        "SELECT s.id FROM (SELECT id FROM users) AS s(user_id)",
        ProblemCode.UNKNOWN_COLUMN,
        "column \"id\" does not exist in relation \"s\"",
        "s.id",
        "id");
  }

  @Test
  void lateralSubquery_seesLeftAlias_butBadColumnStillReported() {
    single(
        "SELECT l.x FROM users u, LATERAL (SELECT b.title AS x FROM books b"
            + " WHERE b.author_id = u.idd) l",
        ProblemCode.UNKNOWN_COLUMN,
        null,
        "u.idd",
        "idd");
  }

  @Test
  void subqueryInFromWithoutLateral_cannotSeeItsSiblings_qualified() {
    Problem p =
        single(
            "SELECT s.title FROM users u, (SELECT b.title FROM books b"
                + " WHERE b.author_id = u.id) s",
            ProblemCode.UNKNOWN_QUALIFIER,
            "invalid reference to FROM-clause entry for table \"u\"",
            "u.id",
            "u");
    assertTrue(p.hint().contains("write LATERAL before the subquery to use \"u\""), p.hint());
  }

  @Test
  void subqueryInFromWithoutLateral_cannotSeeItsSiblings_inJoinToo() {
    single(
        "SELECT s.title FROM users u JOIN (SELECT b.title FROM books b"
            + " WHERE b.author_id = u.id) s ON true",
        ProblemCode.UNKNOWN_QUALIFIER,
        "invalid reference to FROM-clause entry for table \"u\"",
        "u.id",
        "u");
  }

  @Test
  void subqueryInFromWithoutLateral_unqualifiedSiblingColumn_isMissing() {
    Problem p =
        single(
            "SELECT s.e FROM users u, (SELECT email AS e FROM books) s",
            ProblemCode.UNKNOWN_COLUMN,
            "column \"email\" does not exist in table \"books\"",
            "email AS",
            "email");
    assertTrue(
        p.hint().startsWith("there is a column \"email\" in table \"users\", but"), p.hint());
  }

  @Test
  void subqueryInFromWithoutLateral_stillSeesOuterQueryLevelsAndCtes() {
    noErrors("SELECT u.id FROM users u WHERE EXISTS (SELECT 1 FROM (SELECT u.email) s)");
    noErrors("SELECT (SELECT s.v FROM (SELECT u.email AS v) s) FROM users u");
    noErrors("WITH c AS (SELECT 1 AS k) SELECT u.id, s.k FROM users u, (SELECT k FROM c) s");
    noErrors(
        "SELECT u.id, s.t FROM users u, LATERAL (SELECT b.title AS t FROM books b"
            + " WHERE b.author_id = u.id) s");
    noErrors("SELECT u.id, s.t FROM users u CROSS JOIN LATERAL (SELECT u.email AS t) s");
  }

  @Test
  void updateFromSubquery_cannotSeeTheTargetTable() {
    single(
        "UPDATE books SET title = s.email FROM (SELECT email FROM users"
            + " WHERE users.id = books.author_id) s",
        ProblemCode.UNKNOWN_QUALIFIER,
        "invalid reference to FROM-clause entry for table \"books\"",
        "books.author_id",
        "books");
  }

  @Test
  void correlatedSubquery_badOuterColumn_reported() {
    single(
        "SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM loans l WHERE l.user_id = u.ids)",
        ProblemCode.UNKNOWN_COLUMN,
        null,
        "u.ids",
        "ids");
  }

  @Test
  void errorsAreErrors_andMayExistIsWarning() {
    QueryAnalysis a = analyze("SELECT anything FROM legacy_stats");
    assertEquals(1, a.problems().size(), a.problems().toString());
    assertEquals(ProblemCode.UNKNOWN_RELATION_USED, a.problems().get(0).code());
    assertEquals(Severity.WARNING, a.problems().get(0).severity());
    assertTrue(!a.hasErrors());
  }
}
