package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ON CONFLICT (columns)} must match a unique index or constraint on exactly those columns.
 * PostgreSQL looks for it when it plans the statement, so PREPARE passes and every execution fails;
 * EXPLAIN, which plans without running, is the judge here.
 */
class ConflictArbiterTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE TABLE accounts (id bigint PRIMARY KEY, tenant integer NOT NULL, email text NOT NULL,
          handle text, name text, code text);
        CREATE UNIQUE INDEX accounts_tenant_email ON accounts (tenant, email);
        CREATE UNIQUE INDEX accounts_handle ON accounts (handle);
        DROP INDEX accounts_handle;
        ALTER TABLE accounts ADD CONSTRAINT accounts_code_key UNIQUE (code);
        CREATE UNIQUE INDEX accounts_live_name ON accounts (name) WHERE tenant > 0;
        CREATE UNIQUE INDEX accounts_lower_email ON accounts (lower(email));
        CREATE INDEX accounts_name ON accounts (name, tenant);
        CREATE TABLE notes (body text);
        """;
  }

  private static final String INSERT =
      "INSERT INTO accounts (id, tenant, email) VALUES (1, 1, 'a') ";
  private static final String NOTE = "INSERT INTO notes (body) VALUES ('x') ";

  static final List<String> VALID =
      List.of(
          INSERT + "ON CONFLICT (id) DO NOTHING",
          INSERT + "ON CONFLICT (tenant, email) DO UPDATE SET email = excluded.email",
          INSERT + "ON CONFLICT (email, tenant) DO NOTHING",
          INSERT + "ON CONFLICT (code) DO NOTHING",
          INSERT + "ON CONFLICT (name) WHERE tenant > 0 DO NOTHING",
          INSERT + "ON CONFLICT ((lower(email))) DO NOTHING",
          INSERT + "ON CONFLICT DO NOTHING");

  static final List<String> INVALID =
      List.of(
          INSERT + "ON CONFLICT (email) DO NOTHING",
          INSERT + "ON CONFLICT (handle) DO NOTHING",
          INSERT + "ON CONFLICT (tenant) DO UPDATE SET email = excluded.email",
          INSERT + "ON CONFLICT (id, email) DO NOTHING",
          NOTE + "ON CONFLICT (body) DO NOTHING");

  /** PostgreSQL's error when it plans the statement (EXPLAIN, no rows touched), or null. */
  private String planError(String sql) {
    try (Statement s = connection.createStatement()) {
      s.execute("EXPLAIN " + sql);
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  @Test
  void targetsAUniqueKeyMatches_areClean() throws SQLException {
    assertEquals(List.of(), PostgresDescribes.cleanWhenRun(catalog, VALID, this::planError));
  }

  @Test
  void targetsNoUniqueKeyMatches_areErrors() throws SQLException {
    assertEquals(
        List.of(),
        PostgresDescribes.failingWhenRun(
            catalog,
            connection,
            INVALID,
            this::planError,
            "no unique or exclusion constraint matching",
            ProblemCode.NO_CONFLICT_ARBITER));
  }

  @Test
  void theHint_namesTheKeys() {
    Problem p =
        new QueryAnalyzer(catalog)
            .analyze(INSERT + "ON CONFLICT (email) DO NOTHING")
            .problems()
            .get(0);
    assertEquals("the unique keys of \"accounts\" are (id), (email, tenant), (code)", p.hint());
    assertNull(planError(INSERT + "ON CONFLICT (tenant, email) DO NOTHING"));
    assertNotNull(planError(INSERT + "ON CONFLICT (email) DO NOTHING"));
  }
}
