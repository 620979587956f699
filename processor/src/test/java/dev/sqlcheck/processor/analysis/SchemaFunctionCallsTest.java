package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A call of a function the schema defines is matched against its overloads as PostgreSQL matches
 * it: the number of arguments (with defaults and VARIADIC), their types by implicit casts, and
 * named arguments. Before, any call of such a function was taken, so a migration that added a
 * parameter, or dropped the overload a query used, broke the query only at run time.
 */
class SchemaFunctionCallsTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE TYPE mood AS ENUM ('ok', 'sad');
        CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
        CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, qty integer, m mood);
        CREATE FUNCTION one(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
        CREATE FUNCTION with_default(a integer, b integer DEFAULT 0) RETURNS integer
          LANGUAGE sql AS 'SELECT a + b';
        CREATE FUNCTION many(VARIADIC a integer[]) RETURNS integer LANGUAGE sql AS 'SELECT 1';
        CREATE FUNCTION wide(a bigint) RETURNS integer LANGUAGE sql AS 'SELECT 1';
        CREATE FUNCTION label(a text) RETURNS text LANGUAGE sql AS 'SELECT a';
        CREATE FUNCTION positive(a posint) RETURNS integer LANGUAGE sql AS 'SELECT 1';
        CREATE FUNCTION feeling(m mood) RETURNS text LANGUAGE sql AS 'SELECT m::text';
        CREATE FUNCTION outs(a integer, OUT b integer, OUT c text) LANGUAGE sql AS 'SELECT 1, ''x''';
        CREATE FUNCTION ov(a integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';
        CREATE FUNCTION ov(a text) RETURNS integer LANGUAGE sql AS 'SELECT 2';
        DROP FUNCTION ov(integer);
        CREATE FUNCTION grown(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
        DROP FUNCTION grown;
        CREATE FUNCTION grown(a integer, b integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
        CREATE FUNCTION poly(a anyelement, b anyelement) RETURNS anyelement
          LANGUAGE sql AS 'SELECT a';
        CREATE FUNCTION rowed(i items) RETURNS text LANGUAGE sql AS 'SELECT i.name';
        """;
  }

  static final List<String> VALID =
      List.of(
          "SELECT one(1), one(NULL), one(:n), one(qty) FROM items",
          "SELECT one(1::smallint)",
          "SELECT with_default(1), with_default(1, 2), with_default(b => 1, a => 2)",
          "SELECT many(1, 2, 3), many(VARIADIC ARRAY[1, 2])",
          "SELECT wide(1), wide(id) FROM items",
          "SELECT label('x'), label(name), label('x'::varchar) FROM items",
          "SELECT positive(1)",
          "SELECT feeling('ok'), feeling(m) FROM items",
          "SELECT outs(1)",
          "SELECT ov('x')",
          "SELECT grown(1, 2)",
          "SELECT poly(1, 2), poly('a'::text, name) FROM items",
          "SELECT rowed(i) FROM items i",
          "SELECT id FROM items WHERE qty = one(:limit)");

  static final Map<String, ProblemCode> INVALID = new LinkedHashMap<>();

  static {
    INVALID.put("SELECT one(1, 2)", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT one()", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT one(1.5)", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT one(name) FROM items", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT with_default()", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT with_default(c => 1)", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT many()", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT label(1)", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT feeling(name) FROM items", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT outs(1, 2)", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT ov(1)", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT grown(1)", ProblemCode.TYPE_MISMATCH);
    INVALID.put("SELECT poly(1, 'a'::text)", ProblemCode.TYPE_MISMATCH);
  }

  @Test
  void callsPostgresPrepares_areClean() {
    assertEquals(List.of(), PostgresDescribes.cleanDisagreements(catalog, connection, VALID));
  }

  @Test
  void callsNoOverloadTakes_areErrors() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
  }

  @Test
  void theMessage_isPostgresOwn() {
    assertEquals(
        "function one(integer, integer) does not exist",
        new QueryAnalyzer(catalog).analyze("SELECT one(1, 2)").problems().get(0).message());
  }
}
