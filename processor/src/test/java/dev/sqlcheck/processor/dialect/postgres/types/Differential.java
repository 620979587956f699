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
  /** One construct asked of both sides; {@code columns} compares every result column. */
  record Case(String sql, Supplier<Answer> mine, boolean columns) {
    Case(String sql, Supplier<Answer> mine) {
      this(sql, mine, false);
    }
  }

  private final String category;
  private final PgOracle oracle;
  private final List<String> disagreements = new ArrayList<>();
  private int total;
  private int sameType;
  private int sameError;
  private int bothErrorOtherMessage;
  private int missedErrors;
  private int exceptions;
  private int falseErrors;

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
    Answer pg = c.columns() ? oracle.columns(c.sql()) : oracle.ask(c.sql());
    Answer mine;
    try {
      mine = c.mine().get();
    } catch (RuntimeException e) {
      exceptions++;
      mine = Answer.error("sqlcheck threw " + e, null);
    }
    if (!pg.isError() && !mine.isError() && pg.type().equals(mine.type())) {
      sameType++;
    } else if (pg.isError() && mine.isError() && pg.error().equals(mine.error())) {
      sameError++;
    } else {
      if (pg.isError() && mine.isError()) {
        bothErrorOtherMessage++;
      } else if (pg.isError()) {
        missedErrors++;
      } else if (mine.isError()) {
        falseErrors++;
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
        "%s: %d cases, %d same type, %d same error; disagreements: %d both errors with other"
            + " text, %d errors sqlcheck misses, %d errors only sqlcheck reports, %d other types;"
            + " agreement %.2f%%",
        category,
        total,
        sameType,
        sameError,
        bothErrorOtherMessage,
        missedErrors,
        falseErrors,
        disagreements.size() - bothErrorOtherMessage - missedErrors - falseErrors,
        100 * agreement());
  }

  /**
   * For literal input, where sqlcheck deliberately accepts what it cannot judge: fails on any error
   * that PostgreSQL does not raise, and below {@code minimum} agreement.
   */
  void finishLenient(double minimum) {
    assertWithMessage("%s\nerrors PostgreSQL does not raise must never happen", summary())
        .that(falseErrors)
        .isEqualTo(0);
    finish(minimum);
  }

  /** Writes the report and fails on any exception or below {@code minimum} agreement. */
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
    assertWithMessage("%s\nsqlcheck must answer, never throw", summary)
        .that(exceptions)
        .isEqualTo(0);
    assertWithMessage(
            "%s\nfirst disagreements:\n%s",
            summary,
            String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size()))))
        .that(agreement())
        .isAtLeast(minimum);
  }
}
