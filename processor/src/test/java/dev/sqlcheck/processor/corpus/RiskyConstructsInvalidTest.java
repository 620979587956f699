package dev.sqlcheck.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The other side of the false-error fixes: invalid SQL next to the constructs that are now let
 * through (ORDER BY output names, VALUES in joins, WITH ORDINALITY, normalize forms) is still
 * reported with the right code, and PostgreSQL rejects it too.
 */
class RiskyConstructsInvalidTest {
  static final Map<String, ProblemCode> INVALID = new LinkedHashMap<>();

  static {
    INVALID.put(
        "SELECT e.id FROM events e JOIN owners o ON o.id = e.owner_id ORDER BY id + 1",
        ProblemCode.AMBIGUOUS_COLUMN);
    INVALID.put(
        "SELECT e.id FROM events e JOIN owners o ON o.id = e.owner_id GROUP BY id",
        ProblemCode.AMBIGUOUS_COLUMN);
    INVALID.put("SELECT e.id FROM events e ORDER BY nope", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT normalize(nme, NFC) FROM events", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT * FROM generate_series(1, 2) WITH ORDINALITY UNION SELECT 1",
        ProblemCode.SET_OPERATION_ARITY);
    INVALID.put(
        "INSERT INTO jobs (id, state, attempts)"
            + " SELECT * FROM unnest(ARRAY[1]) WITH ORDINALITY",
        ProblemCode.INSERT_ARITY);
    INVALID.put(
        "SELECT u.tag, u.nope FROM events e, unnest(e.tags) WITH ORDINALITY AS u(tag, i)",
        ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT x.nope FROM events e JOIN (VALUES (1)) AS x(a) ON true",
        ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT v.b FROM events e, (VALUES (1, 2)) AS v(a) WHERE e.id = v.a",
        ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT id FROM events ORDER BY id USING", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELECT id FROM events WHERE", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELECT id FORM events", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELECT * FORM events", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELECT id FROM info WHER id = 1", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELEC id FROM info", ProblemCode.SYNTAX_ERROR);
    INVALID.put("SELECT nme FROM events WHERE name = E'it\\'s'", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put("SELECT output FROM info", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "SELECT s.n FROM owners o, (SELECT e.name AS n FROM events e"
            + " WHERE e.owner_id = o.id) s",
        ProblemCode.UNKNOWN_QUALIFIER);
    INVALID.put(
        "SELECT s.n FROM owners o JOIN (SELECT o.name AS n) s ON true",
        ProblemCode.UNKNOWN_QUALIFIER);
    INVALID.put(
        "SELECT s.m FROM owners o, (SELECT mood AS m FROM jobs) s", ProblemCode.UNKNOWN_COLUMN);
    INVALID.put(
        "UPDATE events e SET comment = s.name FROM (SELECT name FROM owners"
            + " WHERE owners.id = e.owner_id) s",
        ProblemCode.UNKNOWN_QUALIFIER);
  }

  @Test
  void invalidQueries_rejectedByAnalyserAndPostgres() throws SQLException, IOException {
    String schema;
    try (InputStream in = getClass().getResourceAsStream("/corpus-queries/risky-schema.sql")) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Catalog catalog =
        new SchemaLoader(new AnalyzerViewColumns())
            .load(List.of(new SchemaSource("risky-schema.sql", schema)))
            .catalog();
    List<String> failures = new ArrayList<>();
    try (CorpusDatabase db = CorpusDatabase.load("corpus_invalid", List.of(schema))) {
      for (Map.Entry<String, ProblemCode> e : INVALID.entrySet()) {
        QueryAnalysis a = new QueryAnalyzer(catalog).analyze(e.getKey());
        if (a.problems().stream().noneMatch(p -> p.code() == e.getValue())) {
          failures.add(
              "expected " + e.getValue() + " for " + e.getKey() + " but got " + a.problems());
        }
        if (db.prepare(e.getKey()) == null) {
          failures.add("PostgreSQL accepted " + e.getKey());
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
