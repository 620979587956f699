package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strict reading: a CREATE TABLE or CREATE VIEW that PostgreSQL refuses is never read as a
 * relation; a view over a missing relation or column is SQLCHECK-004; a MySQL schema gets one
 * message. Each refusal is confirmed on PostgreSQL.
 */
class StrictDdlTest {

  static final String MISSING_VIEW_NAMES =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, nickname text);
      CREATE VIEW login_report AS SELECT nickname FROM active_users;
      CREATE VIEW user_report AS
        SELECT id, nick_name FROM users;
      CREATE VIEW fine AS SELECT id, nickname FROM users;
      """;

  private static SchemaLoadResult load(String sql) {
    return new SchemaLoader(new AnalyzerViewColumns())
        .load(List.of(new SchemaSource("schema.sql", sql)));
  }

  /** PostgreSQL's error for the statement of {@code script} that it refuses. */
  private static SQLException postgresRefuses(String script) throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("strict_ddl");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      return assertThrows(SQLException.class, () -> s.execute(script));
    } finally {
      TestDatabases.drop(url);
    }
  }

  @Test
  void missingComma_isRefusedAtTheOffendingToken_andTheTableIsUnknown() throws SQLException {
    SchemaLoadResult r = load(StrictFixtures.MISSING_COMMA);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    SchemaLoadResult.Diagnostic d = r.diagnostics().get(0);
    assertEquals(ProblemCode.SCHEMA_STATEMENT_NOT_PARSED, d.code());
    assertEquals(new SourceLocation("schema.sql", 5), d.location());
    assertTrue(d.message().contains("syntax error at or near \"placed_at\""), d.message());
    assertTrue(d.message().contains("is a comma missing before \"placed_at\"?"), d.message());
    assertTrue(r.catalog().find(null, "orders").isEmpty());
    assertTrue(r.catalog().mayExist("public", "orders"));
    assertTrue(r.catalog().find(null, "users").isPresent());
    assertEquals(1, r.stats().failed());

    SQLException e = postgresRefuses(StrictFixtures.MISSING_COMMA);
    assertEquals("42601", e.getSQLState());
    assertTrue(e.getMessage().contains("syntax error at or near \"placed_at\""), e.getMessage());
  }

  @Test
  void refusedAlterTable_isReportedAtTheToken_andTheTableBecomesUnknown() throws SQLException {
    String script =
        """
        CREATE TABLE users (id bigint PRIMARY KEY, nickname text);
        CREATE TABLE books (id bigint PRIMARY KEY, title text);
        ALTER TABLE users
          ADD COLUMN email text NOT NULL DEFAULT '' created_at timestamptz;
        ALTER TABLE books ADD COLUMN isbn text;
        """;
    SchemaLoadResult r = load(script);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    SchemaLoadResult.Diagnostic d = r.diagnostics().get(0);
    assertEquals(ProblemCode.SCHEMA_STATEMENT_NOT_PARSED, d.code());
    assertEquals(new SourceLocation("schema.sql", 4), d.location());
    assertTrue(
        d.message().startsWith("ALTER TABLE \"users\" is not valid PostgreSQL"), d.message());
    assertTrue(d.message().contains("syntax error at or near \"created_at\""), d.message());
    // never the half-read columns: the table's columns are unknown, the other table is intact
    assertFalse(r.catalog().find(null, "users").orElseThrow().columnsKnown());
    assertTrue(r.catalog().find(null, "users").orElseThrow().column("email").isEmpty());
    assertTrue(r.catalog().find(null, "books").orElseThrow().column("isbn").isPresent());

    String[] lines = script.split("\n");
    SQLException e = postgresRefuses(lines[0] + lines[2] + lines[3]);
    assertEquals("42601", e.getSQLState());
    assertTrue(e.getMessage().contains("syntax error at or near \"created_at\""), e.getMessage());
  }

  @Test
  void refusedStatementWithoutAColumnStart_hasNoCommaHint() {
    SchemaLoadResult r = load("CREATE TABLE t (id int,, name text);");
    assertEquals(1, r.diagnostics().size());
    assertTrue(r.diagnostics().get(0).message().endsWith("correct the statement at that point"));
  }

  @Test
  void viewOverMissingRelationOrColumn_is004_andTheViewIsUnknown() throws SQLException {
    SchemaLoadResult r = load(MISSING_VIEW_NAMES);
    assertEquals(2, r.diagnostics().size(), r.diagnostics().toString());
    SchemaLoadResult.Diagnostic relation = r.diagnostics().get(0);
    assertEquals(ProblemCode.SCHEMA_STATEMENT_INVALID, relation.code());
    assertEquals(new SourceLocation("schema.sql", 2), relation.location());
    assertTrue(relation.message().contains("\"active_users\" does not exist"), relation.message());
    SchemaLoadResult.Diagnostic column = r.diagnostics().get(1);
    assertEquals(new SourceLocation("schema.sql", 3), column.location());
    assertTrue(column.message().contains("\"nick_name\" does not exist"), column.message());
    for (String view : List.of("login_report", "user_report")) {
      assertTrue(r.catalog().find(null, view).isEmpty(), view);
      assertTrue(r.catalog().mayExist("public", view), view);
    }
    assertTrue(r.catalog().find(null, "fine").orElseThrow().columnsKnown());

    String[] lines = MISSING_VIEW_NAMES.split("\n");
    SQLException missingRelation = postgresRefuses(lines[0] + lines[1]);
    assertEquals("42P01", missingRelation.getSQLState());
    SQLException missingColumn = postgresRefuses(lines[0] + lines[2] + lines[3]);
    assertEquals("42703", missingColumn.getSQLState());
  }

  @Test
  void viewsOverSystemCatalogsAndFunctions_loadWithoutMessages() throws SQLException {
    String views =
        """
        CREATE TABLE users (id bigint, nickname text);
        CREATE VIEW v1 AS SELECT relname FROM pg_class;
        CREATE VIEW v2 AS SELECT table_name FROM information_schema.tables;
        CREATE VIEW v3 AS SELECT g FROM generate_series(1, 3) g;
        CREATE VIEW v4 AS WITH x AS (SELECT id FROM users) SELECT id FROM x;
        CREATE VIEW v5 AS SELECT u.id, l.n FROM users u, LATERAL (SELECT u.nickname AS n) l;
        CREATE VIEW v6 AS SELECT oid, typname FROM pg_catalog.pg_type;
        """;
    assertEquals(List.of(), load(views).diagnostics());
    String url = TestDatabases.freshPostgresDatabase("strict_views");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(views); // PostgreSQL accepts every one of them
    } finally {
      TestDatabases.drop(url);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "petclinic-mysql-schema.sql",
        "authors__mysql__schema.sql",
        "booktest__mysql__schema.sql",
        "ondeck__mysql__schema__0002_venue.sql"
      })
  void mysqlSchema_getsOneMessage(String file) throws IOException, SQLException {
    List<SchemaSource> sources =
        SchemaLoader.read(Path.of("src/test/resources/not-postgresql/" + file));
    SchemaLoadResult r = new SchemaLoader(new AnalyzerViewColumns()).load(sources);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    String m = r.diagnostics().get(0).message();
    assertTrue(m.startsWith("the schema looks like MySQL/MariaDB ("), m);
    assertTrue(m.contains("sqlcheck checks PostgreSQL"), m);
    assertEquals(0, r.catalog().relations().size());
    assertEquals(42601, Integer.parseInt(postgresRefuses(sources.get(0).text()).getSQLState()));
  }

  @Test
  void mysqlSigns_areNamedOnceEach() {
    assertEquals(
        "backquoted name `Album`, AUTO_INCREMENT, ENGINE=InnoDB",
        MysqlSigns.describe(
            "CREATE TABLE `Album` (`AlbumId` INT NOT NULL AUTO_INCREMENT) ENGINE=InnoDB"));
    assertEquals(null, MysqlSigns.describe("CREATE TABLE t (id int,, x text)"));
  }
}
