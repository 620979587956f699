package dev.sqlcheck.processor.analysis;

import static dev.sqlcheck.processor.analysis.Checks.analyze;
import static dev.sqlcheck.processor.analysis.Checks.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid SQL must never produce a problem: one case per construct the resolver understands. */
class ValidQueriesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT id, email FROM users WHERE id = :id",
        "SELECT u.id, u.email FROM users AS u",
        "SELECT * FROM users",
        "SELECT u.*, b.title FROM users u CROSS JOIN books b",
        "SELECT b.title, a.name FROM books b INNER JOIN authors a ON a.id = b.author_id",
        "SELECT b.title, a.name FROM books b LEFT OUTER JOIN authors a ON a.id = b.author_id",
        "SELECT b.title, a.name FROM books b RIGHT JOIN authors a ON a.id = b.author_id",
        "SELECT b.title, a.name FROM books b FULL JOIN authors a ON a.id = b.author_id",
        "SELECT id, email, book_id FROM users JOIN loans USING (id)",
        "SELECT * FROM users NATURAL JOIN loans",
        "SELECT l.id FROM loans l JOIN (books b JOIN authors a ON a.id = b.author_id)"
            + " ON b.id = l.book_id",
        "SELECT email FROM users WHERE id IN (SELECT user_id FROM loans)",
        "SELECT email FROM users u WHERE EXISTS (SELECT 1 FROM loans l WHERE l.user_id = u.id)",
        "SELECT email FROM users u WHERE NOT EXISTS (SELECT 1 FROM loans WHERE user_id = u.id)",
        "SELECT email, (SELECT count(*) FROM loans l WHERE l.user_id = u.id) AS n FROM users u",
        "SELECT id FROM users WHERE id = ANY (SELECT user_id FROM loans)",
        "SELECT x.a, x.b FROM (SELECT id AS a, email AS b FROM users) x",
        "SELECT x.a FROM (SELECT id FROM users) AS x(a)",
        "SELECT t.n FROM (VALUES (1), (2)) AS t(n)",
        "SELECT column1 FROM (VALUES (1, 'a')) v",
        "WITH active AS (SELECT user_id FROM loans WHERE returned_at IS NULL)"
            + " SELECT u.email FROM users u JOIN active a ON a.user_id = u.id",
        "WITH a AS (SELECT id FROM users), b AS (SELECT id FROM a) SELECT id FROM b",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5)"
            + " SELECT n FROM r",
        "WITH RECURSIVE r AS (SELECT id FROM users UNION SELECT r.id FROM r) SELECT id FROM r",
        "WITH moved AS (DELETE FROM loans WHERE returned_at IS NOT NULL RETURNING book_id)"
            + " SELECT count(*) FROM moved",
        "WITH ins AS (INSERT INTO users (email) VALUES (:e) RETURNING id) SELECT id FROM ins",
        "SELECT id FROM book_titles WHERE title = :t",
        "SELECT qty FROM inventory.items WHERE book_id = :b",
        "SELECT i.qty FROM inventory.items i JOIN books b ON b.id = i.book_id",
        "SELECT id FROM users UNION SELECT id FROM books",
        "SELECT id FROM users UNION ALL SELECT id FROM books ORDER BY id",
        "SELECT email FROM users INTERSECT SELECT title FROM books",
        "SELECT email FROM users EXCEPT ALL SELECT title FROM books",
        "SELECT display_name AS n, count(*) AS c FROM users GROUP BY n HAVING count(*) > 1"
            + " ORDER BY c DESC",
        "SELECT display_name, count(*) FROM users GROUP BY 1 ORDER BY 2",
        "SELECT DISTINCT ON (email) email, id FROM users ORDER BY email, id DESC",
        "SELECT DISTINCT email FROM users",
        "SELECT id, row_number() OVER (PARTITION BY email ORDER BY id) FROM users",
        "SELECT id, sum(id) OVER w FROM users WINDOW w AS (PARTITION BY email ORDER BY id)",
        "SELECT count(*) FILTER (WHERE returned_at IS NULL) FROM loans",
        "SELECT string_agg(title, ', ' ORDER BY title) FROM books",
        "SELECT CASE WHEN year > 2000 THEN 'new' WHEN year IS NULL THEN '?' ELSE 'old' END"
            + " FROM users",
        "SELECT CASE status WHEN 'lost' THEN 0 ELSE 1 END FROM books",
        "SELECT id::text, CAST(id AS bigint), email || '!' FROM users",
        "SELECT settings -> 'theme', settings ->> 'lang', settings @> '{}'::jsonb FROM users",
        "SELECT tags[1], tags[1:2] FROM books WHERE 'x' = ANY(tags)",
        "SELECT id FROM users WHERE email LIKE '%@x' OR email ILIKE :p OR email SIMILAR TO 'a'",
        "SELECT id FROM users WHERE id BETWEEN :lo AND :hi AND year IS NOT NULL",
        "SELECT id FROM users WHERE (id, email) IN (SELECT id, email FROM users)",
        "SELECT id FROM users WHERE id IN (1, 2, 3)",
        "SELECT l.title FROM users u, LATERAL (SELECT b.title FROM books b"
            + " WHERE b.author_id = u.id LIMIT 1) l",
        "SELECT l.title FROM users u LEFT JOIN LATERAL (SELECT title FROM books"
            + " WHERE author_id = u.id) l ON true",
        "SELECT n FROM generate_series(1, 10) AS n",
        "SELECT g.n FROM generate_series(1, 10) AS g(n)",
        "SELECT u FROM users u",
        "SELECT current_user, current_date, now(), current_timestamp",
        "SELECT year FROM users WHERE year > 2000",
        "SELECT settings FROM users",
        "SELECT u.settings FROM users u",
        "SELECT id FROM users ORDER BY email NULLS LAST LIMIT :n OFFSET :o",
        "SELECT id FROM users FETCH FIRST 5 ROWS ONLY",
        "SELECT 1",
        "SELECT id FROM users WHERE id = :id::bigint",
        "SELECT EXTRACT(year FROM loaned_at) FROM loans",
        "SELECT loaned_at + interval '1 day' FROM loans",
        "SELECT coalesce(returned_at, now()) FROM loans",
        "SELECT id FROM users u WHERE u.id = (SELECT max(l.user_id) FROM loans l"
            + " WHERE l.user_id = u.id)",
        "SELECT email FROM users ORDER BY lower(email)",
        "SELECT count(DISTINCT user_id) FROM loans",
        "SELECT array_agg(id ORDER BY id) FROM users",
        "SELECT id FROM users WHERE email IS DISTINCT FROM :e",
        "SELECT id FROM users WHERE id = :a OR id = :a",
        "SELECT \"email\" FROM \"users\"",
        "SELECT Email FROM USERS",
        "SELECT x.id FROM users x WHERE x.id IN (SELECT y.user_id FROM loans y"
            + " WHERE y.book_id IN (SELECT z.id FROM books z WHERE z.author_id = x.id))",
        "INSERT INTO users (email, display_name) VALUES (:email, :name)",
        "INSERT INTO users (email) VALUES ('a'), ('b')",
        "INSERT INTO users VALUES (1, 'a', 'b', '{}', 2000)",
        "INSERT INTO users VALUES (1, 'a')",
        "INSERT INTO users (id, email) VALUES (DEFAULT, :e)",
        "INSERT INTO users DEFAULT VALUES",
        "INSERT INTO users (email) SELECT title FROM books",
        "INSERT INTO users (id, email) VALUES (:id, :e) ON CONFLICT (id) DO UPDATE"
            + " SET email = EXCLUDED.email WHERE users.email <> EXCLUDED.email",
        "INSERT INTO users (id, email) VALUES (:id, :e) ON CONFLICT ON CONSTRAINT users_pkey"
            + " DO NOTHING",
        "INSERT INTO users (id, email) VALUES (:id, :e) ON CONFLICT DO NOTHING RETURNING *",
        "INSERT INTO users AS u (email) VALUES (:e) RETURNING u.id",
        "UPDATE users SET email = :e WHERE id = :id",
        "UPDATE users u SET email = :e, display_name = u.email WHERE u.id = :id RETURNING u.*",
        "UPDATE users SET (email, display_name) = (:e, :n) WHERE id = :id",
        "UPDATE books b SET title = a.name FROM authors a WHERE a.id = b.author_id",
        "UPDATE loans SET returned_at = now() WHERE id = :id RETURNING returned_at",
        "DELETE FROM loans WHERE id = :id",
        "DELETE FROM loans l USING books b WHERE b.id = l.book_id AND b.title = :t",
        "DELETE FROM loans WHERE book_id IN (SELECT id FROM books WHERE status = 'lost')"
            + " RETURNING id",
        "SELECT uid, u.mail FROM users AS u(uid, mail)",
        "SELECT ARRAY(SELECT id FROM books)",
        "SELECT t.tag FROM books b, unnest(b.tags) AS t(tag)",
        "SELECT b.id FROM books b JOIN LATERAL unnest(b.tags) AS t(tag) ON true WHERE t.tag = :t",
        "SELECT count(u.*) FROM users u",
        "SELECT * FROM generate_series(1, 3)",
        "SELECT id FROM users u FOR UPDATE OF u",
        "SELECT x FROM (SELECT 1 AS x UNION SELECT 2) s ORDER BY x",
        "SELECT id FROM users GROUP BY GROUPING SETS ((id), ())",
        "SELECT id FROM users WHERE id > ALL (SELECT author_id FROM books)",
        "SELECT s.id, b.title FROM (SELECT * FROM users) s JOIN books b ON b.author_id = s.id",
        "VALUES (1, 'a'), (2, 'b')",
        "SELECT id FROM ONLY users",
        "SELECT\tid,\temail\nFROM\tusers",
        "SELECT id FROM users u1 JOIN users u2 USING (id) JOIN loans USING (id)",
        "SELECT ctid, xmin, tableoid::regclass, u.xmax FROM users u WHERE u.id = :id",
        "WITH RECURSIVE a AS (SELECT x FROM b), b AS (SELECT 1 AS x) SELECT x FROM a",
        "SELECT u.id, v.x FROM users u, (VALUES (1), (2)) AS v(x) WHERE u.year = v.x",
        "SELECT u.id, v.label FROM users u JOIN (VALUES (1, 'a')) AS v(code, label)"
            + " ON v.code = u.year",
        "UPDATE users SET (year, display_name) = (:y, :n) WHERE id = :id",
        "INSERT INTO users (year, email) VALUES (:y, :e)",
        "SELECT * FROM ROWS FROM (generate_series(1, 3), generate_series(1, 4)) AS t(a, b)",
        "SELECT make_interval(days => year) FROM users",
      })
  void validQuery_hasNoProblems(String sql) {
    clean(sql);
  }

  /**
   * A relation whose columns the schema could not fully model: a name that may be one of its
   * columns is a warning naming the relation, never an error and never a silent pass.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT id FROM opaque WHERE whatever = 1",
        "SELECT o.whatever FROM opaque o",
        "SELECT whatever FROM opaque JOIN users ON true",
        "SELECT nothing_known FROM users, opaque",
      })
  void unknownColumnsRelation_namesAreWarnings(String sql) {
    QueryAnalysis a = analyze(sql);
    assertFalse(a.hasErrors(), a.problems().toString());
    assertEquals(1, a.problems().size(), a.problems().toString());
    assertEquals(ProblemCode.NOT_FULLY_CHECKED, a.problems().get(0).code());
    assertTrue(a.problems().get(0).message().contains("opaque"), a.problems().toString());
  }

  /** pgJDBC binds {@code ?} placeholders only, so a {@code $1} could never receive a value. */
  @Test
  void positionalParameter_isAnError() {
    QueryAnalysis a = analyze("SELECT id FROM users WHERE id = $1");
    assertEquals(ProblemCode.UNBOUND_PARAMETER, a.problems().get(0).code());
    assertTrue(a.hasErrors());
  }

  @Test
  void relationThatMayExist_isWarningNotError() {
    QueryAnalysis a = analyze("SELECT x FROM legacy_stats l JOIN users u ON u.id = l.user_id");
    assertFalse(a.hasErrors(), a.problems().toString());
    assertEquals(ProblemCode.UNKNOWN_RELATION_USED, a.problems().get(0).code());
  }

  @Test
  void compositeFunctionWithAliasList_provesNothing() {
    QueryAnalysis a = analyze("SELECT whatever FROM users, some_function(:j) AS x(a)");
    assertFalse(a.hasErrors(), a.problems().toString());
  }

  @Test
  void systemCatalog_isCheckedAndItsVersionDependentColumnsAreWarnings() {
    QueryAnalysis a =
        analyze(
            "SELECT relname FROM pg_class JOIN information_schema.tables t"
                + " ON t.table_name = relname");
    assertEquals(List.of(), a.problems());
    QueryAnalysis newer = analyze("SELECT relallfrozen FROM pg_class");
    assertFalse(newer.hasErrors(), newer.problems().toString());
    assertEquals(ProblemCode.NOT_FULLY_CHECKED, newer.problems().get(0).code());
  }

  @Test
  void otherStatement_isWarning() {
    QueryAnalysis a = analyze("CALL do_something(1)");
    assertEquals(StatementKind.OTHER, a.kind());
    assertFalse(a.hasErrors());
    assertTrue(a.problems().stream().allMatch(p -> p.code() == ProblemCode.NOT_FULLY_CHECKED));
  }
}
