package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Views go with what they use: PostgreSQL refuses to drop a table, a view, a column, an enum type
 * or a schema that a view uses unless the drop says {@code CASCADE}, and then drops the view (and
 * the views on it). Renames in between are followed. Before, such a view stayed in the model and
 * queries on it passed; now each is an error where PostgreSQL's PREPARE fails, and the views that
 * use nothing dropped are kept and checked.
 */
class ViewCascadeTest extends PostgresSchemaFixture {
  static final String DDL =
      """
      CREATE TABLE a (id int, x int, y int);
      CREATE VIEW va AS SELECT id, x FROM a;
      CREATE VIEW vva AS SELECT id FROM va;
      CREATE VIEW vy AS SELECT id, y FROM a;
      CREATE VIEW vwhere AS SELECT id FROM a WHERE x > 0;
      ALTER TABLE a RENAME COLUMN x TO z;
      ALTER TABLE a RENAME TO a2;
      ALTER TABLE a2 DROP COLUMN z CASCADE;
      CREATE TABLE b (id int);
      CREATE VIEW vb AS SELECT * FROM b;
      CREATE MATERIALIZED VIEW mb AS SELECT count(*) AS n FROM vb;
      DROP TABLE b CASCADE;
      CREATE TABLE c (id int);
      CREATE VIEW vc AS SELECT id FROM c;
      CREATE VIEW vvc AS SELECT id FROM vc;
      ALTER VIEW vc RENAME TO vc2;
      DROP VIEW vc2 CASCADE;
      CREATE TYPE e AS ENUM ('p');
      CREATE TABLE d (id int, k e);
      CREATE VIEW vd AS SELECT id, k FROM d;
      CREATE VIEW vdid AS SELECT id FROM d;
      DROP TYPE e CASCADE;
      CREATE SCHEMA s;
      CREATE TABLE s.t (id int);
      CREATE VIEW vs AS SELECT id FROM s.t;
      DROP SCHEMA s CASCADE;
      """;

  @Override
  String ddl() {
    return DDL;
  }

  @Override
  SchemaLoader loader() {
    return new SchemaLoader(new AnalyzerViewColumns());
  }

  /** Views that use nothing that was dropped: kept, with PostgreSQL's columns. */
  static final List<String> KEPT =
      List.of("SELECT id, y FROM vy", "SELECT id FROM vdid", "SELECT id FROM c");

  /** Dropped along, by PostgreSQL and here. */
  static final Map<String, ProblemCode> DROPPED =
      Map.of(
          "SELECT id FROM va", ProblemCode.UNKNOWN_TABLE,
          "SELECT id FROM vva", ProblemCode.UNKNOWN_TABLE,
          "SELECT id FROM vwhere", ProblemCode.UNKNOWN_TABLE,
          "SELECT id FROM vb", ProblemCode.UNKNOWN_TABLE,
          "SELECT n FROM mb", ProblemCode.UNKNOWN_TABLE,
          "SELECT id FROM vvc", ProblemCode.UNKNOWN_TABLE,
          "SELECT id FROM vd", ProblemCode.UNKNOWN_TABLE,
          "SELECT id FROM vs", ProblemCode.UNKNOWN_TABLE);

  @Test
  void viewsThatUseNothingDropped_areKept() throws SQLException {
    assertEquals(List.of(), PostgresDescribes.differences(catalog, connection, KEPT));
  }

  @Test
  void viewsThatUseWhatWasDropped_goWithIt() {
    assertEquals(List.of(), PostgresDescribes.invalidDisagreements(catalog, connection, DROPPED));
  }

