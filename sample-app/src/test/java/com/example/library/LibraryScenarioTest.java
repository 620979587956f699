package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the sample's scenario through the generated repositories on H2 and on PostgreSQL. */
class LibraryScenarioTest {

  @Test
  void embeddedH2_runsScenario() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LibraryScenario.Summary summary = Main.run(null, print(printed));

    assertExpected(summary);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("sqlcheck sample app: a library on H2"), text);
    assertTrue(text.contains("publisher upsert kept one row"), text);
    assertTrue(text.contains("empty IN-list 0 rows"), text);
    assertTrue(text.contains("unknown ISBN -> Optional.empty"), text);
    assertTrue(text.trim().endsWith("done."), text);
  }

  @Test
  void postgres_runsScenarioWithReturningAndUpserts_sameResultsAsH2() throws Exception {
    String url = PostgresForTests.freshDatabase("sqlcheck_sample_app");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LibraryScenario.Summary onPostgres = Main.run(url, print(printed));

    assertExpected(onPostgres);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("sqlcheck sample app: a library on PostgreSQL"), text);
    assertTrue(text.contains("sqlcheck: all 40 queries (4 repositories) match PostgreSQL"), text);
    assertEquals(
        withoutValue(Main.run(null, print(new ByteArrayOutputStream()))), withoutValue(onPostgres));
  }

  @Test
  void postgres_secondRun_recreatesSchema() throws Exception {
    String url = PostgresForTests.freshDatabase("sqlcheck_sample_rerun");
    Main.run(url, print(new ByteArrayOutputStream()));
    assertExpected(Main.run(url, print(new ByteArrayOutputStream())));
  }

  private static void assertExpected(LibraryScenario.Summary s) {
    assertEquals(5, s.books());
    assertEquals(3, s.members());
    assertEquals(
        List.of("The Left Hand of Darkness", "Small Gods", "Small Gods"), s.overdueTitles());
    assertEquals(1, s.lost());
    assertEquals(List.of("Small Gods", "Guards! Guards!"), s.mostLent());
    assertEquals(
        List.of(
            "Terry Pratchett: 2 books, 2 reviews, best 5",
            "Ursula K. Le Guin: 2 books, 1 reviews, best 5",
            "Octavia E. Butler: 1 books, 0 reviews, best -"),
        s.authorStats());
    assertEquals(
        0, new BigDecimal("50.47").compareTo(s.catalogValue()), s.catalogValue().toString());
  }

  /** The summary with the sum left out, since databases may differ in its scale. */
  private static LibraryScenario.Summary withoutValue(LibraryScenario.Summary s) {
    return new LibraryScenario.Summary(
        s.books(), s.members(), s.overdueTitles(), s.lost(), s.mostLent(), s.authorStats(), null);
  }

  private static PrintStream print(ByteArrayOutputStream to) {
    return new PrintStream(to, true, StandardCharsets.UTF_8);
  }
}
