package com.example.library.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.library.LoanStatus;
import dev.sqlcheck.junit.SqlCheckDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A DAO test on real PostgreSQL: {@code @SqlCheckDatabase} creates a fresh database, applies {@code
 * schema.sql}, checks all 40 queries of the four repositories against it, and hands over the {@link
 * DataSource}.
 */
@SqlCheckDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoanRepositoryTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 9, 2);

  private LoanRepository loans;
  private long copy;
  private long member;

  @BeforeAll
  void stock(DataSource dataSource) {
    CatalogRepository catalog = new CatalogRepositoryImpl(dataSource);
    MemberRepository members = new MemberRepositoryImpl(dataSource);
    loans = new LoanRepositoryImpl(dataSource);
    long author = catalog.insertAuthor("Ursula K. Le Guin", 1929);
    long book =
        catalog.insertBook(
            "978-0-441-47812-5",
            "The Left Hand of Darkness",
            author,
            null,
            1969,
            new BigDecimal("9.99"));
    loans.addCopy(book, "A-1", MONDAY.minusYears(1));
    copy = loans.findAvailableCopy(book).orElseThrow();
    member = members.insert("genly@example.org", "Genly Ai", MONDAY.minusMonths(2));
  }

  @Test
  void lend_thenGiveBack_updatesTheLoanAndItsStatus() {
    LoanRepository.NewLoan loan = loans.lend(copy, member, MONDAY, MONDAY.plusWeeks(3));
    assertEquals(MONDAY.plusWeeks(3), loan.dueOn());
    assertEquals(List.of(loan.id()), loans.openLoanIds(member));

    assertEquals(1, loans.giveBack(loan.id(), MONDAY.plusDays(5)));
    assertTrue(loans.openLoanIds(member).isEmpty());
    assertEquals(1, loans.countWithStatus(LoanStatus.RETURNED));
  }
}
