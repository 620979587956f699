package dev.sqlcheck.processor.generated;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Queries where a resolver that only resembles PostgreSQL's goes wrong: join scopes, output-column
 * rules, alias lists, set-returning functions, common types, narrowing reads, identifiers that look
 * like keywords and the RETURNING aliases of PostgreSQL 18. Each is first judged by the real
 * PostgreSQL (accepted or rejected, and the result type), then compiled in one repository under
 * javac and ecj, where every method must get exactly the verdict PostgreSQL gave.
 */
class PostgresProbesCompileTest {
  static final String SCHEMA =
      """
      CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);
      CREATE TABLE books (
        id bigint PRIMARY KEY,
        title text NOT NULL,
        pages integer,
        author_id bigint NOT NULL REFERENCES authors (id),
        price numeric(10, 2) NOT NULL DEFAULT 0
      );
      CREATE TABLE tags (id bigint PRIMARY KEY, book_id bigint REFERENCES books (id),
        label text NOT NULL);
      CREATE TABLE profiles (id bigint PRIMARY KEY, display_name text, x integer);
      """;

  /**
   * One method of the repository. {@code code} is the SQLCHECK code expected on its {@code @Query}
   * line, or null when it must compile clean; {@code pgType}, when set, is the result type
   * PostgreSQL describes for the first column.
   */
  record Probe(String method, String sql, String declaration, String code, String pgType) {
    boolean validInPostgres() {
      return code == null || code.startsWith("SQLCHECK-4");
    }
  }

  static Probe clean(String method, String sql, String declaration) {
    return new Probe(method, sql, declaration, null, null);
  }

  static Probe error(String method, String code, String sql, String declaration) {
    return new Probe(method, sql, declaration, code, null);
  }

  static Probe typed(String method, String code, String pgType, String sql, String declaration) {
    return new Probe(method, sql, declaration, code, pgType);
  }

