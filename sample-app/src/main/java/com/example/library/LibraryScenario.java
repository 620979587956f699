package com.example.library;

import com.example.library.db.Database;
import com.example.library.repo.CatalogRepository.Book;
import com.example.library.repo.LoanRepository.NewLoan;
import com.example.library.repo.LoanRepository.OpenLoan;
import com.example.library.repo.ReportRepository.AuthorStats;
import com.example.library.repo.ReportRepository.PopularBook;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short day at the library: stock the catalog, enrol members, lend and return books, then run the
 * reports. Dates are fixed, so every run on every database prints the same story, which the tests
 * compare.
 */
public final class LibraryScenario {
  /** The scenario's "today". */
  static final LocalDate TODAY = LocalDate.of(2024, 9, 2);

  /** What the scenario found, for tests to compare across databases. */
  public record Summary(
      long books,
      long members,
      List<String> overdueTitles,
      int lost,
      List<String> mostLent,
      List<String> authorStats,
      BigDecimal catalogValue) {}

  private final Library lib;
  private final PrintStream out;
  private long leGuin;
  private long pratchett;
  private long[] bookIds;

  public LibraryScenario(Database db, PrintStream out) {
    this.lib = new Library(db);
    this.out = out;
  }

  /** Runs every step and returns what it saw. */
  public Summary run() {
    stockCatalog();
    long[] memberIds = enrolMembers();
    lendBooks(memberIds);
    reviewBooks(memberIds);
    return report(memberIds);
  }

  private void stockCatalog() {
    leGuin = lib.addAuthor("Ursula K. Le Guin", 1929);
    pratchett = lib.addAuthor("Terry Pratchett", 1948);
    long butler = lib.addAuthor("Octavia E. Butler", null);
    long gollancz = lib.upsertPublisher("Gollancz", null);
    long again = lib.upsertPublisher("Gollancz", "GB");
    long ace = lib.upsertPublisher("Ace Books", "US");
    out.printf(
        "catalog: 3 authors; publisher upsert kept one row (id %d = %d), set country %s%n",
        gollancz, again, lib.catalog.findPublisher("Gollancz").orElseThrow().country());
    bookIds =
        new long[] {
          lib.addBook("978-0441478125", "The Left Hand of Darkness", leGuin, ace, 1969, "9.99"),
          lib.addBook("978-0060512750", "The Dispossessed", leGuin, null, 1974, "11.50"),
          lib.addBook("978-0575043107", "Small Gods", pratchett, gollancz, 1992, "8.99"),
          lib.addBook("978-0062225740", "Guards! Guards!", pratchett, gollancz, 1989, "8.99"),
          lib.addBook("978-0446675505", "Parable of the Sower", butler, null, null, "12.00"),
        };
    for (long bookId : bookIds) {
      lib.loans.addCopy(bookId, "A-" + bookId, LocalDate.of(2024, 1, 15));
    }
    lib.loans.addCopy(bookIds[2], "B-1", LocalDate.of(2024, 2, 1));
    out.printf("catalog: %d books, %d copies on the shelves%n", bookIds.length, bookIds.length + 1);
  }

  private long[] enrolMembers() {
    long ada = lib.addMember("ada@example.org", "Ada", LocalDate.of(2023, 5, 4));
    long ben = lib.addMember("ben@example.org", "Ben", LocalDate.of(2024, 1, 9));
    long cy = lib.addMember("cy@example.org", "Cy", LocalDate.of(2024, 8, 30));
    lib.members.rename(ada, "Ada Lovelace");
    lib.addMember("temp@example.org", "Temporary", TODAY);
    int deleted = lib.members.deleteByEmail("temp@example.org");
    out.printf(
        "members: enrolled 4, renamed 1 (now \"%s\"), deleted %d, %d left%n",
        lib.members.findByEmail("ada@example.org").orElseThrow().displayName(),
        deleted,
        lib.members.count());
    return new long[] {ada, ben, cy};
  }

