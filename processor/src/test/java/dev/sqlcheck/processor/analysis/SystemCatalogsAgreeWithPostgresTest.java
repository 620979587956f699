package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.dialect.Dialects;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Queries of PostgreSQL's own tables and views ({@code pg_catalog}, {@code information_schema}),
 * judged by the local PostgreSQL 15: the columns every version from 14 to 18 has are checked and
 * typed as PostgreSQL describes them; a column outside them is warned about where the versions
 * differ and an error where none has it; the names in {@code regtype}, {@code regproc} and {@code
 * regnamespace} constants are looked up or warned about.
 */
class SystemCatalogsAgreeWithPostgresTest extends SchemaDatabase.Test {
  static final String DDL = "CREATE TABLE notes (id bigint PRIMARY KEY, body text);";

  static final List<String> VALID =
      List.of(
          "SELECT relname, relkind, reltuples FROM pg_class"
              + " WHERE relnamespace = 'public'::regnamespace ORDER BY 1",
          "SELECT c.relname, n.nspname FROM pg_catalog.pg_class c"
              + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = 'notes'::regclass",
          "SELECT table_name, column_name, data_type, is_nullable, ordinal_position"
              + " FROM information_schema.columns WHERE table_schema = 'public'"
              + " ORDER BY table_name, ordinal_position",
          "SELECT * FROM information_schema.tables ORDER BY 1, 2",
          "SELECT * FROM pg_namespace",
          "SELECT pid, state, query, backend_start FROM pg_stat_activity"
              + " WHERE datname = current_database()",
          "SELECT name, setting, unit FROM pg_settings WHERE name = 'work_mem'",
          "SELECT datname, datallowconn FROM pg_database ORDER BY datname",
          "SELECT schemaname, tablename, tableowner FROM pg_tables WHERE schemaname = 'public'",
          "SELECT typname FROM pg_type WHERE oid = 'int4'::regtype OR typname = 'notes'",
          "SELECT proname FROM pg_proc WHERE oid = 'now'::regproc",
          "SELECT count(*) FROM information_schema.table_constraints tc"
              + " JOIN information_schema.key_column_usage k"
              + " ON k.constraint_name = tc.constraint_name"
              + " WHERE tc.constraint_type = 'PRIMARY KEY'");

  /** Queries sqlcheck warns about, and whether PostgreSQL 15 accepts them. */
  static final Map<String, Boolean> WARNED = new LinkedHashMap<>();

  static {
    // pg_class's columns differ between 14 and 18: one outside those they share is not judged
    WARNED.put("SELECT relnam FROM pg_class", false);
    WARNED.put("SELECT typname FROM pg_type WHERE oid = 'character varying'::regtype", true);
    WARNED.put("SELECT typname FROM pg_type WHERE oid = 'no_such_type'::regtype", false);
    WARNED.put("SELECT 'no_such_role'::regrole", false);
    WARNED.put("SELECT 'lower'::regproc", false); // more than one function named "lower"
  }

  /** Invalid in every version, and the problem sqlcheck must report. */
  static final Map<String, ProblemCode> INVALID = new LinkedHashMap<>();

  static {
    INVALID.put("SELECT nspnam FROM pg_namespace", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT table_nam FROM information_schema.tables", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT relname + 1 FROM pg_class", ProblemCode.TYPE_MISMATCH);
  }

  @Override
  String ddl() {
    return DDL;
  }

  @Test
  void sharedColumns_areCheckedAndTypedAsPostgresTypesThem() throws SQLException {
    assertCheckedAndTyped(VALID);
  }

  @Test
  void whatSqlcheckCannotJudge_isWarnedAbout() {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : WARNED.entrySet()) {
      failures.addAll(
          PostgresDescribes.warnedDisagreements(
              catalog, connection, List.of(e.getKey()), e.getValue(), "not"));
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void invalidQueries_areErrorsAsInPostgres() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, INVALID));
  }

  /** Checked against PostgreSQL 15 alone, pg_class's columns are all known. */
  @Test
  void oneVersion_knowsEveryColumnOfThatVersion() {
    List<Problem> problems =
        new QueryAnalyzer(catalog, Dialects.byName("postgresql:15").orElseThrow())
            .analyze("SELECT relnam FROM pg_class")
            .problems();
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(ProblemCode.UNKNOWN_COLUMN, problems.get(0).code(), problems::toString);
    assertEquals(
        List.of(),
        new QueryAnalyzer(catalog, Dialects.byName("postgresql:15").orElseThrow())
            .analyze("SELECT relname, relfrozenxid FROM pg_class")
            .problems());
  }
}
