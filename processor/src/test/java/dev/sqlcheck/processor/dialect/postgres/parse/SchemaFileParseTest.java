package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.schema.ScriptStatement;
import dev.sqlcheck.processor.schema.StatementSplitter;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.UnsupportedStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every statement of every schema file in the repository, cut by {@link StatementSplitter}, parses
 * with the default grammar: the corpus dumps and schemas, the sqlc example schemas, the
 * test-resource schemas, the acceptance library's, the benchmark's and the sample application's.
 * Counts how many are modelled and how many only recognised and skipped. The MySQL schemas kept as
 * negative examples must each yield errors.
 */
class SchemaFileParseTest {
  static Path root() {
    return Path.of(System.getProperty("sqlcheck.root", "..")).toAbsolutePath().normalize();
  }

  /** The PostgreSQL schema files of the repository, by path relative to its root. */
  static List<Path> schemaFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    Path r = root();
    try (Stream<Path> files = Files.list(r.resolve("src/test/corpus/postgresql"))) {
      out.addAll(files.sorted().toList());
    }
    try (Stream<Path> files = Files.list(r.resolve("src/test/corpus/sqlc-examples"))) {
      out.addAll(
          files.filter(f -> f.getFileName().toString().contains("__schema")).sorted().toList());
    }
    try (Stream<Path> files = Files.walk(r.resolve("processor/src/test/resources"))) {
      out.addAll(
          files
              .filter(f -> f.getFileName().toString().endsWith("schema.sql"))
              .filter(f -> !f.toString().contains("not-postgresql"))
              .sorted()
              .toList());
    }
    out.add(r.resolve("src/test/acceptance/library/schema.sql"));
    out.add(r.resolve("sample-app/src/main/resources/schema.sql"));
    out.add(r.resolve("benchmarks/src/main/resources/bench-schema.sql"));
    return out;
  }

  /** The outcome of parsing one file's statements. */
  record Counts(int statements, int modelled, int skipped, List<String> errors) {}

  static Counts parseFile(Path file, Map<String, Integer> skippedKinds) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int modelled = 0;
    int skipped = 0;
    List<String> errors = new ArrayList<>();
    List<ScriptStatement> statements = StatementSplitter.split(text);
    for (ScriptStatement st : statements) {
      PgParseResult r = PgParser.parse(st.text());
      if (!r.ok()) {
        errors.add(
            file.getFileName()
                + ":"
                + st.line()
                + ": "
                + r.error()
                + "\n    "
                + st.text().substring(0, Math.min(200, st.text().length())));
        continue;
      }
      for (Statement s : r.statements()) {
        if (s instanceof UnsupportedStatement u) {
          skipped++;
          skippedKinds.merge(u.kind(), 1, Integer::sum);
        } else {
          modelled++;
        }
      }
    }
    return new Counts(statements.size(), modelled, skipped, errors);
  }

  @Test
  void everyStatementOfEverySchemaFile_parses() throws IOException {
    Map<String, Integer> skippedKinds = new TreeMap<>();
    int statements = 0;
    int modelled = 0;
    int skipped = 0;
    List<String> errors = new ArrayList<>();
    for (Path f : schemaFiles()) {
      Counts c = parseFile(f, skippedKinds);
      System.out.printf(
          "schema files: %-55s %5d statements, %5d modelled, %3d skipped, %d errors%n",
          root().relativize(f), c.statements(), c.modelled(), c.skipped(), c.errors().size());
      statements += c.statements();
      modelled += c.modelled();
      skipped += c.skipped();
      errors.addAll(c.errors());
    }
    System.out.printf(
        "schema files: total %d statements, %d modelled, %d skipped %s, %d errors%n",
        statements, modelled, skipped, skippedKinds, errors.size());
    errors.forEach(e -> System.out.println("  " + e));
    assertTrue(statements > 900, "too few statements: " + statements);
    assertEquals(List.of(), errors);
  }

  @Test
  void mysqlSchemas_yieldErrors() throws IOException {
    Path dir = root().resolve("processor/src/test/resources/not-postgresql");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      Counts c = parseFile(f, new TreeMap<>());
      System.out.printf(
          "not PostgreSQL: %-40s %4d statements, %4d errors, first: %s%n",
          f.getFileName(),
          c.statements(),
          c.errors().size(),
          c.errors().isEmpty() ? "-" : c.errors().get(0).lines().findFirst().orElse(""));
      assertFalse(c.errors().isEmpty(), f + " parsed without an error");
    }
  }
}
