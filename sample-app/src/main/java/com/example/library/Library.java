package com.example.library;

import com.example.library.db.Database;
import com.example.library.repo.CatalogRepository;
import com.example.library.repo.CatalogRepositoryImpl;
import com.example.library.repo.LoanRepository;
import com.example.library.repo.LoanRepositoryImpl;
import com.example.library.repo.MemberRepository;
import com.example.library.repo.MemberRepositoryImpl;
import com.example.library.repo.ReportRepository;
import com.example.library.repo.ReportRepositoryImpl;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The four generated repositories over one database, plus the few operations whose best SQL is
 * PostgreSQL-only. On PostgreSQL they use {@code RETURNING} and {@code ON CONFLICT (...) DO
 * UPDATE}; on H2, which has neither, the portable forms (a plain insert, then a look-up by a unique
 * key) give the same results.
 */
final class Library {
  final CatalogRepository catalog;
  final MemberRepository members;
  final LoanRepository loans;
  final ReportRepository reports;
  private final boolean postgres;

  Library(Database db) {
    catalog = new CatalogRepositoryImpl(db.dataSource());
    members = new MemberRepositoryImpl(db.dataSource());
    loans = new LoanRepositoryImpl(db.dataSource());
    reports = new ReportRepositoryImpl(db.dataSource());
    postgres = db.postgres();
  }

  long addAuthor(String name, Integer born) {
    if (postgres) {
      return catalog.insertAuthor(name, born);
    }
    catalog.insertAuthorRow(name, born);
    return catalog.findAuthorId(name).orElseThrow();
  }

  long upsertPublisher(String name, String country) {
    if (postgres) {
      return catalog.upsertPublisher(name, country);
    }
    if (catalog.insertPublisherIfAbsent(name, country) == 0) {
      catalog.updatePublisherCountry(name, country);
    }
    return catalog.findPublisher(name).orElseThrow().id();
  }

  long addBook(
      String isbn, String title, long authorId, Long publisherId, Integer year, String price) {
    BigDecimal amount = new BigDecimal(price);
    if (postgres) {
      return catalog.insertBook(isbn, title, authorId, publisherId, year, amount);
    }
    catalog.insertBookRow(isbn, title, authorId, publisherId, year, amount);
    return catalog.findByIsbn(isbn).orElseThrow().id();
  }

  long addMember(String email, String name, LocalDate joinedOn) {
    if (postgres) {
      return members.insert(email, name, joinedOn);
    }
    members.insertRow(email, name, joinedOn);
    return members.findByEmail(email).orElseThrow().id();
  }

  /** Lends an available copy of the book; returns the new loan. */
  LoanRepository.NewLoan lend(long bookId, long memberId, LocalDate on, int days) {
    long copyId =
        loans
            .findAvailableCopy(bookId)
            .orElseThrow(() -> new IllegalStateException("no copy of book " + bookId + " left"));
    LocalDate due = on.plusDays(days);
    if (postgres) {
      return loans.lend(copyId, memberId, on, due);
    }
    loans.lendRow(copyId, memberId, on, due);
    List<Long> open = loans.openLoanIds(memberId);
    return new LoanRepository.NewLoan(open.get(open.size() - 1), due);
  }

  /** Marks long-overdue loans as lost; returns how many. */
  int markLost(LocalDate cutoff) {
    return postgres ? loans.markLost(cutoff).size() : loans.markLostRows(cutoff);
  }

  void review(long bookId, long memberId, int rating, String comment) {
    if (postgres) {
      reports.upsertReview(bookId, memberId, rating, comment);
    } else if (reports.insertReviewIfAbsent(bookId, memberId, rating, comment) == 0) {
      reports.updateReview(bookId, memberId, rating, comment);
    }
  }
}
