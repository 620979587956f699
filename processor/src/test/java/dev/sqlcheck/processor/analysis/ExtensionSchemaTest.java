package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An extension that makes no relation leaves every check as it was: a missing table, or a sequence
 * PostgreSQL never made, is still an error, as PostgreSQL's PREPARE says. The views of
 * pg_stat_statements may be read, qualified or not.
 */
class ExtensionSchemaTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE EXTENSION IF NOT EXISTS citext;
        CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
        CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
        CREATE TABLE users (id serial PRIMARY KEY, email citext NOT NULL, token uuid);
        """;
  }

  @Test
  void missingRelations_areStillErrors() {
    assertEquals(
        List.of(),
        PostgresDescribes.invalidDisagreements(
            catalog,
            connection,
            Map.of(
                "SELECT email FROM user_accounts", ProblemCode.UNKNOWN_TABLE,
                "SELECT nextval('users_seq')", ProblemCode.UNKNOWN_TABLE)));
  }

  @Test
  void theRest_isChecked() {
    assertEquals(
        List.of(),
        PostgresDescribes.cleanDisagreements(
            catalog,
            connection,
            List.of(
                "SELECT id, email FROM users WHERE token = :token",
                "SELECT nextval('users_id_seq')")));
    assertEquals(
        List.of(),
        PostgresDescribes.warnedDisagreements(
            catalog,
            connection,
            List.of("SELECT calls FROM public.pg_stat_statements"),
            true,
            "could not be modelled"));
  }
}