  static final List<Probe> PROBES =
      List.of(
          // FROM as a join tree: RIGHT JOIN makes only its left input nullable.
          clean(
              "rightJoinKeepsOtherItemNotNull",
              "SELECT a.id, t.label FROM authors a, books b RIGHT JOIN tags t ON t.book_id = b.id",
              "List<AuthorTag> %s();\n  record AuthorTag(long id, String label) {}"),
          error(
              "rightJoinLeftSideIntoPrimitive",
              "SQLCHECK-404",
              "SELECT b.id, t.label FROM books b RIGHT JOIN tags t ON t.book_id = b.id",
              "List<BookTag> %s();\n  record BookTag(long id, String label) {}"),
          // A function in FROM with unknown columns must not make a typo pass.
          error(
              "typoBesideSetReturningFunction",
              "SQLCHECK-201",
              "SELECT titel FROM books b, jsonb_array_elements('[]'::jsonb) e",
              "List<String> %s();"),
          clean(
              "setReturningFunctionColumns",
              "SELECT o.value, o.ordinality FROM books b,"
                  + " jsonb_array_elements('[]'::jsonb) WITH ORDINALITY o(value, ordinality)",
              "List<Elem> %s();\n  record Elem(String value, long ordinality) {}"),
          clean(
              "unnestOfTwoArrays",
              "SELECT u.a, u.b FROM unnest(ARRAY[1, 2], ARRAY['x']) AS u(a, b)",
              "List<Pair> %s();\n  record Pair(Integer a, String b) {}"),
          // Common types: PostgreSQL resolves integer and bigint to bigint.
          typed(
              "coalesceOfIntegerAndBigint",
              "SQLCHECK-403",
              "bigint",
              "SELECT coalesce(pages, author_id) FROM books",
              "List<Integer> %s();"),
          typed(
              "coalesceOfIntegerAndBigintAsLong",
              null,
              "bigint",
              "SELECT coalesce(pages, author_id) FROM books",
              "List<Long> %s();"),
          typed(
              "unionOfIntegerAndBigint",
              "SQLCHECK-403",
              "bigint",
              "SELECT pages FROM books UNION SELECT id FROM tags",
              "List<Integer> %s();"),
          typed(
              "caseOfIntegerAndNumeric",
              "SQLCHECK-403",
              "numeric",
              "SELECT CASE WHEN pages > 10 THEN pages ELSE price END FROM books",
              "List<Long> %s();"),
          // No narrowing reads.
          typed(
              "countIntoInt", "SQLCHECK-403", "bigint", "SELECT count(*) FROM books", "int %s();"),
          typed("countCastToInt", null, "integer", "SELECT count(*)::int FROM books", "int %s();"),
          typed(
              "numericIntoDouble",
              null,
              "numeric",
              "SELECT price FROM books LIMIT 1",
              "double %s();"),
          // Output-column rules.
          error(
              "outputAliasInsideOrderByExpression",
              "SQLCHECK-201",
              "SELECT author_id, count(*) AS n FROM books GROUP BY author_id ORDER BY n + 1",
              "List<Long> %s();"),
          clean(
              "outputAliasAloneInOrderBy",
              "SELECT author_id, count(*) AS n FROM books GROUP BY author_id ORDER BY n",
              "List<Count> %s();\n  record Count(long authorId, long n) {}"),
          error(
              "orderByPositionOutOfRange",
              "SQLCHECK-210",
              "SELECT title FROM books ORDER BY 2",
              "List<String> %s();"),
          error(
              "unionOrderedByExpression",
              "SQLCHECK-210",
              "SELECT title FROM books UNION SELECT label FROM tags ORDER BY lower(title)",
              "List<String> %s();"),
          // Join scopes.
          error(
              "onSeesOutsideItsJoin",
              "SQLCHECK-203",
              "SELECT t.label FROM authors a, books b JOIN tags t ON t.book_id = b.id AND a.id = 1",
              "List<String> %s();"),
          error(
              "usingAgainstCommaItem",
              "SQLCHECK-201",
              "SELECT t.label FROM books b, authors a JOIN tags t USING (book_id)",
              "List<String> %s();"),
          error(
              "naturalJoinMergesOnlyItsInputs",
              "SQLCHECK-204",
              "SELECT id FROM books b, authors a NATURAL JOIN tags t",
              "List<Long> %s();"),
          clean(
              "usingMergesTheColumn",
              "SELECT book_id, b.title FROM tags t JOIN books b ON b.id = t.book_id"
                  + " JOIN tags t2 USING (book_id)",
              "List<Row> %s();\n  record Row(Long bookId, String title) {}"),
          error(
              "parenthesisedJoinOnSeesOutside",
              "SQLCHECK-203",
              "SELECT t.label FROM books b JOIN (authors a JOIN tags t ON t.book_id = b.id)"
                  + " ON a.id = b.author_id",
              "List<String> %s();"),
          clean(
              "joinAliasColumns",
              "SELECT j.label FROM (books b JOIN tags t ON t.book_id = b.id) AS j",
              "List<String> %s();"),
          // Alias lists are counted.
          error(
              "tooManyColumnAliases",
              "SQLCHECK-213",
              "SELECT s.a FROM (SELECT id FROM books) s(a, b)",
              "List<Long> %s();"),
          // A quoted name is always a column, and so are these bare words.
          error("quotedUser", "SQLCHECK-201", "SELECT \"user\" FROM books", "List<String> %s();"),
          error(
              "quotedCurrentDate",
              "SQLCHECK-201",
              "SELECT \"current_date\" FROM books",
              "List<String> %s();"),
          error("quotedNull", "SQLCHECK-201", "SELECT \"null\" FROM books", "List<String> %s();"),
          error(
              "quotedSessionUser",
              "SQLCHECK-201",
              "SELECT \"session_user\" FROM books",
              "List<String> %s();"),
          error("bareCurrent", "SQLCHECK-201", "SELECT current FROM books", "List<String> %s();"),
          error("bareYear", "SQLCHECK-201", "SELECT year FROM books", "List<String> %s();"),
          error("bareSecond", "SQLCHECK-201", "SELECT second FROM books", "List<String> %s();"),
          // The user's own aliases named new and old win over PostgreSQL 18's RETURNING OLD/NEW.
          clean(
              "userAliasesNamedNewAndOld",
              "UPDATE profiles AS new SET display_name = old.display_name FROM profiles AS old"
                  + " WHERE new.x = old.id RETURNING new.display_name",
              "List<String> %s();"));

