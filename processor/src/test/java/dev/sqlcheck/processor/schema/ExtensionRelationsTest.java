package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relations extensions make. A query on one is a warning, never "table does not exist": before,
 * {@code SELECT srid FROM spatial_ref_sys} after {@code CREATE EXTENSION postgis} was an error.
 */
class ExtensionRelationsTest {
  private static List<Problem> problems(Catalog catalog, String sql) {
    return new QueryAnalyzer(catalog).analyze(sql).problems();
  }

  private static Catalog load(String ddl) {
    SchemaLoadResult r = new SchemaLoader().load(List.of(new SchemaSource("s.sql", ddl)));
    assertEquals(List.of(), r.diagnostics());
    return r.catalog();
  }

  /**
   * Every extension the test database offers is created there, with what it requires; sqlcheck must
   * know it, and every relation it makes (as {@code pg_depend} records them) must be one a query
   * may read without an error after sqlcheck loads the same statement.
   */
  @Test
  void everyExtensionPostgresOffers_isKnown_andItsRelationsAreNoErrors() throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("extensions");
    List<String> failures = new ArrayList<>();
    int created = 0;
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT name FROM pg_available_extensions ORDER BY 1")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        if (!ExtensionRelations.known(name)) {
          failures.add(name + ": not known to sqlcheck");
        }
        String ddl = "CREATE EXTENSION IF NOT EXISTS \"" + name + "\" CASCADE";
        s.execute("BEGIN");
        try {
          s.execute(ddl);
          created++;
          Catalog catalog = load(ddl + ";");
          try (ResultSet rs =
              s.executeQuery(
                  "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c"
                      + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                      + " JOIN pg_depend d ON d.classid = 'pg_class'::regclass"
                      + " AND d.objid = c.oid AND d.deptype = 'e'")) {
            while (rs.next()) {
              String relation = rs.getString(1);
              for (Problem p : problems(catalog, "SELECT * FROM " + relation)) {
                if (p.severity() == Severity.ERROR) {
                  failures.add(name + ": " + relation + " -> " + p);
                }
              }
            }
          }
        } catch (SQLException e) {
          // offered but not installable here (a library missing): nothing to compare
        } finally {
          s.execute("ROLLBACK");
        }
      }
    } finally {
      SchemaMatchesPostgresTest.dropDatabase(url);
    }
    assertEquals(List.of(), failures);
    assertTrue(created >= 20, "only " + created + " extensions could be created");
  }

  @Test
  void knownExtensionsRelations_areWarnings() {
    Catalog catalog =
        load(
            """
            CREATE EXTENSION IF NOT EXISTS postgis;
            CREATE EXTENSION postgis_topology;
            CREATE EXTENSION pg_cron;
            """);
    for (String sql :
        List.of(
            "SELECT srid, srtext FROM spatial_ref_sys WHERE srid = :srid",
            "SELECT f_table_name FROM geometry_columns",
            "SELECT name FROM topology.topology",
            "SELECT jobid, schedule FROM cron.job")) {
      List<Problem> found = problems(catalog, sql);
      assertEquals(1, found.size(), sql + " -> " + found);
      assertEquals(ProblemCode.UNKNOWN_RELATION_USED, found.get(0).code(), sql);
    }
    assertEquals(
        ProblemCode.UNKNOWN_TABLE,
        problems(catalog, "SELECT srid FROM spatial_ref_system").get(0).code());
  }

  /** An extension sqlcheck does not know may make any relation of its schema: no error there. */
  @Test
  void anUnknownExtension_makesItsSchemaPossible() {
    Catalog catalog =
        load(
            """
            CREATE SCHEMA ext;
            CREATE EXTENSION some_extension WITH SCHEMA ext;
            CREATE TABLE t (id int);
            """);
    assertEquals(
        ProblemCode.UNKNOWN_RELATION_USED,
        problems(catalog, "SELECT a FROM ext.anything").get(0).code());
    assertEquals(
        ProblemCode.UNKNOWN_TABLE, problems(catalog, "SELECT a FROM anything").get(0).code());
  }
}
