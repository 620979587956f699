package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLCHECK-218: an INSERT that leaves a NOT NULL column without a default out, or gives it NULL or
 * DEFAULT. PostgreSQL prepares it and fails it when it runs; the tests run each INSERT in a
 * transaction that is rolled back, and PostgreSQL's verdict is the judge. Tables whose INSERTs a
 * trigger or rule may fill in are not judged.
 */
class NotNullInsertsTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE DOMAIN label AS text NOT NULL DEFAULT 'none';
        CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          email text NOT NULL, name text, created timestamptz NOT NULL DEFAULT now(),
          kind label, tag text NOT NULL DEFAULT 'x', code serial);
        ALTER TABLE accounts ADD COLUMN region text;
        UPDATE accounts SET region = 'eu';
        ALTER TABLE accounts ALTER COLUMN region SET NOT NULL;
        CREATE TABLE audited (id int NOT NULL, who text NOT NULL);
        CREATE FUNCTION fill_who() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN NEW.who := coalesce(NEW.who, current_user); RETURN NEW; END $$;
        CREATE TRIGGER audited_who BEFORE INSERT ON audited FOR EACH ROW EXECUTE FUNCTION fill_who();
        CREATE TABLE events (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
        CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
        CREATE TABLE ruled (id int NOT NULL, v text NOT NULL);
        CREATE RULE ruled_insert AS ON INSERT TO ruled WHERE NEW.v IS NULL DO INSTEAD NOTHING;
        """;
  }

  static final List<String> FAILING =
      List.of(
          "INSERT INTO accounts (email, name) VALUES ('a@x', 'A')",
          "INSERT INTO accounts (region) VALUES ('eu')",
          "INSERT INTO accounts (email, region) VALUES (NULL, 'eu')",
          "INSERT INTO accounts (email, region) VALUES ('a@x', 'eu'), ('b@x', DEFAULT)",
          "INSERT INTO accounts DEFAULT VALUES",
          "INSERT INTO events (at) VALUES ('2026-02-01')");

  static final List<String> RUNNING =
      List.of(
          "INSERT INTO accounts (email, region) VALUES ('a@x', 'eu')",
          "INSERT INTO accounts (email, region, name, kind) VALUES ('a@x', 'eu', NULL, DEFAULT)",
          "INSERT INTO accounts (email, region) SELECT 'a@x', 'eu'",
          "INSERT INTO accounts (email, region) VALUES ('a@x', 'eu')"
              + " ON CONFLICT (id) DO UPDATE SET name = 'x'",
          "INSERT INTO audited (id) VALUES (1)",
          "INSERT INTO events (id, at) VALUES (1, '2026-02-01')",
          "INSERT INTO ruled (id) VALUES (1)");

  /** PostgreSQL's error when the INSERT runs (rolled back), or null. */
  private String runError(String sql) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  @Test
  void insertsThatFailOnANotNullColumn_areErrors() throws SQLException {
    assertEquals(
        List.of(),
        PostgresDescribes.failingWhenRun(
            catalog,
            connection,
            FAILING,
            this::runError,
            "violates not-null constraint",
            ProblemCode.NOT_NULL_VIOLATION));
  }

  @Test
  void insertsThatRun_areClean() throws SQLException {
    assertEquals(List.of(), PostgresDescribes.cleanWhenRun(catalog, RUNNING, this::runError));
  }

  @Test
  void theMessage_namesTheColumn() {
    Problem p =
        new QueryAnalyzer(catalog)
            .analyze("INSERT INTO accounts (email, name) VALUES ('a@x', 'A')")
            .problems()
            .get(0);
    assertEquals(
        "null value in column \"region\" of relation \"accounts\" violates not-null constraint",
        p.message());
    assertEquals(
        "\"region\" is NOT NULL without a default, and the INSERT gives no value for it", p.hint());
  }
}