  private void lendBooks(long[] m) {
    NewLoan first = lib.lend(bookIds[0], m[0], LocalDate.of(2024, 6, 1), 21);
    lib.lend(bookIds[2], m[0], LocalDate.of(2024, 8, 1), 21);
    lib.lend(bookIds[2], m[1], LocalDate.of(2024, 8, 5), 21);
    NewLoan back = lib.lend(bookIds[3], m[1], LocalDate.of(2024, 8, 10), 14);
    lib.lend(bookIds[1], m[2], LocalDate.of(2024, 8, 31), 21);
    int returned = lib.loans.giveBack(back.id(), LocalDate.of(2024, 8, 20));
    boolean nextCopy = lib.loans.findAvailableCopy(bookIds[2]).isPresent();
    out.printf(
        "loans: lent 5 (first due %s), returned %d; another copy of Small Gods: %s%n",
        first.dueOn(), returned, nextCopy ? "yes" : "no, both are out");
    List<OpenLoan> overdue = lib.loans.overdue(TODAY);
    for (OpenLoan loan : overdue) {
      out.printf("  overdue: %s has \"%s\", due %s%n", loan.email(), loan.title(), loan.dueOn());
    }
  }

  private void reviewBooks(long[] m) {
    lib.review(bookIds[0], m[0], 4, "Good");
    lib.review(bookIds[0], m[0], 5, "Better on second reading");
    lib.review(bookIds[2], m[1], 5, null);
    lib.review(bookIds[3], m[1], 3, "Fun");
    out.println("reviews: 3 (one written twice, kept once by the upsert)");
  }

  private Summary report(long[] m) {
    int lost = lib.markLost(TODAY.minusDays(30));
    out.printf(
        "loans: %d marked lost (due before %s), %d lost in total; Ada overdue: %s%n",
        lost,
        TODAY.minusDays(30),
        lib.loans.countWithStatus(LoanStatus.LOST),
        lib.reports.hasOverdue(m[0], TODAY));
    lib.loans
        .loansOf(m[0])
        .forEach(
            l ->
                out.printf(
                    "  Ada's loan %d: \"%s\" %s since %s%n",
                    l.id(), l.title(), l.status(), l.loanedOn()));
    List<String> stats =
        lib.reports.authorStats(1).stream().map(LibraryScenario::describe).toList();
    stats.forEach(s -> out.println("  author: " + s));
    List<String> popular = lib.reports.mostLent(2).stream().map(PopularBook::title).toList();
    out.println("most lent: " + popular);
    lib.catalog.reprice("978-0575043107", new BigDecimal("7.99"));
    BigDecimal value = lib.reports.catalogValue("en");
    out.printf(
        "catalog value: %s; books before 1980: %d; Le Guin: %s%n",
        value,
        lib.catalog.countPublishedBefore(1980),
        lib.catalog.findByAuthor("Ursula K. Le Guin").stream()
            .map(
                b ->
                    b.title()
                        + " ("
                        + b.publishedYear()
                        + ", "
                        + (b.publisher() == null ? "no publisher" : b.publisher())
                        + ")")
            .toList());
    showLookups();
    List<String> overdue = lib.loans.overdue(TODAY).stream().map(OpenLoan::title).toList();
    return new Summary(bookIds.length, lib.members.count(), overdue, lost, popular, stats, value);
  }

  private void showLookups() {
    List<Book> byId = lib.catalog.findAllById(List.of(bookIds[4], bookIds[0]));
    int none = lib.catalog.findAllById(List.of()).size();
    List<String> titles = lib.catalog.titlesOf(new long[] {bookIds[1], bookIds[3]});
    try (Stream<Book> found = lib.catalog.searchTitles("%of%")) {
      out.printf(
          "look-ups: IN-list %s, empty IN-list %d rows, ANY(array) %s, search %s%n",
          byId.stream().map(Book::title).toList(), none, titles, found.map(Book::title).toList());
    }
    out.printf(
        "look-ups: unknown ISBN -> %s, unknown author -> %s%n",
        lib.catalog.findByIsbn("000").isPresent() ? "found" : "Optional.empty",
        lib.catalog.findAuthorId("Nobody").isPresent() ? "found" : "Optional.empty");
  }

  private static String describe(AuthorStats s) {
    return s.author()
        + ": "
        + s.books()
        + " books, "
        + s.reviews()
        + " reviews, best "
        + (s.bestRating() == null ? "-" : s.bestRating());
  }
}