  /**
   * Without CASCADE, PostgreSQL refuses to drop what a view it keeps uses, and drops nothing of the
   * statement: the load reports it on its line and drops nothing either. Dropping the view in the
   * same statement is allowed.
   */
  @Test
  void aDropWithoutCascade_thatAViewDependsOn_isRefused_asInPostgres() throws Exception {
    String base =
        """
        CREATE TABLE t (id int, x int);
        CREATE VIEW tv AS SELECT id, x FROM t;
        CREATE VIEW tvv AS SELECT id FROM tv;
        CREATE TABLE u (id int);
        """;
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute(base);
      for (String refused : List.of("DROP TABLE t", "DROP VIEW tv", "DROP TABLE u, t")) {
        String error = null;
        try {
          s.execute(refused);
        } catch (SQLException e) {
          error = e.getMessage();
        }
        assertEquals(true, error != null && error.contains("depend"), refused + ": " + error);
      }
      s.execute("DROP VIEW tvv, tv"); // accepted: the dependent view goes in the same statement
    }
    SchemaLoadResult r =
        loader()
            .load(
                List.of(
                    new SchemaSource(
                        "d.sql", base + "DROP TABLE u, t;\nDROP VIEW tv;\nDROP VIEW tvv, tv;\n")));
    List<String> reported = new ArrayList<>();
    r.diagnostics().forEach(d -> reported.add(d.location().line() + " " + d.message()));
    assertEquals(
        List.of(
            "5 PostgreSQL refuses DROP TABLE t: view \"tv\" depends on it (add CASCADE to drop the"
                + " view too). It changes nothing, here as there",
            "6 PostgreSQL refuses DROP VIEW tv: view \"tvv\" depends on it (add CASCADE to drop the"
                + " view too). It changes nothing, here as there"),
        reported);
    // the refused statements dropped nothing, not even u; the last one dropped both views
    assertTrue(r.catalog().find(null, "u").isPresent());
    assertTrue(r.catalog().find(null, "t").isPresent());
    assertTrue(r.catalog().find(null, "tv").isEmpty());
    assertTrue(r.catalog().find(null, "tvv").isEmpty());
  }

  /**
   * An ALTER TABLE that drops, without CASCADE, a column a view uses, or changes such a column's
   * type at all, is refused whole by PostgreSQL: reported here on its line, and nothing of it is
   * applied (the other action of the statement neither).
   */
  @Test
  void alteringAColumnAViewUses_isRefused_asInPostgres() throws Exception {
    String base =
        """
        CREATE TABLE w (id int, x int, y int);
        CREATE VIEW wx AS SELECT id FROM w WHERE x > 0;
        """;
    List<String> refused =
        List.of(
            "ALTER TABLE w DROP COLUMN x",
            "ALTER TABLE w ADD COLUMN z int, ALTER COLUMN x TYPE bigint",
            "ALTER TABLE w ALTER COLUMN x SET DATA TYPE numeric");
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute(base);
      for (String statement : refused) {
        String error = null;
        try {
          s.execute(statement);
        } catch (SQLException e) {
          error = e.getMessage();
        }
        assertEquals(
            true,
            error != null && (error.contains("depend") || error.contains("used by a view")),
            statement + ": " + error);
      }
    }
    SchemaLoadResult r =
        loader()
            .load(List.of(new SchemaSource("w.sql", base + String.join(";\n", refused) + ";\n")));
    List<String> reported = new ArrayList<>();
    r.diagnostics().forEach(d -> reported.add(d.location().line() + " " + d.message()));
    String uses = "view \"wx\" uses the column (drop the view first, and create it again)";
    assertEquals(
        List.of(
            "3 PostgreSQL refuses ALTER TABLE w DROP COLUMN x: view \"wx\" depends on it (add"
                + " CASCADE to drop the view too). It changes nothing, here as there",
            "4 PostgreSQL refuses ALTER TABLE w ALTER COLUMN x TYPE: "
                + uses
                + ". It changes nothing, here as there",
            "5 PostgreSQL refuses ALTER TABLE w ALTER COLUMN x TYPE: "
                + uses
                + ". It changes nothing, here as there"),
        reported);
    assertEquals(
        List.of("id integer", "x integer", "y integer"),
        r.catalog().find(null, "w").orElseThrow().columns().stream()
            .map(c -> c.name() + " " + c.type())
            .toList());
    assertTrue(r.catalog().find(null, "wx").isPresent());
  }

  @Test
  void aDroppedViewsHistory_saysWhereItWent() {
    var problems = new QueryAnalyzer(catalog).analyze("SELECT id FROM vva").problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("table \"vva\" was dropped at s.sql:8", problems.get(0).note());
  }
}
