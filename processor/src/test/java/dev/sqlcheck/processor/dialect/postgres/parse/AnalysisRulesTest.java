package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgParserTest.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The errors of SQLSTATE 42601 PostgreSQL raises after its grammar accepted a DDL statement, as
 * {@link AnalysisRules} reproduces them: message and position. {@link DdlAnalysisCheckTest} has
 * PostgreSQL judge many more.
 */
class AnalysisRulesTest {
  private static final PgGrammar V15 = PgGrammar.of(15);

  private static void rejects(String sql, String message, String at) {
    rejects(sql, message, sql.indexOf(at));
  }

  private static void rejects(String sql, String message, int position) {
    SyntaxError e = error(sql, V15);
    assertEquals(message, e.message(), sql);
    assertEquals(position, e.position(), sql);
    assertEquals("42601", e.sqlState(), sql);
  }

  private static void accepts(String sql) {
    PgParseResult r = PgParser.parse(sql, V15);
    assertTrue(r.ok(), () -> sql + ": " + r.error());
  }

  @Test
  void conflictingColumnConstraints_areRejectedAtTheSecond() {
    rejects(
        "CREATE TABLE n (a int NULL NOT NULL)",
        "conflicting NULL/NOT NULL declarations for column \"a\" of table \"n\"",
        "NOT NULL");
    rejects(
        "ALTER TABLE s.t ADD COLUMN z int DEFAULT 1 DEFAULT 2",
        "multiple default values specified for column \"z\" of table \"t\"",
        "DEFAULT 2");
    rejects(
        "CREATE TABLE n (a int GENERATED ALWAYS AS IDENTITY DEFAULT 1)",
        "both default and identity specified for column \"a\" of table \"n\"",
        "DEFAULT 1");
    // serial brings its own DEFAULT and NOT NULL, after what was written
    rejects(
        "CREATE TABLE n (a serial NULL)",
        "conflicting NULL/NOT NULL declarations for column \"a\" of table \"n\"",
        "a serial");
    accepts("CREATE TABLE n (a int NOT NULL NOT NULL, b serial NOT NULL PRIMARY KEY)");
  }

  @Test
  void attributeClauses_mustFollowAKeyOrForeignKey() {
    rejects("CREATE TABLE n (a int NOT NULL DEFERRABLE)", "misplaced DEFERRABLE clause", "DEF");
    rejects(
        "CREATE TABLE n (a int UNIQUE NOT DEFERRABLE INITIALLY DEFERRED)",
        "constraint declared INITIALLY DEFERRED must be DEFERRABLE",
        "INITIALLY");
    accepts("CREATE TABLE n (a int REFERENCES p DEFERRABLE INITIALLY DEFERRED)");
  }

  @Test
  void typeModifiers_onlyOnTypesThatTakeThem() {
    rejects("CREATE TABLE n (a text(5))", "type modifier is not allowed for type \"text\"", "text");
    rejects(
        "CREATE DOMAIN d uuid(1)[]", "type modifier is not allowed for type \"uuid[]\"", "uuid");
    accepts("CREATE TABLE n (a varchar(5), b numeric(3,1), c my_type(1))");
  }

  @Test
  void optionsGivenTwice_areConflicting() {
    String conflicting = "conflicting or redundant options";
    rejects(
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql IMMUTABLE STABLE AS 'select 1'",
        conflicting,
        "STABLE");
    rejects("CREATE SEQUENCE s START 1 START 2", conflicting, "START 2");
    rejects("CREATE EXTENSION x SCHEMA a SCHEMA b", conflicting, "SCHEMA b");
    rejects("DO LANGUAGE plpgsql 'begin end' 'x'", conflicting, "'x'");
    rejects("COPY t FROM stdin (FORMAT csv, FORMAT csv)", conflicting, "FORMAT csv)");
    // a procedure does not take IMMUTABLE at all: 42P13, before any duplicate
    accepts("CREATE PROCEDURE p() LANGUAGE sql IMMUTABLE IMMUTABLE AS 'select 1'");
    rejects("CREATE SEQUENCE s OWNED BY t", "invalid OWNED BY option", "OWNED BY t");
  }

  @Test
  void defaultAsAValue_isRejectedInDdlButNotInQueries() {
    String index = "CREATE INDEX ON t (lower(DEFAULT)) WHERE b = DEFAULT";
    // PostgreSQL analyses the index's WHERE before its elements
    rejects(index, "DEFAULT is not allowed in this context", index.lastIndexOf("DEFAULT"));
    rejects(
        "CREATE TABLE n (a int CHECK (a = DEFAULT))",
        "DEFAULT is not allowed in this context",
        "DEFAULT)");
    accepts(
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES"
            + " (DEFAULT); END");
    accepts("SELECT DEFAULT"); // the query parser leaves analysis to PostgreSQL, as before
  }

  @Test
  void tooManyDottedNames_andPolicyClauses() {
    rejects("DROP TABLE a.b.c.d", "improper relation name (too many dotted names): a.b.c.d", "a.b");
    rejects("COMMENT ON COLUMN t IS 'x'", "column name must be qualified", "t IS");
    rejects(
        "CREATE POLICY p ON t FOR INSERT USING (true)",
        "only WITH CHECK expression allowed for INSERT",
        "true");
  }

  @Test
  void unknownPrivilege_isRejectedButRolesAreNotPrivileges() {
    rejects(
        "GRANT SELECT, SELECTx ON t TO app", "unrecognized privilege type \"selectx\"", "SELECTx");
    accepts("GRANT EXECUTE, SELECTx ON t TO app"); // EXECUTE on a table fails first (0LP01)
    accepts("GRANT app_admin, readers TO bob");
  }

  @Test
  void laterStatementSyntaxError_winsOverAnEarlierAnalysisError() {
    String sql = "CREATE TABLE n (a int NULL NOT NULL); SELECT FROM WHERE";
    SyntaxError e = error(sql, V15);
    assertEquals("syntax error at or near \"WHERE\"", e.message());
  }
}
