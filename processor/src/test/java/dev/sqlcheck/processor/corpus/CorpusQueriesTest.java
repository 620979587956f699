package dev.sqlcheck.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.analysis.QueryAnalysis;
import dev.sqlcheck.processor.analysis.QueryAnalyzer;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.corpus.CorpusSql.NamedQuery;
import dev.sqlcheck.processor.problem.Problem;
import dev.sqlcheck.processor.problem.ProblemCode;
import dev.sqlcheck.processor.problem.Severity;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Valid queries against the real corpus schemas: sqlc's example queries and hand-written ones for
 * Pagila, Chinook and PetClinic. Each must PREPARE on PostgreSQL (so it really is valid) and must
 * get no ERROR from the analyser (never a false error). NOT_FULLY_CHECKED warnings are counted and
 * printed, not failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusQueriesTest {
  /** Per corpus case: queries, accepted by PostgreSQL, with analyser errors, not fully checked. */
  private final Map<String, int[]> stats = new LinkedHashMap<>();

  private final Map<String, CorpusDatabase> databases = new LinkedHashMap<>();
  private final Map<String, Catalog> catalogs = new LinkedHashMap<>();
  private final List<String> falseErrors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  @TestFactory
  Stream<DynamicContainer> corpusQueries_preparedByPostgres_noAnalyserError() {
    Path corpus = CorpusCase.corpusRoot();
    return CorpusCase.all(corpus).stream()
        .map(
            c ->
                DynamicContainer.dynamicContainer(
                    c.name(),
                    c.queries().stream()
                        .map(q -> DynamicTest.dynamicTest(q.name(), () -> check(c, q)))));
  }

  @Test
  void handWrittenFiles_holdEnoughQueries() {
    for (String name : List.of("pagila", "chinook", "petclinic")) {
      List<NamedQuery> queries = CorpusCase.resourceQueries(name);
      assertTrue(queries.size() >= 25, name + " has " + queries.size() + " queries");
      assertEquals(
          queries.size(),
          queries.stream().map(NamedQuery::name).distinct().count(),
          name + " query names are unique");
    }
  }

  private void check(CorpusCase c, NamedQuery q) throws SQLException {
    int[] s = stats.computeIfAbsent(c.name(), k -> new int[4]);
    s[0]++;
    QueryAnalysis analysis = new QueryAnalyzer(catalog(c)).analyze(q.sql());
    List<Problem> errors =
        analysis.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    if (analysis.problems().stream().anyMatch(p -> p.code() == ProblemCode.NOT_FULLY_CHECKED)) {
      s[3]++;
      warnings.add(c.name() + "/" + q.name() + ": " + analysis.problems());
    }
    if (!errors.isEmpty()) {
      s[2]++;
      falseErrors.add(c.name() + "/" + q.name() + ": " + errors + "\n    " + q.sql());
    }
    String pgError = database(c).prepare(q.sql());
    if (pgError == null) {
      s[1]++;
    }
    assertNull(pgError, () -> "PostgreSQL rejected " + q.name() + ": " + q.sql());
    assertEquals(List.of(), errors, () -> "false error on " + q.name() + ": " + q.sql());
  }

  private Catalog catalog(CorpusCase c) {
    return catalogs.computeIfAbsent(
        c.name(),
        k -> {
          List<SchemaSource> sources = new ArrayList<>();
          for (Path f : c.schemaFiles()) {
            sources.add(new SchemaSource(f.getFileName().toString(), CorpusCase.read(f)));
          }
          return new SchemaLoader(new AnalyzerViewColumns()).load(sources).catalog();
        });
  }

  private CorpusDatabase database(CorpusCase c) throws SQLException {
    CorpusDatabase db = databases.get(c.name());
    if (db == null) {
      List<String> scripts = c.schemaFiles().stream().map(CorpusCase::read).toList();
      db = CorpusDatabase.load("corpus_" + c.name(), scripts);
      databases.put(c.name(), db);
    }
    return db;
  }

  @AfterAll
  void dropDatabasesAndPrintStats() throws SQLException {
    for (CorpusDatabase db : databases.values()) {
      db.close();
    }
    StringBuilder out =
        new StringBuilder(
            "corpus queries (queries / PG-accepted / analyser" + " errors / NOT_FULLY_CHECKED):\n");
    int[] total = new int[4];
    stats.forEach(
        (name, s) -> {
          out.append(String.format("  %-16s %4d %4d %4d %4d%n", name, s[0], s[1], s[2], s[3]));
          for (int i = 0; i < 4; i++) {
            total[i] += s[i];
          }
        });
    out.append(
        String.format(
            "  %-16s %4d %4d %4d %4d%n", "total", total[0], total[1], total[2], total[3]));
    warnings.forEach(w -> out.append("  NOT FULLY CHECKED ").append(w).append('\n'));
    falseErrors.forEach(f -> out.append("  FALSE ERROR ").append(f).append('\n'));
    System.out.print(out);
  }
}
