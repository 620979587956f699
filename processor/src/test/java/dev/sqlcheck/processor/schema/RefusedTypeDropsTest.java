package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code DROP TYPE} of a composite type a typed table is made of, and {@code DROP DOMAIN} of a
 * domain a column is made of, without CASCADE: PostgreSQL refuses both, and the load reports them
 * on their lines and changes nothing.
 */
class RefusedTypeDropsTest {
  private static final String DDL =
      """
      CREATE TYPE pt AS (a int, b text);
      CREATE TABLE pts OF pt;
      CREATE DOMAIN dm AS int;
      CREATE TABLE dms (id int, x dm);
      """;

  private static final List<String> REFUSED = List.of("DROP TYPE pt", "DROP DOMAIN dm");

  @Test
  void dropsWithoutCascade_areRefusedByBoth_andChangeNothing() throws SQLException {
    String url = TestDatabases.freshPostgresDatabase("refused_type_drops");
    List<String> theirs = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(DDL);
      for (String drop : REFUSED) {
        try {
          s.execute(drop);
          theirs.add(drop + ": accepted");
        } catch (SQLException e) {
          theirs.add(
              drop + ": " + (e.getMessage().contains("depend") ? "refused" : e.getMessage()));
        }
      }
    } finally {
      SchemaMatchesPostgresTest.dropDatabase(url);
    }
    assertEquals(List.of("DROP TYPE pt: refused", "DROP DOMAIN dm: refused"), theirs);

    String script = DDL + String.join(";\n", REFUSED) + ";\n";
    SchemaLoadResult r = new SchemaLoader().load(List.of(new SchemaSource("s.sql", script)));
    List<String> reported = new ArrayList<>();
    r.diagnostics().forEach(d -> reported.add(d.location().line() + " " + d.message()));
    assertEquals(
        List.of(
            "5 PostgreSQL refuses DROP TYPE pt: table \"pts\" is of that type (add CASCADE to"
                + " drop it). It changes nothing, here as there",
            "6 PostgreSQL refuses DROP DOMAIN dm: column \"x\" of \"dms\" is of that type (add"
                + " CASCADE to drop it). It changes nothing, here as there"),
        reported);
    Catalog catalog = r.catalog();
    assertEquals(2, catalog.find(null, "pts").orElseThrow().columns().size());
    assertEquals(true, catalog.find(null, "dms").orElseThrow().column("x").isPresent());
  }
}
