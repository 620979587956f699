package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The analyser against the real PostgreSQL: every valid query must be accepted by both (no ERROR
 * here, {@code PREPARE} succeeds there), and every invalid query must be rejected by both, with the
 * expected problem code here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzerAgreesWithPostgresTest {
  static final String DDL =
      """
      CREATE TYPE book_status AS ENUM ('available', 'loaned', 'lost');
      CREATE SCHEMA inventory;
      CREATE TABLE users (
        id bigserial PRIMARY KEY,
        email text NOT NULL UNIQUE,
        display_name text,
        settings jsonb,
        year integer,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE authors (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        user_id bigint REFERENCES users (id)
      );
      CREATE TABLE books (
        id bigserial PRIMARY KEY,
        title text NOT NULL,
        isbn varchar(20) UNIQUE,
        author_id bigint NOT NULL REFERENCES authors (id),
        published_year integer,
        status book_status NOT NULL DEFAULT 'available',
        tags text[]
      );
      CREATE TABLE loans (
        id bigserial PRIMARY KEY,
        book_id bigint NOT NULL REFERENCES books (id),
        user_id bigint NOT NULL REFERENCES users (id),
        loaned_at timestamptz NOT NULL DEFAULT now(),
        returned_at timestamptz
      );
      CREATE VIEW active_loans AS
        SELECT l.id, l.book_id, l.user_id, l.loaned_at FROM loans l WHERE l.returned_at IS NULL;
      CREATE TABLE inventory.items (
        id serial PRIMARY KEY,
        book_id bigint NOT NULL REFERENCES books (id),
        qty integer NOT NULL DEFAULT 0
      );
      """;

  static final List<String> VALID =
      List.of(
          "SELECT id, email, display_name FROM users WHERE id = :id",
          "SELECT * FROM users WHERE email = :email",
          "SELECT b.id, b.title, b.isbn, b.published_year FROM books b JOIN authors a"
              + " ON a.id = b.author_id WHERE a.name = :author ORDER BY b.title",
          "SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id",
          "SELECT a.name, b.title FROM authors a FULL JOIN books b ON b.author_id = a.id",
          "SELECT id, email, book_id FROM users JOIN loans USING (id)",
          "SELECT * FROM books NATURAL JOIN authors",
          "SELECT email FROM users u WHERE EXISTS (SELECT 1 FROM loans l WHERE l.user_id = u.id)",
          "SELECT email FROM users WHERE id IN (SELECT user_id FROM loans WHERE book_id = :book)",
          "SELECT u.email, (SELECT count(*) FROM loans l WHERE l.user_id = u.id) AS n FROM users u",
          "SELECT x.a FROM (SELECT id AS a FROM users) AS x WHERE x.a > :min",
          "SELECT t.n, t.s FROM (VALUES (1, 'a'), (2, 'b')) AS t(n, s)",
          "WITH active AS (SELECT user_id FROM loans WHERE returned_at IS NULL)"
              + " SELECT u.email FROM users u JOIN active a ON a.user_id = u.id",
          "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < :max)"
              + " SELECT n FROM r",
          "WITH RECURSIVE r(d) AS (SELECT current_date UNION ALL SELECT d + 1 FROM r"
              + " WHERE d < current_date + 3) SELECT d FROM r",
          "WITH RECURSIVE r(y, s) AS (SELECT year, 'a' FROM users UNION ALL"
              + " SELECT y + 1, s || 'b' FROM r WHERE y < 2030) SELECT y, s FROM r",
          // under RECURSIVE, a UNION that does not refer to itself is an ordinary query
          "WITH RECURSIVE u(n) AS (SELECT 1 UNION SELECT 2.5) SELECT n FROM u",
          "MERGE INTO users u USING (SELECT 1 AS id) s ON u.id = s.id"
              + " WHEN MATCHED AND u.year > 1 THEN DELETE WHEN MATCHED THEN UPDATE SET year = 2"
              + " WHEN NOT MATCHED THEN DO NOTHING",
          "WITH gone AS (DELETE FROM loans WHERE returned_at < :cutoff RETURNING book_id)"
              + " SELECT count(*) FROM gone",
          "SELECT id, book_id FROM active_loans WHERE user_id = :user",
          "SELECT i.qty, b.title FROM inventory.items i JOIN books b ON b.id = i.book_id",
          "SELECT id FROM users UNION SELECT id FROM books ORDER BY id",
          "SELECT email FROM users EXCEPT SELECT title FROM books",
          "SELECT display_name AS n, count(*) AS c FROM users GROUP BY n HAVING count(*) > :k"
              + " ORDER BY c DESC",
          "SELECT display_name, count(*) FROM users GROUP BY 1 ORDER BY 2",
          "SELECT year AS y, count(*) FROM users GROUP BY y HAVING count(*) > 1 ORDER BY y",
          "SELECT DISTINCT ON (k) id AS k, email FROM users ORDER BY k, email",
          "SELECT DISTINCT ON (user_id) user_id, loaned_at FROM loans ORDER BY user_id, loaned_at"
              + " DESC",
          "SELECT id, row_number() OVER (PARTITION BY author_id ORDER BY title) FROM books",
          "SELECT id, sum(qty) OVER w FROM inventory.items WINDOW w AS (PARTITION BY book_id)",
          "SELECT count(*) FILTER (WHERE returned_at IS NULL) FROM loans",
          "SELECT string_agg(title, ', ' ORDER BY title) FROM books WHERE author_id = :a",
          "SELECT CASE WHEN year > :y THEN 'new' ELSE 'old' END FROM users",
          "SELECT id::text, CAST(id AS int), email || '!' FROM users",
          "SELECT settings -> 'theme', settings ->> 'lang' FROM users WHERE settings @> :s::jsonb",
          "SELECT tags[1] FROM books WHERE :tag = ANY(tags) AND status = :status::book_status",
          "SELECT id FROM users WHERE id = ANY(:ids) LIMIT :n OFFSET :o",
          "SELECT id FROM users WHERE email LIKE :p OR email ILIKE :p",
          "SELECT id FROM loans WHERE loaned_at BETWEEN :from AND :to",
          "SELECT l.title FROM users u, LATERAL (SELECT b.title FROM books b JOIN authors a"
              + " ON a.id = b.author_id WHERE a.user_id = u.id LIMIT 1) l",
          "SELECT year, settings FROM users WHERE year > 2000",
          "SELECT coalesce(display_name, email) FROM users",
          "SELECT uid, u.mail FROM users AS u(uid, mail)",
          "SELECT relname FROM pg_class WHERE relname = :name",
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
          "SELECT last_value FROM books_id_seq",
          "SELECT ARRAY(SELECT id FROM books WHERE author_id = :a)",
          "SELECT b.id FROM books b JOIN LATERAL unnest(b.tags) AS t(tag) ON true WHERE t.tag = :t",
          "SELECT x FROM (SELECT 1 AS x UNION SELECT 2) s ORDER BY x",
          "SELECT id FROM users u1 JOIN loans USING (id) JOIN books USING (id)",
          "SELECT id FROM users WHERE id = ANY(:ids::bigint[]) AND email = ANY(:emails)",
          "SELECT u.id FROM users u WHERE u.id IN (SELECT l.user_id FROM loans l"
              + " GROUP BY l.user_id HAVING count(*) > :n)",
          "INSERT INTO users (email, display_name) VALUES (:email, :name) RETURNING id",
          "INSERT INTO books (title, author_id, status) VALUES (:t, :a, 'lost'), (:t2, :a, DEFAULT)",
          "INSERT INTO authors (name) SELECT display_name FROM users WHERE display_name IS NOT NULL",
          "INSERT INTO users (id, email) VALUES (:id, :email) ON CONFLICT (id) DO UPDATE"
              + " SET email = EXCLUDED.email WHERE users.email <> EXCLUDED.email RETURNING *",
          "INSERT INTO users (email) VALUES (:e) ON CONFLICT DO NOTHING",
          "UPDATE users SET display_name = :name WHERE id = :id",
          "UPDATE users SET (email, display_name) = (:e, :n) WHERE id = :id RETURNING id, email",
          "UPDATE books b SET title = a.name FROM authors a WHERE a.id = b.author_id AND b.id = :id",
          "DELETE FROM loans WHERE id = :id",
          "DELETE FROM loans l USING books b WHERE b.id = l.book_id AND b.title = :t RETURNING l.id");

  /** Invalid queries and the code the analyser must report (PostgreSQL must reject them). */
  static final Map<String, ProblemCode> INVALID = new LinkedHashMap<>();

  static {
    INVALID.put("SELECT * FROM bookz", ProblemCode.UNKNOWN_TABLE);
    // a WHEN after one of its kind without AND is never reached
    INVALID.put(
        "MERGE INTO users u USING (SELECT 1 AS id) s ON u.id = s.id"
            + " WHEN MATCHED THEN UPDATE SET year = 2 WHEN MATCHED THEN DELETE",
        ProblemCode.INVALID_CONSTRUCT);
    // a recursive term may not change the type of the non-recursive term's columns
    INVALID.put(
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1.5 FROM r WHERE n < 3)"
            + " SELECT n FROM r",
        ProblemCode.TYPE_MISMATCH);
    INVALID.put(
        "WITH RECURSIVE r(d) AS (SELECT current_date UNION ALL SELECT d + interval '1 day'"
            + " FROM r WHERE d < current_date + 3) SELECT d FROM r",
        ProblemCode.TYPE_MISMATCH);
    INVALID.put(
        "WITH RECURSIVE r(y) AS (SELECT year FROM users UNION ALL SELECT (y + 1)::bigint"
            + " FROM r WHERE y < 2030) SELECT y FROM r",
        ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT 1 FROM users JOIN loanz ON true", ProblemCode.UNKNOWN_TABLE);
    INVALID.put("INSERT INTO authorz (name) VALUES (:n)", ProblemCode.UNKNOWN_TABLE);
    INVALID.put("DELETE FROM users USING bookz b WHERE b.id = users.id", ProblemCode.UNKNOWN_TABLE);
    INVALID.put("SELECT * FROM inventori.items", ProblemCode.UNKNOWN_SCHEMA);
    INVALID.put("SELECT emial FROM users", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT u.emial FROM users u", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT id FROM users WHERE emial = :e", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT a.name FROM authors a JOIN books b ON b.authorid = a.id",
        ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT count(*) FROM books GROUP BY autor_id", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT id FROM books ORDER BY titel", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM loans l" + " WHERE l.userid = u.id)",
        ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT x.b FROM (SELECT id AS a FROM users) x", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("WITH c AS (SELECT id FROM users) SELECT email FROM c", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT qtty FROM inventory.items", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT row_number() OVER (PARTITION BY autor_id) FROM books", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("INSERT INTO books (titel, author_id) VALUES (:t, :a)", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("UPDATE books SET titel = :t WHERE id = :id", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("UPDATE books SET title = :t WHERE isbnn = :i", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "DELETE FROM loans WHERE id = :id RETURNING returnd_at", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "INSERT INTO users (id, email) VALUES (:id, :e) ON CONFLICT (id)"
            + " DO UPDATE SET email = EXCLUDED.emal",
        ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT id FROM active_loans WHERE returned_at IS NULL", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT * FROM users JOIN books USING (email)", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT bk.title FROM books b", ProblemCode.UNKNOWN_QUALIFIER);
    INVALID.put("SELECT 1 FROM users u WHERE users.id = 1", ProblemCode.UNKNOWN_QUALIFIER);
    INVALID.put(
        "SELECT id FROM users u JOIN loans l ON l.user_id = u.id", ProblemCode.AMBIGUOUS_COLUMN);
    INVALID.put("INSERT INTO authors (name) VALUES (:n, :extra)", ProblemCode.INSERT_ARITY);
    INVALID.put("INSERT INTO authors (name, user_id) VALUES (:n)", ProblemCode.INSERT_ARITY);
    INVALID.put("INSERT INTO authors (name) SELECT email, id FROM users", ProblemCode.INSERT_ARITY);
    INVALID.put(
        "SELECT id FROM users UNION SELECT id, title FROM books", ProblemCode.SET_OPERATION_ARITY);
    INVALID.put("SELECT id FORM users", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELECT id, FROM users", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELECT id FROM users WHERE", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELECT uid FROM users AS u(uid, mail) WHERE u.id = 1", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT display_name AS n FROM users WHERE n = :n", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT year AS y, count(*) FROM users GROUP BY y HAVING y > 1",
        ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT id AS k, sum(id) OVER w FROM users WINDOW w AS (ORDER BY k)",
        ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "INSERT INTO users (email) VALUES (:e) RETURNING excluded.id",
        ProblemCode.UNKNOWN_QUALIFIER);
  }

  private Connection connection;
  private final AtomicInteger counter = new AtomicInteger();

  @BeforeAll
  void createDatabase() throws SQLException {
    connection = DriverManager.getConnection(TestDatabases.freshPostgresDatabase("analysis"));
    try (Statement s = connection.createStatement()) {
      s.execute(DDL);
    }
  }

  @AfterAll
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void validQueries_acceptedByAnalyserAndPostgres() {
    checkValid(handBuiltCatalog());
  }

  @Test
  void invalidQueries_rejectedByAnalyserAndPostgres() {
    checkInvalid(handBuiltCatalog());
  }

  @Test
  void catalogFromSchemaLoader_agreesToo() {
    SchemaLoadResult loaded =
        new SchemaLoader(new AnalyzerViewColumns())
            .load(List.of(new SchemaSource("schema.sql", DDL)));
    assertTrue(
        loaded.catalog().find(null, "active_loans").map(Relation::columnsKnown).orElse(false),
        "view columns derived through AnalyzerViewColumns");
    checkValid(loaded.catalog());
    checkInvalid(loaded.catalog());
  }

  private void checkValid(Catalog catalog) {
    List<String> failures = new ArrayList<>();
    for (String sql : VALID) {
      QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
      if (a.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
        failures.add("analyser rejected valid SQL: " + sql + " -> " + a.problems());
      }
      String pgError = prepare(sql);
      if (pgError != null) {
        failures.add("PostgreSQL rejected a query meant to be valid: " + sql + " -> " + pgError);
      }
    }
    assertEquals(List.of(), failures);
  }

  private void checkInvalid(Catalog catalog) {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, ProblemCode> e : INVALID.entrySet()) {
      QueryAnalysis a = new QueryAnalyzer(catalog).analyze(e.getKey());
      if (a.problems().stream().noneMatch(p -> p.code() == e.getValue())) {
        failures.add(
            "expected " + e.getValue() + " for " + e.getKey() + " but got " + a.problems());
      }
      if (prepare(e.getKey()) == null) {
        failures.add("PostgreSQL accepted a query meant to be invalid: " + e.getKey());
      }
    }
    assertEquals(List.of(), failures);
  }

  /** PREPAREs the query with :name replaced by $n; returns PostgreSQL's error or null. */
  private String prepare(String sql) {
    String name = "q" + counter.incrementAndGet();
    try (Statement s = connection.createStatement()) {
      s.execute("PREPARE " + name + " AS " + PostgresPlaceholders.positional(sql));
      s.execute("DEALLOCATE " + name);
      return null;
    } catch (SQLException ex) {
      return ex.getMessage();
    }
  }

  private static Catalog handBuiltCatalog() {
    SourceLocation at = new SourceLocation("schema.sql", 1);
    return Catalog.builder()
        .addSchema("inventory")
        .putEnum("public", "book_status", List.of("available", "loaned", "lost"))
        .putRelation(
            table(
                "public",
                "users",
                at,
                c("id", "bigint", true, at),
                c("email", "text", true, at),
                c("display_name", "text", false, at),
                c("settings", "jsonb", false, at),
                c("year", "integer", false, at),
                c("created_at", "timestamp with time zone", true, at)))
        .putRelation(
            table(
                "public",
                "authors",
                at,
                c("id", "bigint", true, at),
                c("name", "text", true, at),
                c("user_id", "bigint", false, at)))
        .putRelation(
            table(
                "public",
                "books",
                at,
                c("id", "bigint", true, at),
                c("title", "text", true, at),
                c("isbn", "character varying", false, at),
                c("author_id", "bigint", true, at),
                c("published_year", "integer", false, at),
                new Column("status", SqlType.enumOf("book_status"), true, true, at),
                new Column("tags", SqlType.arrayOf("text"), false, false, at)))
        .putRelation(
            table(
                "public",
                "loans",
                at,
                c("id", "bigint", true, at),
                c("book_id", "bigint", true, at),
                c("user_id", "bigint", true, at),
                c("loaned_at", "timestamp with time zone", true, at),
                c("returned_at", "timestamp with time zone", false, at)))
        .putRelation(
            new Relation(
                "public",
                "active_loans",
                Relation.Kind.VIEW,
                List.of(
                    c("id", "bigint", false, at),
                    c("book_id", "bigint", false, at),
                    c("user_id", "bigint", false, at),
                    c("loaned_at", "timestamp with time zone", false, at)),
                true,
                at))
        .putRelation(
            table(
                "inventory",
                "items",
                at,
                c("id", "integer", true, at),
                c("book_id", "bigint", true, at),
                c("qty", "integer", true, at)))
        // the sequences PostgreSQL makes for the serial columns, which the loader models too
        .addSequence("public", "users_id_seq", at)
        .addSequence("public", "authors_id_seq", at)
        .addSequence("public", "books_id_seq", at)
        .addSequence("public", "loans_id_seq", at)
        .addSequence("inventory", "items_id_seq", at)
        .build();
  }

  private static Relation table(String schema, String name, SourceLocation at, Column... cols) {
    return new Relation(schema, name, Relation.Kind.TABLE, List.of(cols), true, at);
  }

  private static Column c(String name, String type, boolean notNull, SourceLocation at) {
    return new Column(name, SqlType.of(type), notNull, false, at);
  }

  @Test
  void positional_numbersEachOccurrence() {
    assertEquals(
        "SELECT $1, $2, $3::text, ':x'",
        PostgresPlaceholders.positional("SELECT :a, :b.c, :a::text, ':x'"));
    if (PostgresPlaceholders.positional("SELECT 1").contains("$")) {
      fail("no parameters expected");
    }
  }
}
