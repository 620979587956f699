package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs differential cases of one category: each case is a SQL statement for PostgreSQL and
 * sqlcheck's answer for the same construct. A case agrees when both give the same type, or both
 * fail with the same message; both failing with different messages is counted apart. The
 * disagreements go to {@code target/types-differential/<category>.txt} and the summary to stdout.
 */
final class Differential {
  /** One construct asked of both sides. */
  record Case(String sql, Supplier<Answer> mine) {}

  private final String category;
  private final PgOracle oracle;
  private final List<String> disagreements = new ArrayList<>();
  private int total;
  private int sameType;
  private int sameError;
  private int bothErrorOtherMessage;

  Differential(String category, PgOracle oracle) {
    this.category = category;
    this.oracle = oracle;
  }

  void run(List<Case> cases) {
    for (Case c : cases) {
      check(c);
    }
  }

  private void check(Case c) {
    total++;
    Answer pg = oracle.ask(c.sql());
    Answer mine;
    try {
      mine = c.mine().get();
    } catch (RuntimeException e) {
      mine = Answer.error("sqlcheck threw " + e, null);
    }
    if (!pg.isError() && !mine.isError() && pg.type().equals(mine.type())) {
      sameType++;
    } else if (pg.isError() && mine.isError() && pg.error().equals(mine.error())) {
      sameError++;
    } else {
      if (pg.isError() && mine.isError()) {
        bothErrorOtherMessage++;
      }
      disagreements.add(c.sql() + "\n    postgres: " + pg + "\n    sqlcheck: " + mine);
    }
  }

  double agreement() {
    return total == 0 ? 1 : (sameType + sameError) / (double) total;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "%s: %d cases, %d same type, %d same error, %d both errors with other text,"
            + " %d other disagreements; agreement %.2f%%",
        category,
        total,
        sameType,
        sameError,
        bothErrorOtherMessage,
        disagreements.size() - bothErrorOtherMessage,
        100 * agreement());
  }

  /** Writes the report and fails below {@code minimum} agreement. */
  void finish(double minimum) {
    String summary = summary();
    System.out.println(summary);
    Path dir = Path.of("target", "types-differential");
    try {
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve(category + ".txt"),
          summary + "\n\n" + String.join("\n", disagreements) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertWithMessage(
            "%s\nfirst disagreements:\n%s",
            summary,
            String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size()))))
        .that(agreement())
        .isAtLeast(minimum);
  }
}
