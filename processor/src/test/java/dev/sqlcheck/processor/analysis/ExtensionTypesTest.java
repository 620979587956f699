package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema's extensions: a column of an extension's type ({@code citext}, {@code hstore}), whose
 * operators, functions and casts are not modelled, and operators an extension adds to built-in
 * types ({@code pg_trgm}'s {@code text % text}), which are. PostgreSQL accepts every query below;
 * sqlcheck must never call one an error, and says so where it could not check a construct.
 */
class ExtensionTypesTest extends PostgresSchemaFixture {
  static final String DDL =
      """
      CREATE EXTENSION IF NOT EXISTS citext;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE EXTENSION IF NOT EXISTS hstore;
      CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL UNIQUE, pw text NOT NULL,
        name text NOT NULL, attrs hstore);
      """;

  @Override
  String ddl() {
    return DDL;
  }

  /** Valid; a warning naming citext, because an operator or function on it is not checked. */
  static final List<String> WARNED =
      List.of(
          "SELECT id FROM users WHERE email = :email",
          "SELECT id FROM users WHERE lower(email) = lower(:e)",
          "SELECT id FROM users WHERE email LIKE :pattern",
          "SELECT id FROM users WHERE email = ANY(:emails)",
          "SELECT id FROM users WHERE email = 'A@B.C' OR email <> pw",
          // hstore's -> and ?: operators on the extension's own type.
          "SELECT id FROM users WHERE attrs -> 'color' = :color",
          "SELECT id FROM users WHERE attrs ? 'color'");

  /** Valid, and nothing on the type needs checking beyond what sqlcheck knows. */
  static final List<String> CLEAN =
      List.of(
          "SELECT email FROM users",
          "SELECT email::text AS e FROM users",
          // pg_trgm's % on built-in text: the extension catalog has it
          "SELECT id FROM users WHERE name % :q ORDER BY id",
          "UPDATE users SET email = :email WHERE id = :id",
          "INSERT INTO users (id, email, pw, name) VALUES (:id, :email, 'x', :name) RETURNING id");

  /** What does not involve the type is still checked. */
  static final Map<String, ProblemCode> INVALID =
      Map.of(
          "SELECT id FROM users WHERE email = :email AND pw = 5", ProblemCode.TYPE_MISMATCH,
          "SELECT emial FROM users", ProblemCode.UNKNOWN_COLUMN);

  @Test
  void queriesOnAnExtensionType_areNeverErrors_andWarnWhereTheTypesOperatorsAreUsed() {
    assertEquals(
        List.of(),
        PostgresDescribes.warnedDisagreements(
            catalog, connection, WARNED, true, "type \"citext\"", "type \"hstore\""));
  }

  @Test
  void queriesThatNeedNothingOfTheType_areClean() {
    assertEquals(List.of(), PostgresDescribes.cleanDisagreements(catalog, connection, CLEAN));
  }

  @Test
  void whatDoesNotInvolveTheType_isStillAnError() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
  }
}
