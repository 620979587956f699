package dev.sqlcheck.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated implementation of a representative repository, compared with the golden file {@code
 * golden/BookRepositoryImpl.java.txt}. Run with {@code -Dsqlcheck.updateGolden=true} to rewrite the
 * golden file after an intended change, then review the diff.
 */
class GoldenFileTest {
  private static final String GOLDEN = "golden/BookRepositoryImpl.java.txt";

  static Result compile(Tool tool) {
    return new CompileHarness()
        .schema(resource("golden/schema.sql"))
        .source("com.example.library.BookRepository", resource("golden/BookRepository.java"))
        .option("-Xlint:all,-processing")
        .compile(tool);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void representativeRepository_matchesGoldenFile(Tool tool) throws IOException {
    Result r = compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    String generated = r.generatedSources().get("BookRepositoryImpl.java");
    assertWithMessage("%s", r).that(generated).isNotNull();
    if (Boolean.getBoolean("sqlcheck.updateGolden")) {
      Path root = Paths.get(System.getProperty("sqlcheck.root", "."));
      Path file = root.resolve("processor/src/test/resources").resolve(GOLDEN);
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      return; // the copy on the class path is stale until the next build
    }
    assertThat(generated).isEqualTo(resource(GOLDEN));
  }

  @Test
  void compilingTwice_givesByteIdenticalOutput() {
    String first = compile(Tool.JAVAC).generatedSources().get("BookRepositoryImpl.java");
    String second = compile(Tool.JAVAC).generatedSources().get("BookRepositoryImpl.java");
    String ecj = compile(Tool.ECJ).generatedSources().get("BookRepositoryImpl.java");
    assertThat(first).isNotNull();
    assertThat(second).isEqualTo(first);
    assertThat(ecj).isEqualTo(first);
  }

  static String resource(String name) {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
