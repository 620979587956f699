package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Select;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Version-specific syntax: each statement must parse exactly with the versions listed (checked
 * against PostgreSQL 15 here and against the parsers of 16, 17 and 18 when the gates were set), and
 * the default 14–18 grammar must accept it whenever one version does.
 */
class VersionGateTest {
  /** Statement to the first version that accepts it. */
  static final Map<String, Integer> SINCE = new LinkedHashMap<>();

  static {
    SINCE.put("SELECT 123abc", 14);
    SINCE.put("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", 15);
    SINCE.put("SELECT 0x1F, 0o17, 0b101, 1_000", 16);
    SINCE.put("SELECT 1 FROM (SELECT 1)", 16);
    SINCE.put("SELECT x IS JSON OBJECT WITH UNIQUE KEYS FROM t", 16);
    SINCE.put("SELECT JSON_OBJECT('a' VALUE 1 ABSENT ON NULL RETURNING jsonb)", 16);
    SINCE.put("SELECT JSON_ARRAYAGG(x ORDER BY x NULL ON NULL) FROM t", 16);
    SINCE.put("SELECT xmlserialize(CONTENT x AS text INDENT) FROM t", 16);
    SINCE.put("SELECT JSON_SCALAR(1), JSON_SERIALIZE('1' RETURNING bytea)", 17);
    SINCE.put("SELECT JSON_QUERY(j, '$.a' WITH WRAPPER OMIT QUOTES NULL ON EMPTY) FROM t", 17);
    SINCE.put("SELECT * FROM JSON_TABLE('[1]', '$[*]' COLUMNS (a int PATH '$')) jt", 17);
    SINCE.put("MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE", 17);
    SINCE.put("MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE RETURNING merge_action()", 17);
    SINCE.put("SELECT now() AT LOCAL", 17);
    SINCE.put("UPDATE t SET a = 1 RETURNING WITH (OLD AS o, NEW AS n) o.a, n.a", 18);
    // DDL (gram.y of each release; "SQL syntax changes in PostgreSQL 14 to 19")
    SINCE.put("CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT)", 15);
    SINCE.put("CREATE UNIQUE INDEX i ON t (a) NULLS NOT DISTINCT", 15);
    SINCE.put("CREATE TABLE t (a int REFERENCES p ON DELETE SET NULL (a))", 15);
    SINCE.put("ALTER TABLE t SET ACCESS METHOD heap", 15);
    SINCE.put("CREATE SEQUENCE s UNLOGGED", 15);
    SINCE.put("GRANT SET, ALTER SYSTEM ON PARAMETER work_mem TO r", 15);
    SINCE.put("CREATE TABLE t (a text STORAGE EXTERNAL)", 16);
    SINCE.put("ALTER TABLE t ALTER a SET STORAGE DEFAULT", 16);
    SINCE.put("GRANT r TO u WITH INHERIT TRUE, SET FALSE", 16);
    SINCE.put("ALTER TABLE t ALTER g SET EXPRESSION AS (a * 2)", 17);
    SINCE.put("ALTER TABLE t ALTER a SET STATISTICS DEFAULT", 17);
    SINCE.put("ALTER TABLE t SET ACCESS METHOD DEFAULT", 17);
    SINCE.put("ALTER DOMAIN d ADD CONSTRAINT nn NOT NULL", 17);
    SINCE.put("COPY t FROM STDIN CSV FORCE NOT NULL *", 17);
    SINCE.put("CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2) VIRTUAL)", 18);
    SINCE.put("CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2))", 18);
    SINCE.put("CREATE TABLE t (a int, CONSTRAINT nn NOT NULL a NO INHERIT)", 18);
    SINCE.put("CREATE TABLE t (a int NOT NULL NO INHERIT)", 18);
    SINCE.put("CREATE TABLE t (a int CHECK (a > 0) NOT ENFORCED)", 18);
    SINCE.put("CREATE TABLE t (a int, b tstzrange, PRIMARY KEY (a, b WITHOUT OVERLAPS))", 18);
    SINCE.put("ALTER TABLE t ADD FOREIGN KEY (a, PERIOD b) REFERENCES p (a, PERIOD b)", 18);
    SINCE.put("ALTER TABLE t ALTER CONSTRAINT c NOT ENFORCED", 18);
  }

  @Test
  void versionSpecificSyntax_parsesFromItsVersionOn() {
    SINCE.forEach(
        (sql, since) -> {
          for (int v = PgGrammar.OLDEST; v <= PgGrammar.NEWEST; v++) {
            PgParseResult r = PgParser.parse(sql, PgGrammar.of(v));
            // 14 reads "123abc" and "0x1F" as a number and a label; 15 rejects both.
            boolean expected =
                sql.equals("SELECT 123abc")
                    ? v == 14
                    : sql.startsWith("SELECT 0x1F") ? v != 15 : v >= since;
            assertEquals(expected, r.ok(), sql + " on " + v + ": " + r.error());
          }
          assertTrue(PgParser.parse(sql).ok(), sql + " with the default grammar");
        });
  }

  @Test
  void newestReading_winsInTheDefaultRange() {
    Select s = (Select) ((Query) PgParser.parse("SELECT 0x1F").single()).body();
    assertEquals("31", ((Expr.NumberLiteral) s.items().get(0).expr()).value());
    Select old = (Select) ((Query) PgParser.parse("SELECT 0x1F", PgGrammar.of(14)).single()).body();
    assertEquals("x1f", old.items().get(0).label().name());
  }

  @Test
  void keywordsOfNewerVersions_stayNamesWhereOlderOnesAllowThem() {
    assertTrue(PgParser.parse("SELECT 1 FROM t system_user").ok());
    assertTrue(PgParser.parse("SELECT system_user(1)").ok());
    assertEquals(false, PgParser.parse("SELECT 1 FROM t system_user", PgGrammar.of(16)).ok());
    assertTrue(PgParser.parse("SELECT json(1, 2)").ok());
    assertEquals(false, PgParser.parse("SELECT json(1, 2)", PgGrammar.of(17)).ok());
  }
}
