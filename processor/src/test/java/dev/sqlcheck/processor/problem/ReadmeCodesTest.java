package dev.sqlcheck.processor.problem;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of problem codes is the users' reference: it must list every code. */
class ReadmeCodesTest {

  @Test
  void readme_documentsEveryProblemCode() throws Exception {
    Path readme = Path.of(System.getProperty("sqlcheck.root", "..")).resolve("README.md");
    String text = Files.readString(readme);
    for (ProblemCode code : ProblemCode.values()) {
      assertWithMessage("README.md must document %s (%s)", code.code(), code.title())
          .that(text)
          .contains("| `" + code.code() + "` |");
    }
  }
}
