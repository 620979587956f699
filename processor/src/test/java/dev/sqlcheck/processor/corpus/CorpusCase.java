package dev.sqlcheck.processor.corpus;

import dev.sqlcheck.processor.corpus.CorpusSql.NamedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One PostgreSQL corpus schema (its files in load order) with the valid queries written against it:
 * sqlc's own example queries (parameters converted), or the hand-written files in {@code
 * src/test/resources/corpus-queries/}.
 */
record CorpusCase(String name, List<Path> schemaFiles, List<NamedQuery> queries) {

  /** The public-schema corpus kept in the repository, {@code src/test/corpus}. */
  static Path corpusRoot() {
    Path root = Path.of(System.getProperty("sqlcheck.root", "."));
    Path corpus = root.resolve("src/test/corpus").normalize();
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException(
          "corpus folder "
              + corpus
              + " is missing; run the tests"
              + " from the project (the sqlcheck.root system property names its root folder)");
    }
    return corpus;
  }

  /** Every case, sqlc examples first. */
  static List<CorpusCase> all(Path corpus) {
    Path sqlc = corpus.resolve("sqlc-examples");
    Path pg = corpus.resolve("postgresql");
    List<CorpusCase> cases = new ArrayList<>();
    for (String example : List.of("authors", "booktest", "jets", "ondeck", "batch")) {
      cases.add(
          new CorpusCase(
              "sqlc-" + example,
              files(sqlc, example + "__postgresql__schema"),
              sqlcQueries(files(sqlc, example + "__postgresql__query"))));
    }
    cases.add(
        new CorpusCase(
            "pagila", List.of(pg.resolve("pagila-schema-2024.sql")), resourceQueries("pagila")));
    cases.add(
        new CorpusCase(
            "chinook",
            List.of(pg.resolve("chinook-Chinook_PostgreSql.sql")),
            resourceQueries("chinook")));
    cases.add(
        new CorpusCase(
            "petclinic",
            List.of(pg.resolve("petclinic-postgres-schema.sql")),
            resourceQueries("petclinic")));
    return cases;
  }

  /** Files of the folder whose names start with the prefix, sorted (migration order). */
  private static List<Path> files(Path folder, String prefix) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<NamedQuery> sqlcQueries(List<Path> files) {
    List<NamedQuery> out = new ArrayList<>();
    for (Path f : files) {
      for (NamedQuery q : CorpusSql.split(read(f))) {
        out.add(new NamedQuery(q.name(), CorpusSql.fromSqlc(q.sql())));
      }
    }
    return out;
  }

  static List<NamedQuery> resourceQueries(String name) {
    String path = "/corpus-queries/" + name + ".sql";
    try (InputStream in = CorpusCase.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return CorpusSql.split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
