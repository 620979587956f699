package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.testing.PostgresPlaceholders;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code (value).field} on a composite type the schema defines, on an array element of one, and on
 * a table's row type: sqlcheck gives the field PostgreSQL's type, refuses a field the type does not
 * have as PostgreSQL does when it prepares the query, and names a field of a value whose type it
 * does not know in its not-fully-checked warning (before, any field passed in silence).
 */
class CompositeFieldsAgreeWithPostgresTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return """
        CREATE TYPE address AS (street text, city text, zip int);
        CREATE TYPE labelled AS (label varchar(20), at address);
        CREATE TABLE people (id bigint PRIMARY KEY, home address, name text, addrs address[],
          tag labelled);
        CREATE TABLE owners (id bigint PRIMARY KEY, p people);
        ALTER TYPE address ADD ATTRIBUTE country text;
        """;
  }

  private static final List<String> VALID =
      List.of(
          "SELECT (home).city AS c, (home).zip AS z FROM people",
          "SELECT (people.home).street AS s FROM people",
          "SELECT (p.home).country AS c FROM people p",
          "SELECT (addrs[1]).city AS c FROM people",
          "SELECT ((tag).at).zip AS z, (tag).label AS l FROM people",
          "SELECT (p).name AS n, (p).home AS h FROM owners",
          "SELECT id FROM people WHERE (home).zip = :z",
          "SELECT id FROM people WHERE (home).city ILIKE :c ORDER BY (home).zip");

  private static final List<String> INVALID =
      List.of(
          "SELECT (home).cty AS c FROM people",
          "SELECT ((tag).at).zipcode AS z FROM people",
          "SELECT (p).nme AS n FROM owners",
          "SELECT id FROM people WHERE (home).country_code = :c");

  @Test
  void fieldsTakePostgresTypes_andUnknownFieldsAreRefusedByBoth() throws SQLException {
    List<String> failures = new ArrayList<>();
    for (String sql : VALID) {
      QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
      if (!a.problems().isEmpty()) {
        failures.add(sql + " -> " + a.problems());
        continue;
      }
      List<String> ours = new ArrayList<>();
      a.resultColumns().forEach(r -> ours.add(r.label() + ":" + pgName(r)));
      List<String> theirs = new ArrayList<>();
      try (PreparedStatement ps =
          connection.prepareStatement(PostgresPlaceholders.positional(sql).replace("$1", "?"))) {
        ResultSetMetaData md = ps.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          theirs.add(md.getColumnLabel(i) + ":" + md.getColumnTypeName(i).replace("\"", ""));
        }
      }
      if (!ours.equals(theirs)) {
        failures.add(sql + "\n   ours:   " + ours + "\n   theirs: " + theirs);
      }
    }
    for (String sql : INVALID) {
      QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
      boolean ours =
          a.problems().stream()
              .anyMatch(
                  p -> p.code() == ProblemCode.UNKNOWN_COLUMN && p.severity() == Severity.ERROR);
      String theirs = null;
      try (PreparedStatement ps =
          connection.prepareStatement(PostgresPlaceholders.positional(sql).replace("$1", "?"))) {
        ps.getMetaData();
      } catch (SQLException e) {
        theirs = e.getMessage();
      }
      if (!ours || theirs == null || !theirs.contains("not found in data type")) {
        failures.add(sql + "\n   ours:   " + a.problems() + "\n   theirs: " + theirs);
      }
    }
    assertEquals("", String.join("\n", failures));
  }

  @Test
  void aFieldOfAValueOfUnknownType_isNamedInTheWarning() {
    // an anonymous record's fields are not modelled (PostgreSQL: could not identify column "id")
    QueryAnalysis a =
        new QueryAnalyzer(catalog).analyze("SELECT (v).id AS n FROM (SELECT ROW(1) AS v) s");
    assertEquals(1, a.problems().size(), a.problems().toString());
    assertEquals(ProblemCode.NOT_FULLY_CHECKED, a.problems().get(0).code());
  }

  @Test
  void aFieldOfAWholeRow_isItsColumn() {
    QueryAnalysis a = new QueryAnalyzer(catalog).analyze("SELECT (x).id AS n FROM people x");
    assertEquals(List.of(), a.problems());
    assertEquals("bigint", a.resultColumns().get(0).type().name());
    assertEquals(false, a.resultColumns().get(0).nullable());
  }

  private static String pgName(ResultColumn r) {
    return ResultColumnsAgreeWithPostgresTest.pgName(r.type());
  }
}