  static String repository(List<Probe> probes) {
    StringBuilder s =
        new StringBuilder(
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.*;
            @SqlRepository
            public interface Probes {
            """);
    for (Probe p : probes) {
      s.append("  @Query(\"")
          .append(p.sql().replace("\"", "\\\""))
          .append("\")\n  ")
          .append(String.format(Locale.ROOT, p.declaration(), p.method()))
          .append("\n");
    }
    return s.append("}\n").toString();
  }

  static long queryLine(String source, Probe probe) {
    List<String> lines = source.lines().toList();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains(" " + probe.method() + "(")) {
        return i; // the @Query line is the one before, and lines are 1-based
      }
    }
    throw new AssertionError("no method " + probe.method());
  }

  static String url;

  @BeforeAll
  static void database() throws SQLException {
    url = TestDatabases.freshPostgresDatabase("probes");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(SCHEMA);
    }
  }

  @Test
  void postgresJudgesEveryProbe() throws SQLException {
    List<String> disagreements = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url)) {
      for (Probe p : PROBES) {
        String sql = PostgresPlaceholders.positional(p.sql());
        boolean accepted;
        String type = null;
        try (Statement s = c.createStatement()) {
          s.execute("BEGIN");
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ResultSetMetaData md = ps.getMetaData();
            type = md == null ? null : md.getColumnTypeName(1);
            accepted = true;
          } catch (SQLException e) {
            accepted = false;
          } finally {
            s.execute("ROLLBACK");
          }
        }
        if (accepted != p.validInPostgres()) {
          disagreements.add(
              p.method() + ": PostgreSQL " + (accepted ? "accepts" : "rejects") + " it");
        }
        if (p.pgType() != null && !normalise(p.pgType()).equals(normalise(type))) {
          disagreements.add(p.method() + ": PostgreSQL describes " + type);
        }
      }
    }
    assertWithMessage("probes whose expectation PostgreSQL does not share")
        .that(disagreements)
        .isEmpty();
  }

  private static String normalise(String type) {
    return switch (type == null ? "" : type) {
      case "int8", "bigint" -> "bigint";
      case "int4", "integer" -> "integer";
      default -> type;
    };
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void everyProbeGetsPostgresVerdict(Tool tool) {
    String source = repository(PROBES);
    Result r =
        new CompileHarness().schema(SCHEMA).source("com.example.Probes", source).compile(tool);
    List<String> wrong = new ArrayList<>();
    for (Probe p : PROBES) {
      long line = queryLine(source, p);
      List<Diag> here = r.sqlcheck().stream().filter(d -> d.isError() && d.line() == line).toList();
      String got = here.stream().map(Diag::message).collect(Collectors.joining(" | "));
      if (p.code() == null ? !here.isEmpty() : here.size() != 1 || !got.contains(p.code())) {
        wrong.add(
            p.method()
                + " expected "
                + (p.code() == null ? "no error" : p.code())
                + ", got: "
                + got);
      }
      boolean unchecked =
          r.warnings().stream()
              .anyMatch(d -> d.line() == line && d.message().contains("SQLCHECK-101"));
      if (unchecked) {
        wrong.add(p.method() + " was not fully checked");
      }
    }
    assertWithMessage("%s", r).that(wrong).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void narrowingHintSaysHowToWidenOrCast(Tool tool) {
    Probe count = PROBES.stream().filter(p -> p.method().equals("countIntoInt")).findFirst().get();
    Result r =
        new CompileHarness()
            .schema(SCHEMA)
            .source("com.example.Probes", repository(List.of(count)))
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertWithMessage("%s", r).that(r.errors().get(0).message()).contains("count(*)::int");
    assertWithMessage("%s", r).that(r.errors().get(0).message()).contains("long");
  }

  @Test
  void returningNewWithoutAliasFollowsTheChosenVersions() throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      if (c.getMetaData().getDatabaseMajorVersion() < 18) {
        boolean rejected = false;
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE profiles SET x = 1 WHERE id = ? RETURNING new.display_name")) {
          ps.getMetaData();
        } catch (SQLException e) {
          rejected = true;
        }
        assertWithMessage("PostgreSQL before 18 rejects RETURNING new.x").that(rejected).isTrue();
      }
    }
    Probe p =
        clean(
            "returningNew",
            "UPDATE profiles SET x = 1 WHERE id = :id RETURNING new.display_name",
            "List<String> %s(long id);");
    String source = repository(List.of(p));
    Result all =
        new CompileHarness()
            .schema(SCHEMA)
            .source("com.example.Probes", source)
            .compile(Tool.JAVAC);
    assertWithMessage("valid on PostgreSQL 18, so no error by default: %s", all)
        .that(all.errors())
        .isEmpty();
    Result pg15 =
        new CompileHarness()
            .schema(SCHEMA)
            .option("-Asqlcheck.dialect=postgresql:15")
            .source("com.example.Probes", source)
            .compile(Tool.JAVAC);
    assertWithMessage("PostgreSQL 15 rejects RETURNING new.x: %s", pg15)
        .that(pg15.errors())
        .hasSize(1);
    assertWithMessage("%s", pg15).that(pg15.errors().get(0).message()).contains("SQLCHECK-20");
  }
}
