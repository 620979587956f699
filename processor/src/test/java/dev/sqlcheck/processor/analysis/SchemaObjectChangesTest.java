package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A schema that renames, moves and drops schemas, enum types, domains, functions and extensions, as
 * migrations do. PostgreSQL runs the same statements, and judges every query: what it prepares is
 * clean here, and what it refuses is an error here, or a warning where sqlcheck cannot be sure (a
 * type or function it does not know may come from an extension). Never a silent pass: before these
 * statements were followed, each refused query below passed, and each valid one on a new name was
 * an error or a warning.
 */
class SchemaObjectChangesTest extends PostgresSchemaFixture {
  static final String DDL =
      """
      CREATE SCHEMA legacy;
      CREATE TABLE legacy.old_items (id int);
      CREATE SCHEMA app;
      CREATE TABLE app.items (id int, name text);
      ALTER SCHEMA app RENAME TO shop;
      DROP SCHEMA legacy CASCADE;
      CREATE TYPE mood AS ENUM ('calm', 'busy');
      CREATE TABLE days (id int, m mood, ms mood[]);
      ALTER TYPE mood RENAME TO feeling;
      CREATE TYPE color AS ENUM ('red', 'green');
      DROP TYPE color;
      CREATE TYPE size AS ENUM ('s', 'm');
      CREATE TABLE shirts (id int, sz size, sizes size[], label text);
      DROP TYPE size CASCADE;
      CREATE TYPE status AS ENUM ('new');
      ALTER TYPE status SET SCHEMA shop;
      CREATE DOMAIN positive AS int CHECK (VALUE > 0);
      DROP DOMAIN positive;
      CREATE DOMAIN cents AS bigint;
      ALTER DOMAIN cents RENAME TO money_cents;
      CREATE FUNCTION gone(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
      DROP FUNCTION gone(int);
      CREATE FUNCTION old_name(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
      ALTER FUNCTION old_name(integer) RENAME TO new_name;
      CREATE OR REPLACE FUNCTION replaced(x int) RETURNS int LANGUAGE sql AS 'SELECT 1';
      CREATE OR REPLACE FUNCTION replaced(x integer) RETURNS int LANGUAGE sql AS 'SELECT 2';
      DROP FUNCTION replaced(int4);
      CREATE FUNCTION twice(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
      CREATE FUNCTION twice(a text) RETURNS text LANGUAGE sql AS 'SELECT a';
      DROP FUNCTION twice(a text);
      CREATE FUNCTION lone(a int, b text DEFAULT 'x') RETURNS int LANGUAGE sql AS 'SELECT a';
      DROP FUNCTION lone;
      CREATE FUNCTION _add(bigint, bigint) RETURNS bigint LANGUAGE sql AS 'SELECT $1 + $2';
      CREATE AGGREGATE total(bigint) (SFUNC = _add, STYPE = bigint);
      DROP AGGREGATE total(bigint);
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      DROP EXTENSION pg_trgm;
      """;

  @Override
  String ddl() {
    return DDL;
  }

  /** PostgreSQL prepares each; sqlcheck checks each fully and finds nothing. */
  static final List<String> VALID =
      List.of(
          "SELECT id, name FROM shop.items",
          "SELECT m FROM days WHERE m = 'calm'",
          "SELECT 'busy'::feeling AS f",
          "SELECT ms FROM days WHERE 'calm'::feeling = ANY(ms)",
          "SELECT id, label FROM shirts",
          "SELECT id FROM shop.items WHERE 'new'::shop.status = 'new'",
          "SELECT 5::money_cents AS c",
          "SELECT new_name(1) AS n",
          "SELECT twice(1) AS t");

  /** PostgreSQL refuses each, and sqlcheck knows enough to call it an error. */
  static final Map<String, ProblemCode> INVALID =
      Map.of(
          "SELECT id FROM app.items", ProblemCode.UNKNOWN_SCHEMA,
          "SELECT id FROM legacy.old_items", ProblemCode.UNKNOWN_SCHEMA,
          "SELECT sz FROM shirts", ProblemCode.UNKNOWN_COLUMN,
          "SELECT sizes FROM shirts", ProblemCode.UNKNOWN_COLUMN,
          // pg_trgm's operator, once its extension is dropped, is PostgreSQL's error again
          "SELECT id FROM shop.items WHERE name % 'x'", ProblemCode.TYPE_MISMATCH);

  /**
   * PostgreSQL refuses each: the type or function is gone. sqlcheck warns that it does not know it
   * (one of an extension or of a skipped statement would be valid), and never passes it in silence.
   */
  static final List<String> WARNED =
      List.of(
          "SELECT 'calm'::mood AS m",
          "SELECT 'red'::color AS c",
          "SELECT 'new'::status AS s",
          "SELECT 5::positive AS p",
          "SELECT 5::cents AS c",
          "SELECT gone(1) AS g",
          "SELECT old_name(1) AS n",
          "SELECT replaced(1) AS r",
          "SELECT lone(1) AS l",
          "SELECT total(id::bigint) FROM shirts");

