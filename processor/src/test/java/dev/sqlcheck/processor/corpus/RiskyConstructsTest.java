package dev.sqlcheck.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Valid SQL built around constructs that are easy to get wrong when resolving names: keywords as
 * column names ({@code year}, {@code settings}, {@code value}...), special-syntax functions ({@code
 * EXTRACT}, {@code OVERLAY}, {@code xmlelement(name ...)}), table functions, VALUES lists, system
 * catalogs and columns, locking clauses and more (see {@code corpus-queries/risky.sql}), and a
 * migration-style schema's ALTER TABLE forms ({@code migrations.sql}). Each must PREPARE on
 * PostgreSQL and get no analyser ERROR.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskyConstructsTest {
  private static final String SCHEMA = resource("risky-schema.sql");
  private final Catalog catalog = catalog("risky-schema.sql", SCHEMA);

  /** Query file name to its schema file name. */
  private static final Map<String, String> FILES =
      Map.of(
          "risky.sql", "risky-schema.sql",
          "migrations.sql", "migrations-schema.sql");

  private final Map<String, CorpusDatabase> databases = new HashMap<>();
  private final List<String> notFullyChecked = new ArrayList<>();

  @TestFactory
  Stream<DynamicContainer> riskyQueries_preparedByPostgres_noAnalyserError() {
    return FILES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            f -> {
              String schema = resource(f.getValue());
              Catalog c = catalog(f.getValue(), schema);
              List<NamedQuery> queries = CorpusSql.split(resource(f.getKey()));
              return DynamicContainer.dynamicContainer(
                  f.getKey(),
                  queries.stream()
                      .map(
                          q ->
                              DynamicTest.dynamicTest(
                                  q.name(), () -> check(f.getValue(), schema, c, q))));
            });
  }

  private void check(String schemaName, String schema, Catalog c, NamedQuery q)
      throws SQLException {
    QueryAnalysis a = new QueryAnalyzer(c).analyze(q.sql());
    if (a.problems().stream().anyMatch(p -> p.code() == ProblemCode.NOT_FULLY_CHECKED)) {
      notFullyChecked.add(q.name() + ": " + a.problems());
    }
    assertNull(
        database(schemaName, schema).prepare(q.sql()), () -> "PostgreSQL rejected " + q.name());
    assertEquals(List.of(), errors(a), () -> "false error on " + q.name() + ": " + q.sql());
  }

  @Test
  void crlfLineEnds_noError_exactParameterOffsets() {
    String sql = "SELECT id\r\nFROM events\r\nWHERE id = :id";
    QueryAnalysis a = new QueryAnalyzer(catalog).analyze(sql);
    assertEquals(List.of(), a.problems());
    assertEquals(sql.indexOf(":id"), a.parameters().get(0).start());
  }

  @Test
  void trailingSemicolon_noError() {
    QueryAnalysis a = new QueryAnalyzer(catalog).analyze("SELECT id FROM events WHERE id = :id;");
    assertEquals(List.of(), errors(a));
  }

  @Test
  void trailingSemicolonAndComment_noError() {
    QueryAnalysis a = new QueryAnalyzer(catalog).analyze("SELECT id FROM events; -- done\n");
    assertEquals(List.of(), errors(a));
  }

  private static List<Problem> errors(QueryAnalysis a) {
    return a.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  private static Catalog catalog(String name, String schema) {
    return new SchemaLoader(new AnalyzerViewColumns())
        .load(List.of(new SchemaSource(name, schema)))
        .catalog();
  }

  private CorpusDatabase database(String name, String schema) throws SQLException {
    CorpusDatabase db = databases.get(name);
    if (db == null) {
      db = CorpusDatabase.load("corpus_risky", List.of(schema));
      databases.put(name, db);
    }
    return db;
  }

  @AfterAll
  void dropDatabasesAndPrintStats() throws SQLException {
    for (CorpusDatabase db : databases.values()) {
      db.close();
    }
    System.out.println(
        "risky constructs: "
            + notFullyChecked.size()
            + " queries not fully checked (warning only):");
    notFullyChecked.forEach(n -> System.out.println("  " + n));
  }

  private static String resource(String name) {
    try (InputStream in =
        RiskyConstructsTest.class.getResourceAsStream("/corpus-queries/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
