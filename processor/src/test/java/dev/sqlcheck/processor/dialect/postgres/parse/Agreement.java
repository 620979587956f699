package dev.sqlcheck.processor.dialect.postgres.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts how our parser's verdicts agree with PostgreSQL's: syntax error or not, and for syntax
 * errors the same position (when PostgreSQL gives one: errors raised after its grammar often do
 * not). Collects the disagreements for printing.
 */
final class Agreement {
  int cases;
  int agreed;
  int syntaxErrors;
  int exactPosition;
  int noPosition;
  final List<String> disagreements = new ArrayList<>();
  final List<String> positionMismatches = new ArrayList<>();

  /** Records one case; returns whether the verdicts agree. */
  boolean record(String sql, PgOracle.Verdict pg, PgParseResult ours) {
    cases++;
    boolean oursSyntax = !ours.ok() && ours.error().isSyntaxError();
    boolean agree = pg.syntaxError() == oursSyntax;
    if (agree) {
      agreed++;
      if (pg.syntaxError() && pg.position() < 0) {
        noPosition++; // raised after the grammar without a position: nothing to compare
      } else if (pg.syntaxError()) {
        syntaxErrors++;
        if (pg.position() == ours.error().position()) {
          exactPosition++;
        } else if (positionMismatches.size() < 400) {
          positionMismatches.add(
              "POSITION "
                  + sql
                  + "\n      pg: "
                  + pg.message()
                  + " @"
                  + pg.position()
                  + "\n      us: "
                  + ours.error().message()
                  + " @"
                  + ours.error().position());
        }
      }
    } else if (disagreements.size() < 400) {
      disagreements.add(
          (pg.syntaxError() ? "PG-SYNTAX " : "US-SYNTAX ")
              + sql
              + "\n      pg: "
              + (pg.accepted()
                  ? "accepted"
                  : pg.sqlState() + " " + pg.message() + " @" + pg.position())
              + "\n      us: "
              + (ours.ok() ? "parsed" : ours.error().toString()));
    }
    return agree;
  }

  double rate() {
    return cases == 0 ? 1 : (double) agreed / cases;
  }

  String summary(String name) {
    return String.format(
        "%s: %d cases, %d agree (%.3f%%); PostgreSQL syntax errors %d, same "
            + "position %d (%.1f%%)%s",
        name,
        cases,
        agreed,
        100.0 * rate(),
        syntaxErrors,
        exactPosition,
        syntaxErrors == 0 ? 100.0 : 100.0 * exactPosition / syntaxErrors,
        noPosition == 0 ? "" : "; " + noPosition + " more without a position from PostgreSQL");
  }
}
