package dev.sqlcheck.processor.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One folder of the root acceptance corpus ({@code src/test/acceptance/NAME}): a schema, Java
 * sources, the diagnostics the sources expect ({@code // expect: error SQLCHECK-201 "emial"}) and
 * the SQL of every {@code @Query}, with the line it starts on.
 */
record AcceptanceCase(
    String name,
    Path schema,
    Map<String, String> sources,
    List<Expectation> expectations,
    List<QuerySite> queries) {

  private static final Pattern EXPECT =
      Pattern.compile("^\\s*// expect: (error|warning) (SQLCHECK-\\d{3})\\s*(.*)$");

  /** A diagnostic a source line must receive. */
  record Expectation(String file, int line, String kind, String code, String fragment) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + kind + " " + code + " " + fragment;
    }
  }

  /** The SQL of one {@code @Query}, and the file and line its annotation is on. */
  record QuerySite(String file, int line, String sql) {}

  static List<AcceptanceCase> loadAll(Path root) {
    try (Stream<Path> dirs = Files.list(root)) {
      List<AcceptanceCase> cases = new ArrayList<>();
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        cases.add(load(dir));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AcceptanceCase load(Path dir) throws IOException {
    Path schema =
        Files.isDirectory(dir.resolve("schema"))
            ? dir.resolve("schema")
            : dir.resolve("schema.sql");
    Map<String, String> sources = new LinkedHashMap<>();
    List<Expectation> expectations = new ArrayList<>();
    List<QuerySite> queries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(file);
        String qualified =
            dir.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
        sources.put(qualified, text);
        String fileName = file.getFileName().toString();
        readExpectations(fileName, text, expectations);
        queries.addAll(JavaQueryExtractor.extract(fileName, text));
      }
    }
    return new AcceptanceCase(dir.getFileName().toString(), schema, sources, expectations, queries);
  }

  private static void readExpectations(String file, String text, List<Expectation> out) {
    String[] lines = text.split("\n", -1);
    List<Matcher> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i]);
      if (m.matches()) {
        pending.add(m);
        continue;
      }
      for (Matcher p : pending) {
        out.add(new Expectation(file, i + 1, p.group(1), p.group(2), p.group(3).trim()));
      }
      pending.clear();
    }
  }

  List<Expectation> expectationsAt(String file, int line) {
    return expectations.stream().filter(e -> e.file().equals(file) && e.line() == line).toList();
  }
}