  @Test
  void validQueries_onRenamedAndMovedObjects_areClean() throws SQLException {
    assertEquals(List.of(), PostgresDescribes.differences(catalog, connection, VALID));
  }

  @Test
  void queriesOnDroppedOrRenamedRelationsAndColumns_areErrors() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
  }

  /** The error on an old schema name says what became of it, and where. */
  @Test
  void anOldSchemaName_isToldWhatBecameOfIt() {
    assertEquals(
        "schema \"app\" was renamed to \"shop\" at s.sql:5",
        new QueryAnalyzer(catalog).analyze("SELECT id FROM app.items").problems().get(0).note());
    assertEquals(
        "schema \"legacy\" was dropped at s.sql:6",
        new QueryAnalyzer(catalog)
            .analyze("SELECT id FROM legacy.old_items")
            .problems()
            .get(0)
            .note());
  }

  /** The warning on a type or function the schema dropped or renamed says what became of it. */
  @Test
  void aGoneTypeOrFunction_isToldWhatBecameOfIt() {
    Map<String, String> said =
        Map.of(
            "SELECT 'calm'::mood AS m", "type \"mood\" was renamed to \"feeling\" at s.sql:9",
            "SELECT 'new'::status AS s",
                "type \"status\" was renamed to \"shop.status\" at s.sql:16",
            "SELECT 5::positive AS p", "type \"positive\" was dropped at s.sql:18",
            "SELECT gone(1) AS g", "function \"gone\" was dropped at s.sql:22",
            "SELECT old_name(1) AS n",
                "function \"old_name\" was renamed to \"new_name\" at s.sql:24",
            "SELECT total(id::bigint) FROM shirts", "function \"total\" was dropped at s.sql:35");
    said.forEach(
        (sql, history) -> {
          String message = new QueryAnalyzer(catalog).analyze(sql).problems().get(0).message();
          assertEquals(
              true, message.contains("which the schema no longer has: " + history), message);
        });
  }

  @Test
  void queriesOnDroppedOrRenamedTypesAndFunctions_warn_neverPassSilently() {
    assertEquals(
        List.of(),
        PostgresDescribes.warnedDisagreements(
            catalog, connection, WARNED, false, "sqlcheck does not model"));
  }

  /**
   * Statements PostgreSQL refuses change nothing, there and here, and the load says so on the
   * statement's line; the queries on what they would have dropped stay valid.
   */
  @Test
  void dropsPostgresRefuses_changeNothing_andAreReported() throws SQLException {
    String refused =
        """
        DROP SCHEMA shop;
        DROP TYPE feeling;
        """;
    for (String statement : refused.strip().split("\n")) {
      String error = null;
      try (Statement s = connection.createStatement()) {
        s.execute(statement);
      } catch (SQLException e) {
        error = e.getMessage();
      }
      assertEquals(true, error != null && error.contains("depend"), statement + ": " + error);
    }
    SchemaLoadResult r = new SchemaLoader().load(List.of(new SchemaSource("s.sql", DDL + refused)));
    List<String> reported = new ArrayList<>();
    r.diagnostics().forEach(d -> reported.add(d.location().line() + " " + d.message()));
    int first = (int) DDL.lines().count() + 1;
    assertEquals(
        List.of(
            first
                + " PostgreSQL refuses DROP SCHEMA shop: \"items\" depends on schema \"shop\""
                + " (add CASCADE to drop it too). It changes nothing, here as there",
            (first + 1)
                + " PostgreSQL refuses DROP TYPE feeling: a column of \"days\" depends on it (add"
                + " CASCADE to drop it). It changes nothing, here as there"),
        reported);
    for (String sql : List.of("SELECT id FROM shop.items", "SELECT m FROM days")) {
      assertEquals(List.of(), new QueryAnalyzer(r.catalog()).analyze(sql).problems(), sql);
    }
  }

  /** An argument list the grammar cannot read is reported, and the function is kept. */
  @Test
  void anUnreadableArgumentList_isReported_andTheFunctionKept() {
    SchemaLoadResult r =
        new SchemaLoader()
            .load(
                List.of(
                    new SchemaSource(
                        "s.sql",
                        "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';\n"
                            + "DROP FUNCTION f(int int int);\n")));
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    assertEquals(2, r.diagnostics().get(0).location().line());
    assertEquals(List.of(), new QueryAnalyzer(r.catalog()).analyze("SELECT f(1) AS v").problems());
  }
}
