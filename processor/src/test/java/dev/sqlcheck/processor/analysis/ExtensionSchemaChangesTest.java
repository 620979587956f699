package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an extension's routines are after the schema moves, renames or drops things: {@code ALTER
 * EXTENSION … SET SCHEMA}, {@code ALTER SCHEMA … RENAME}, {@code DROP SCHEMA … CASCADE} and {@code
 * DROP EXTENSION}. A call PostgreSQL no longer finds is never passed in silence; one it finds is
 * never an error. PostgreSQL prepares each query in a database the same schema made.
 */
class ExtensionSchemaChangesTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE SCHEMA ext;
        CREATE EXTENSION fuzzystrmatch;
        ALTER EXTENSION fuzzystrmatch SET SCHEMA ext;
        CREATE SCHEMA tools;
        CREATE EXTENSION pg_trgm SCHEMA tools;
        DROP SCHEMA tools CASCADE;
        CREATE EXTENSION "uuid-ossp";
        DROP EXTENSION "uuid-ossp";
        CREATE SCHEMA crypto;
        CREATE EXTENSION pgcrypto SCHEMA crypto;
        ALTER SCHEMA crypto RENAME TO vault;
        CREATE SCHEMA helpers;
        CREATE EXTENSION unaccent SCHEMA helpers;
        ALTER EXTENSION unaccent SET SCHEMA public;
        CREATE TABLE people (id int PRIMARY KEY, name text NOT NULL);
        """;
  }

  /** PostgreSQL refuses each: the routine is no longer on the search path, or gone. */
  private static final List<String> GONE =
      List.of(
          "SELECT levenshtein(name, :q) AS d FROM people",
          "SELECT similarity(name, :q) AS s FROM people",
          "SELECT uuid_generate_v4() AS u",
          "SELECT gen_salt('bf') AS s");

  @Test
  void routinesNoLongerOnThePath_areNeverPassedInSilence() {
    List<String> failures = new ArrayList<>();
    for (String sql : GONE) {
      String pg = PostgresDescribes.prepareError(connection, sql);
      var problems = new QueryAnalyzer(catalog).analyze(sql).problems();
      if (pg == null || problems.isEmpty()) {
        failures.add(sql + " -> PostgreSQL: " + pg + "; sqlcheck: " + problems);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void anExtensionMovedOntoThePath_isChecked() throws SQLException {
    assertEquals(
        "",
        String.join(
            "\n",
            PostgresDescribes.differences(
                catalog, connection, List.of("SELECT unaccent(name) AS u FROM people"))));
    assertEquals(
        List.of(),
        PostgresDescribes.invalidDisagreements(
            catalog,
            connection,
            java.util.Map.of(
                "SELECT unaccent(id) AS u FROM people",
                dev.sqlcheck.processor.problem.ProblemCode.TYPE_MISMATCH)));
  }

  @Test
  void dropSchemaWithoutCascade_isRefusedWhileAnExtensionLivesThere() throws SQLException {
    String ddl = "CREATE SCHEMA x;\nCREATE EXTENSION pg_trgm SCHEMA x;\nDROP SCHEMA x;\n";
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE SCHEMA x; CREATE EXTENSION pg_trgm SCHEMA x");
      String error = null;
      try {
        s.execute("DROP SCHEMA x");
      } catch (SQLException e) {
        error = e.getMessage();
      }
      assertEquals(true, error != null && error.contains("extension pg_trgm depends"), error);
      s.execute("DROP SCHEMA x CASCADE");
    }
    SchemaLoadResult r = new SchemaLoader().load(List.of(new SchemaSource("s.sql", ddl)));
    List<String> reported = new ArrayList<>();
    r.diagnostics().forEach(d -> reported.add(d.location().line() + " " + d.message()));
    assertEquals(
        List.of(
            "3 PostgreSQL refuses DROP SCHEMA x: extension \"pg_trgm\" depends on schema \"x\""
                + " (add CASCADE to drop it too). It changes nothing, here as there"),
        reported);
    assertEquals(List.of("pg_trgm"), r.catalog().routines().extensions());
  }
}
