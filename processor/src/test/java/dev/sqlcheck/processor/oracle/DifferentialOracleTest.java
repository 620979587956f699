package dev.sqlcheck.processor.oracle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.analysis.AnalyzerViewColumns;
import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.schema.SchemaLoadResult;
import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.SchemaSource;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The differential oracle: generated queries and mutants of them, judged by PostgreSQL 15 and
 * compared with sqlcheck's verdicts and result types. No expected verdict is written down anywhere;
 * PostgreSQL decides every case.
 *
 * <p>Run it alone with {@code SQLCHECK_TEST_POSTGRES_URL=... mvn -q -pl processor -am test
 * -Dtest='dev.sqlcheck.processor.oracle.**' -Dsurefire.failIfNoSpecifiedTests=false}; see {@link
 * OracleConfig} for {@code -Dsqlcheck.oracle.queries}, {@code .seed}, {@code .enforce}, {@code
 * .focus} and {@code .index}. It prints a summary and writes the disagreements to {@code
 * processor/target/oracle/}.
 *
 * <p>It asserts that the harness works (enough distinct queries, PostgreSQL accepts the generated
 * ones and rejects the mutants, every family and mutation occurs) and sqlcheck's targets; {@code
 * -Dsqlcheck.oracle.enforce=false} only reports the targets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialOracleTest {
  /** Generated queries PostgreSQL must accept, so that generation is not wasted. */
  private static final double MIN_GENERATED_ACCEPTED = 0.97;

  /** Mutants PostgreSQL must reject, so that mutation is not wasted. */
  private static final double MIN_MUTANTS_REJECTED = 0.90;

  private String url;
  private Connection connection;
  private SchemaModel model;
  private SchemaLoadResult loaded;

  @BeforeAll
  void createSchema() throws SQLException {
    url = TestDatabases.freshPostgresDatabase("oracle");
    connection = DriverManager.getConnection(url);
    try (Statement s = connection.createStatement()) {
      s.execute(OracleSchema.DDL);
    }
    model = SchemaModel.read(connection);
    loaded =
        new SchemaLoader(new AnalyzerViewColumns())
            .load(List.of(new SchemaSource("oracle-schema.sql", OracleSchema.DDL)));
  }

  @AfterAll
  void dropDatabase() throws SQLException {
    if (connection != null) {
      connection.close();
    }
    if (url != null) {
      String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
      try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + name);
      }
    }
  }

  @Test
  void fixedSeed_postgresJudgesAndSummaryIsWritten() throws Exception {
    OracleConfig config = OracleConfig.fromSystemProperties();
    if (config.index() != null) {
      reproduce(config);
      return;
    }
    long start = System.nanoTime();
    List<OracleCase> cases =
        CaseGenerator.generate(model, config.seed(), config.queries(), config.focus());
    long generation = System.nanoTime() - start;
    List<Judgement> judgements;
    String timing;
    try (PostgresJudge judge = new PostgresJudge(connection);
        OracleRun run = new OracleRun(judge, loaded.catalog())) {
      judgements = run.judgeAll(cases);
      timing =
          String.format(
              Locale.ROOT,
              "time: generation %.1f s, PostgreSQL %.1f s"
                  + " (%.0f us per query), sqlcheck %.1f s; schema loader diagnostics: %s",
              generation / 1e9,
              run.postgresNanos() / 1e9,
              run.postgresNanos() / 1e3 / cases.size(),
              run.analysisNanos() / 1e9,
              loaded.diagnostics());
    }
    OracleReport report = new OracleReport(config, judgements, timing);
    String summary = report.summary();
    System.out.println(summary);
    report.write(Path.of("target", "oracle"), summary);
    harnessWorks(config, cases, judgements);
    if (config.enforce()) {
      targetsMet(report.tally());
    }
  }

  private void harnessWorks(OracleConfig config, List<OracleCase> cases, List<Judgement> all) {
    List<Judgement> generated = all.stream().filter(j -> !j.oracleCase().mutant()).toList();
    List<Judgement> mutants = all.stream().filter(j -> j.oracleCase().mutant()).toList();
    double accepted =
        OracleTally.rate(
            // a NOT NULL violation (23502) comes from running an INSERT PREPARE accepted
            OracleTally.count(
                generated, j -> j.pg().accepted() || "23502".equals(j.pg().sqlState())),
            generated.size());
    double rejected =
        OracleTally.rate(OracleTally.count(mutants, j -> !j.pg().accepted()), mutants.size());
    assertAll(
        "oracle harness",
        () -> assertEquals(config.queries(), cases.size(), "distinct queries generated"),
        () ->
            assertEquals(
                cases.size(),
                new HashSet<>(cases.stream().map(OracleCase::sql).toList()).size(),
                "queries are distinct"),
        () -> assertEquals(cases.size(), all.size(), "every query judged"),
        () ->
            assertTrue(
                accepted >= MIN_GENERATED_ACCEPTED,
                "PostgreSQL accepted only " + accepted + " of the generated queries"),
        () ->
            assertTrue(
                rejected >= MIN_MUTANTS_REJECTED,
                "PostgreSQL rejected only " + rejected + " of the mutants"),
        () -> {
          if (config.isDefaultRun()) {
            everyFamilyAndMutationOccurs(all);
          }
        });
  }

  /** Each family is used by accepted queries, and each mutation is applied, often enough. */
  private static void everyFamilyAndMutationOccurs(List<Judgement> all) {
    Map<Feature, Integer> families = new EnumMap<>(Feature.class);
    Map<Mutation, Integer> mutations = new EnumMap<>(Mutation.class);
    for (Judgement j : all) {
      if (j.pg().accepted()) {
        j.oracleCase().features().forEach(f -> families.merge(f, 1, Integer::sum));
      }
      if (j.oracleCase().mutant()) {
        mutations.merge(j.oracleCase().mutation(), 1, Integer::sum);
      }
    }
    for (Feature f : Feature.values()) {
      assertTrue(
          families.getOrDefault(f, 0) >= 100,
          "family " + f + " in only " + families.getOrDefault(f, 0) + " accepted queries");
    }
    for (Mutation m : Mutation.values()) {
      assertTrue(
          mutations.getOrDefault(m, 0) >= 10,
          "mutation " + m + " applied only " + mutations.getOrDefault(m, 0) + " times");
    }
  }

  private static void targetsMet(OracleTally t) {
    assertAll(
        "sqlcheck targets (details in processor/target/oracle/)",
        () -> assertEquals(0, t.falseErrors(), "false errors: see false-errors.txt"),
        () -> assertEquals(0, t.silentPasses(), "silent passes: see silent-passes.txt"),
        () ->
            assertTrue(
                t.caughtRate() >= 0.995,
                "name/arity errors caught as errors: "
                    + t.nameArityCaught
                    + " of "
                    + t.nameArity
                    + " (see warned-instead.txt)"),
        () ->
            assertTrue(
                t.typeAgreement() >= 0.995,
                "result types agree: "
                    + t.typesAgree()
                    + " of "
                    + t.typesCompared()
                    + " (see type-disagreements.txt)"));
  }

  /** Regenerates, judges and prints the query and mutant of one index. */
  private void reproduce(OracleConfig config) throws SQLException {
    Catalog catalog = loaded.catalog();
    try (PostgresJudge judge = new PostgresJudge(connection);
        OracleRun run = new OracleRun(judge, catalog)) {
      for (OracleCase c : CaseGenerator.one(model, config.seed(), config.index(), config.focus())) {
        System.out.println(OracleReport.entry(run.judgeOne(c)));
      }
    }
  }

  @Test
  void sameSeed_sameQueries() {
    List<OracleCase> first = CaseGenerator.generate(model, 7, 300, null);
    List<OracleCase> second = CaseGenerator.generate(model, 7, 300, null);
    assertEquals(first, second);
    OracleCase sample =
        first.stream().filter(c -> c.index() == 41 && !c.mutant()).findFirst().orElseThrow();
    assertEquals(
        sample.sql(),
        CaseGenerator.one(model, 7, 41, null).get(0).sql(),
        "one index regenerates alone");
  }
}
