package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.schema.SchemaLoader;
import dev.sqlcheck.processor.schema.ScriptStatement;
import dev.sqlcheck.processor.schema.StatementSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How long splitting and parsing the corpus schema files takes, next to today's {@link
 * SchemaLoader} on the same files in the same run (the loader also builds its catalog; the parser
 * only parses). It prints the best of several warm runs per file and asserts only a generous bound,
 * so that a pathological slowdown (runaway backtracking) fails while a busy machine does not. Cold
 * times belong to a fresh JVM; {@code -Dsqlcheck.speed.rounds=N} changes the rounds.
 */
class SchemaParseSpeedTest {
  private static final List<String> FILES =
      List.of(
          "chinook-Chinook_PostgreSql.sql",
          "pgdump-chinook-with-data.sql",
          "pagila-schema.sql",
          "pagila-schema-2024.sql");

  @Test
  void corpusSchemas_parseCheaplyNextToSchemaLoader() throws IOException {
    int rounds = Integer.getInteger("sqlcheck.speed.rounds", 10);
    Path dir = SchemaFileParseTest.root().resolve("src/test/corpus/postgresql");
    for (String name : FILES) {
      Path path = dir.resolve(name);
      String text = Files.readString(path);
      long parse = Long.MAX_VALUE;
      long load = Long.MAX_VALUE;
      int statements = 0;
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        statements = parseAll(text);
        parse = Math.min(parse, System.nanoTime() - t0);
        t0 = System.nanoTime();
        new SchemaLoader().load(SchemaLoader.read(path));
        load = Math.min(load, System.nanoTime() - t0);
      }
      System.out.printf(
          "speed: %-32s %7d bytes %4d statements: split+parse %7.2f ms (%,.0f statements/s),"
              + " SchemaLoader %7.2f ms, ratio %.2f%n",
          name,
          text.length(),
          statements,
          parse / 1e6,
          statements / (parse / 1e9),
          load / 1e6,
          (double) parse / load);
      assertTrue(parse < 2_000_000_000L, name + " took " + parse / 1e6 + " ms to parse");
    }
  }

  private static int parseAll(String text) {
    int n = 0;
    for (ScriptStatement st : StatementSplitter.split(text)) {
      PgParseResult r = PgParser.parse(st.text());
      assertTrue(r.ok(), () -> r.error().toString());
      n++;
    }
    return n;
  }
}
