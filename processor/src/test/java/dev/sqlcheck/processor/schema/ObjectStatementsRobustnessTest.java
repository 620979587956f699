package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements about schemas, types, functions, sequences, operators, casts and views that the
 * loader follows, cut short after every token: whatever is left loads without an exception
 * escaping, and every problem it reports names its line. A cut statement is what a half-edited
 * migration looks like.
 */
class ObjectStatementsRobustnessTest {
  private static final String BASE =
      """
      CREATE SCHEMA app;
      CREATE TABLE app.items (id int PRIMARY KEY, name text UNIQUE);
      CREATE TYPE mood AS ENUM ('a', 'b');
      CREATE TABLE days (id int, m mood);
      CREATE VIEW day_moods AS SELECT id, m FROM days;
      CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
      CREATE SEQUENCE numbers;
      """;

  private static final List<String> STATEMENTS =
      List.of(
          "ALTER SCHEMA app RENAME TO shop",
          "DROP SCHEMA IF EXISTS app, other CASCADE",
          "ALTER TYPE mood RENAME TO feeling",
          "ALTER TYPE mood SET SCHEMA app",
          "DROP TYPE IF EXISTS mood, other CASCADE",
          "ALTER DOMAIN d RENAME TO e",
          "DROP DOMAIN d CASCADE",
          "DROP FUNCTION IF EXISTS f(x integer, VARIADIC y text[]), g CASCADE",
          "ALTER FUNCTION f(int) RENAME TO g",
          "DROP AGGREGATE total(bigint)",
          "ALTER AGGREGATE total(bigint) RENAME TO sum_all",
          "DROP EXTENSION IF EXISTS citext CASCADE",
          "CREATE UNLOGGED SEQUENCE IF NOT EXISTS app.s2 START 5",
          "ALTER SEQUENCE numbers RENAME TO counters",
          "DROP SEQUENCE numbers, app.s2",
          "CREATE OPERATOR app.=== (LEFTARG = int, RIGHTARG = text, FUNCTION = f)",
          "CREATE CAST (text AS int) WITH FUNCTION f(text) AS IMPLICIT",
          "SELECT id, name INTO TEMP TABLE app.copy FROM app.items WHERE id > 0",
          "WITH x AS (SELECT 1 AS n) SELECT n INTO UNLOGGED counts FROM x",
          "CREATE SCHEMA s CREATE TABLE t (a int) CREATE VIEW v AS SELECT a FROM t",
          "IMPORT FOREIGN SCHEMA remote LIMIT TO (a, \"B\") FROM SERVER srv INTO app",
          "ALTER TABLE days DROP COLUMN m CASCADE");

  @Test
  void everyCutOfEveryStatement_loadsWithoutAnExceptionEscaping() {
    for (String statement : STATEMENTS) {
      List<SqlTokens.Token> tokens = SqlTokens.tokenize(statement, Integer.MAX_VALUE);
      for (int n = 1; n <= tokens.size(); n++) {
        SqlTokens.Token last = tokens.get(n - 1);
        String cut = statement.substring(0, last.start() + last.text().length());
        SchemaLoadResult r =
            new SchemaLoader(new AnalyzerViewColumns())
                .load(List.of(new SchemaSource("s.sql", BASE + cut + ";\n")));
        assertNotNull(r.catalog(), cut);
        for (SchemaLoadResult.Diagnostic d : r.diagnostics()) {
          assertNotNull(d.location(), cut + ": " + d);
          // a reader that failed would be caught and reported with its exception: none may
          assertFalse(d.message().contains("Exception"), cut + ": " + d);
        }
      }
    }
  }
}
