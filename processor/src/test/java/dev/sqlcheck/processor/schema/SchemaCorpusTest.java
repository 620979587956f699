package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.problem.ProblemCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Loads every public PostgreSQL schema in the shared corpus and checks that no relation is lost and
 * that the relation counts are what PostgreSQL itself creates from the same files.
 */
class SchemaCorpusTest {
  /** Tables, views and materialized views per corpus file, as counted in PostgreSQL 15. */
  static final Map<String, Integer> EXPECTED_RELATIONS =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("chinook-Chinook_PostgreSql.sql", 11),
              Map.entry("pagila-schema-2024.sql", 30),
              // PostgreSQL 15 rejects this PostgreSQL 18 + pgvector dump; 71 CREATE TABLE and
              // 8 CREATE [MATERIALIZED] VIEW statements, none dropped later.
              Map.entry("pagila-schema.sql", 79),
              Map.entry("petclinic-postgres-data.sql", 0),
              Map.entry("petclinic-postgres-schema.sql", 7),
              Map.entry("pgdump-chinook-with-data.sql", 11),
              Map.entry("authors__postgresql__schema.sql", 1),
              Map.entry("batch__postgresql__schema.sql", 2),
              Map.entry("booktest__postgresql__schema.sql", 2),
              Map.entry("jets__postgresql__schema.sql", 4),
              Map.entry("ondeck", 2)));

  static Path corpus() {
    Path root = Path.of(System.getProperty("sqlcheck.root", "."));
    Path corpus = root.resolve("src/test/corpus").normalize();
    assertTrue(Files.isDirectory(corpus), "corpus folder " + corpus + " is missing");
    return corpus;
  }

  /** Every corpus case: a display name and its sources in load order. */
  static Map<String, List<SchemaSource>> cases() throws IOException {
    Path corpus = corpus();
    Map<String, List<SchemaSource>> cases = new TreeMap<>();
    try (Stream<Path> files = Files.list(corpus.resolve("postgresql"))) {
      for (Path f : files.toList()) {
        cases.put(f.getFileName().toString(), SchemaLoader.read(f));
      }
    }
    List<SchemaSource> ondeck = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus.resolve("sqlc-examples"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("ondeck__postgresql__schema")) {
          ondeck.addAll(SchemaLoader.read(f));
        } else if (name.contains("postgresql__schema")) {
          cases.put(name, SchemaLoader.read(f));
        }
      }
    }
    cases.put("ondeck", ondeck);
    return cases;
  }

  @Test
  void everyCorpusFile_loadsWithoutLosingRelations() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%-34s %6s %6s %6s %6s %5s %5s%n",
            "file", "stmts", "parsed", "skip", "failed", "rels", "warn"));
    for (Map.Entry<String, List<SchemaSource>> e : cases().entrySet()) {
      SchemaLoadResult r = new SchemaLoader().load(e.getValue());
      SchemaLoadResult.Stats s = r.stats();
      table.append(
          String.format(
              "%-34s %6d %6d %6d %6d %5d %5d%n",
              e.getKey(),
              s.statements(),
              s.parsed(),
              s.skipped(),
              s.failed(),
              r.catalog().relations().size(),
              r.diagnostics().size()));
      r.diagnostics().forEach(d -> table.append("    ").append(d).append('\n'));
      assertTrue(
          r.diagnostics().stream()
              .noneMatch(d -> d.code() == ProblemCode.SCHEMA_STATEMENT_NOT_PARSED),
          e.getKey() + " lost statements: " + r.diagnostics());
      assertEquals(0, r.stats().failed(), e.getKey());
      assertEquals(
          EXPECTED_RELATIONS.get(e.getKey()),
          r.catalog().relations().size(),
          e.getKey() + " relations");
    }
    System.out.println(table);
  }

  @Test
  void ondeckMigrations_replayRenameAddAndDrop() throws IOException {
    List<SchemaSource> sources = cases().get("ondeck");
    assertEquals(3, sources.size());
    Catalog catalog = new SchemaLoader().load(sources).catalog();
    Relation venue = catalog.find(null, "venue").orElseThrow();
    assertEquals(SqlType.enumOf("status"), venue.column("status").orElseThrow().type());
    assertTrue(venue.column("created_at").orElseThrow().notNull());
    assertTrue(venue.column("dropped").isEmpty());
    assertEquals(
        "ondeck__postgresql__schema__0003_add_column.sql",
        catalog.columnHistory(venue, "dropped").orElseThrow().at().file());
    assertEquals("venue", catalog.relationHistory(null, "venues").orElseThrow().newName());
  }

  @Test
  void pgDump_relationsPointAtTheirCreateLine() throws IOException {
    List<SchemaSource> sources = cases().get("pagila-schema-2024.sql");
    String text = sources.get(0).text();
    Catalog catalog = new SchemaLoader().load(sources).catalog();
    for (String name : List.of("actor", "payment_p2022_07", "rental", "film_list")) {
      Relation r = catalog.find("public", name).orElseThrow();
      int offset = text.indexOf(" public." + name + " ");
      int expectedLine = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
      assertEquals(new SourceLocation("pagila-schema-2024.sql", expectedLine), r.definedAt(), name);
    }
  }
}
