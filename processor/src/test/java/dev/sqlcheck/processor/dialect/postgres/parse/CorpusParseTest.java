package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every query of the project's corpora parses with the default grammar: the hand-written corpus
 * query files, sqlc's example queries (parameters rewritten to {@code :name}), and the
 * {@code @Query} strings of the acceptance library and the sample application. All of them are
 * valid SQL (the corpus tests PREPARE them on PostgreSQL), so none may get a syntax error. Also
 * times parsing them, warm.
 */
class CorpusParseTest {
  private static final Pattern HEADER = Pattern.compile("(?m)^--\\s*name:\\s*(\\S+).*$");
  private static final Pattern SQLC_FUNC =
      Pattern.compile("sqlc\\.(?:arg|narg|slice)\\s*\\(\\s*'?([A-Za-z_][A-Za-z0-9_]*)'?\\s*\\)");
  private static final Pattern AT_PARAM = Pattern.compile("(?<![A-Za-z0-9_@])@([A-Za-z_]\\w*)");
  private static final Pattern QUERY_TEXT_BLOCK =
      Pattern.compile("@Query\\(\\s*\"\"\"\\s*\\n(.*?)\"\"\"\\s*\\)", Pattern.DOTALL);
  private static final Pattern QUERY_STRING =
      Pattern.compile("@Query\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)\\)");
  private static final Pattern STRING_PART = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Queries that are invalid on purpose, with the error PostgreSQL 15 gives them. */
  private static final Map<String, String> KNOWN_INVALID =
      Map.of("SELECT id FORM books", "syntax error at or near \"books\"");

  static Path root() {
    return Path.of(System.getProperty("sqlcheck.root", "..")).toAbsolutePath().normalize();
  }

  /** Every corpus query by a readable name. */
  static Map<String, String> corpusQueries() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Path resources = root().resolve("processor/src/test/resources/corpus-queries");
    try (Stream<Path> files = Files.list(resources)) {
      for (Path f : files.sorted().toList()) {
        if (!f.getFileName().toString().contains("schema")) {
          split(f, Files.readString(f, StandardCharsets.UTF_8), out, false);
        }
      }
    }
    try (Stream<Path> files = Files.list(root().resolve("src/test/corpus/sqlc-examples"))) {
      for (Path f : files.sorted().toList()) {
        if (f.getFileName().toString().contains("__query")) {
          split(f, Files.readString(f, StandardCharsets.UTF_8), out, true);
        }
      }
    }
    for (String dir : List.of("src/test/acceptance/library", "sample-app/src/main/java")) {
      try (Stream<Path> files = Files.walk(root().resolve(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          annotationQueries(f, Files.readString(f, StandardCharsets.UTF_8), out);
        }
      }
    }
    return out;
  }

  private static void split(Path file, String text, Map<String, String> out, boolean sqlc) {
    Matcher m = HEADER.matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.end()});
      names.add(m.group(1));
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? text.lastIndexOf("--", spans.get(i + 1)[0] - 1) : -1;
      String body = text.substring(spans.get(i)[0], end < spans.get(i)[0] ? text.length() : end);
      if (sqlc) {
        body = AT_PARAM.matcher(SQLC_FUNC.matcher(body).replaceAll(":$1")).replaceAll(":$1");
      }
      out.put(file.getFileName() + "/" + names.get(i), body.strip());
    }
  }

  private static void annotationQueries(Path file, String text, Map<String, String> out) {
    Matcher tb = QUERY_TEXT_BLOCK.matcher(text);
    int n = 0;
    while (tb.find()) {
      out.put(file.getFileName() + "#" + n++, tb.group(1).replace("\\n", "\n"));
    }
    Matcher qs = QUERY_STRING.matcher(text);
    while (qs.find()) {
      StringBuilder sql = new StringBuilder();
      Matcher part = STRING_PART.matcher(qs.group(1));
      while (part.find()) {
        sql.append(part.group(1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\"));
      }
      out.put(file.getFileName() + "#" + n++, sql.toString());
    }
  }

  @Test
  void everyCorpusQuery_parsesWithoutError() throws IOException {
    Map<String, String> queries = corpusQueries();
    List<String> failures = new ArrayList<>();
    int invalid = 0;
    for (Map.Entry<String, String> q : queries.entrySet()) {
      PgParseResult r = PgParser.parse(q.getValue());
      String expected = KNOWN_INVALID.get(q.getValue());
      if (expected != null) {
        invalid++;
        assertEquals(expected, r.ok() ? "parsed" : r.error().message(), q.getKey());
      } else if (!r.ok()) {
        failures.add(q.getKey() + ": " + r.error() + "\n    " + q.getValue());
      }
    }
    System.out.println(
        "corpus: "
            + queries.size()
            + " queries ("
            + invalid
            + " invalid on"
            + " purpose), "
            + (queries.size() - invalid - failures.size())
            + " valid ones parse with the default grammar");
    failures.forEach(f -> System.out.println("  FAILED " + f));
    assertTrue(queries.size() > 200, "too few corpus queries found: " + queries.size());
    assertEquals(List.of(), failures);
  }

  @Test
  void corpusQueries_parseFastWhenWarm() throws IOException {
    List<String> sql = new ArrayList<>(corpusQueries().values());
    for (int i = 0; i < 200; i++) {
      for (String s : sql) {
        PgParser.parse(s);
      }
    }
    int rounds = 500;
    long t0 = System.nanoTime();
    long chars = 0;
    for (int i = 0; i < rounds; i++) {
      for (String s : sql) {
        chars += PgParser.parse(s).statements().size();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "speed: %d queries in %.2f s warm: %.0f queries/s (%d statements)%n",
        rounds * sql.size(), secs, rounds * sql.size() / secs, chars);
  }
}
