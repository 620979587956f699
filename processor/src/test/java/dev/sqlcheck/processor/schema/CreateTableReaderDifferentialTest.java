package dev.sqlcheck.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Relation;
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
 * Loads every schema the project has, and generated ones, twice: with CREATE TABLE read from tokens
 * ({@link CreateTableReader}) and with the parser only. The catalogs must be equal, relation by
 * relation and column by column. Where the parser lost a table (a warning, the relation unknown),
 * the token reader may know it: that is the only difference allowed, and it is listed.
 */
class CreateTableReaderDifferentialTest {

  /** Every schema file in the repository: the corpus, the sample app, the test resources. */
  static Map<String, List<SchemaSource>> schemaFiles() throws IOException {
    Map<String, List<SchemaSource>> files = new TreeMap<>(SchemaCorpusTest.cases());
    Path root = SchemaCorpusTest.corpus().getParent().getParent().getParent();
    for (String extra :
        List.of(
            "src/test/acceptance/library/schema.sql", "sample-app/src/main/resources/schema.sql")) {
      files.put(extra, SchemaLoader.read(root.resolve(extra)));
    }
    Path resources = root.resolve("processor/src/test/resources");
    try (Stream<Path> walk = Files.walk(resources)) {
      for (Path f : walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        files.put(root.relativize(f).toString(), SchemaLoader.read(f));
      }
    }
    return files;
  }

  static SchemaLoadResult load(List<SchemaSource> sources, boolean fromTokens) {
    return new SchemaLoader(ViewColumnResolver.NONE, fromTokens).load(sources);
  }

  static Map<String, Relation> relations(Catalog catalog) {
    Map<String, Relation> out = new TreeMap<>();
    catalog.relations().forEach(r -> out.put(r.schema() + "." + r.name(), r));
    return out;
  }

  /** How many CREATE TABLE statements the token reader read, and how many it left to the parser. */
  record Counts(int read, int leftToParser) {}

  static Counts count(List<SchemaSource> sources) {
    int read = 0;
    int left = 0;
    for (SchemaSource source : sources) {
      for (ScriptStatement s : StatementSplitter.split(source.text())) {
        if (StatementClassifier.classify(s.text()) == DdlKind.CREATE_TABLE) {
          if (CreateTableReader.read(s.text()) != null) {
            read++;
          } else {
            left++;
          }
        }
      }
    }
    return new Counts(read, left);
  }

  /** The CREATE TABLE statements the token reader leaves to the parser. */
  static List<String> leftToParser(List<SchemaSource> sources) {
    List<String> left = new ArrayList<>();
    for (SchemaSource source : sources) {
      for (ScriptStatement s : StatementSplitter.split(source.text())) {
        if (StatementClassifier.classify(s.text()) == DdlKind.CREATE_TABLE
            && CreateTableReader.read(s.text()) == null) {
          left.add(s.text());
        }
      }
    }
    return left;
  }

  /**
   * Asserts that both loads agree, except for relations the parser lost; returns the names of
   * those, which the token reader knows.
   */
  static List<String> assertSameCatalog(String what, List<SchemaSource> sources) {
    SchemaLoadResult parser = load(sources, false);
    SchemaLoadResult tokens = load(sources, true);
    Map<String, Relation> expected = relations(parser.catalog());
    Map<String, Relation> actual = relations(tokens.catalog());
    List<String> recovered = new ArrayList<>();
    List<String> different = new ArrayList<>();
    for (Map.Entry<String, Relation> e : actual.entrySet()) {
      Relation before = expected.get(e.getKey());
      String name = e.getValue().name();
      if (before == null && parser.catalog().mayExist(e.getValue().schema(), name)) {
        recovered.add(e.getKey());
      } else if (!e.getValue().equals(before)) {
        different.add("parser: " + before + "\n tokens: " + e.getValue());
      }
    }
    assertEquals(List.of(), different, what + ": relations differ");
    for (String key : expected.keySet()) {
      assertTrue(actual.containsKey(key), what + ": token reader lost " + key);
    }
    if (recovered.isEmpty()) {
      assertEquals(parser.diagnostics(), tokens.diagnostics(), what + ": diagnostics");
      assertEquals(parser.stats(), tokens.stats(), what + ": stats");
    }
    return recovered;
  }

  @Test
  void everySchemaFile_givesTheSameCatalogWithAndWithoutTheTokenReader() throws IOException {
    StringBuilder report = new StringBuilder();
    report.append(String.format("%-58s %5s %7s%n", "file", "read", "parser"));
    int read = 0;
    int left = 0;
    for (Map.Entry<String, List<SchemaSource>> e : schemaFiles().entrySet()) {
      List<String> recovered = assertSameCatalog(e.getKey(), e.getValue());
      Counts c = count(e.getValue());
      read += c.read();
      left += c.leftToParser();
      report.append(String.format("%-58s %5d %7d", e.getKey(), c.read(), c.leftToParser()));
      report.append(recovered.isEmpty() ? "" : "  recovered: " + recovered).append('\n');
      for (String statement : leftToParser(e.getValue())) {
        String head = statement.replaceAll("\\s+", " ");
        report.append("    left: ").append(head, 0, Math.min(100, head.length())).append('\n');
      }
    }
    report.append(String.format("%-58s %5d %7d%n", "total", read, left));
    System.out.println(report);
    assertTrue(read > 4 * left, "the token reader should read most tables:\n" + report);
  }

  @Test
  void syntheticPgDump_givesTheSameCatalogAndIsReadWholly() {
    List<SchemaSource> dump = List.of(new SchemaSource("dump.sql", SyntheticSchemas.pgDump(300)));
    assertEquals(List.of(), assertSameCatalog("synthetic pg_dump", dump));
    assertEquals(new Counts(300, 0), count(dump));
    SchemaLoadResult r = load(dump, true);
    assertEquals(List.of(), r.diagnostics());
    assertEquals(300, r.catalog().relations().size() - SyntheticSchemas.VIEWS_PER_300);
  }

  @Test
  void everyColumnShape_givesTheSameColumnAsTheParser() {
    List<SchemaSource> shapes =
        List.of(new SchemaSource("shapes.sql", SyntheticSchemas.columnShapes()));
    List<String> recovered = assertSameCatalog("column shapes", shapes);
    Counts c = count(shapes);
    System.out.println(
        "column shapes: read "
            + c.read()
            + ", left to the parser "
            + c.leftToParser()
            + ", lost by the parser but read from tokens "
            + recovered.size());
    SchemaLoadResult parser = load(shapes, false);
    long lost =
        parser.diagnostics().stream()
            .filter(d -> d.code() == ProblemCode.SCHEMA_STATEMENT_NOT_PARSED)
            .count();
    assertTrue(c.read() > 10 * lost, "too few shapes compared: " + c + ", parser lost " + lost);
  }

  @Test
  void tableShapes_giveTheSameCatalogAsTheParser() {
    List<SchemaSource> shapes =
        List.of(new SchemaSource("tables.sql", SyntheticSchemas.tableShapes()));
    List<String> recovered = assertSameCatalog("table shapes", shapes);
    System.out.println("table shapes: " + count(shapes) + ", recovered " + recovered);
    System.out.println("left to the parser:\n  " + String.join("\n  ", leftToParser(shapes)));
  }
}
