package com.example.shelf;

import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Each method touches a known part of the schema, so each drift breaks a known set of them. */
@SqlRepository
public interface ShelfRepository {
  enum LoanStatus {
    ACTIVE,
    RETURNED,
    LOST
  }

  record Book(long id, String title, int pages) {}

  record Listing(String title, String author) {}

  record Author(long id, String name, Integer born) {}

  @Query("SELECT title FROM books WHERE id = :id")
  Optional<String> titleOf(long id);

  @Query("SELECT id, title, pages FROM books ORDER BY id")
  List<Book> books();

  @Query("SELECT pages FROM books WHERE id = :id")
  int pagesOf(long id);

  /** The WHERE clause keeps pages non-null, whatever the column declares. */
  @Query("SELECT pages FROM books WHERE id = :id AND pages >= :min")
  int pagesAtLeast(long id, int min);

  @Query("SELECT name FROM authors WHERE id = :id")
  Optional<String> authorName(long id);

  /** Read by position: a column that moves breaks it although the SQL still prepares. */
  @Query("SELECT * FROM authors ORDER BY id")
  List<Author> allAuthors();

  @Query("INSERT INTO authors (name) VALUES (:name) RETURNING id")
  long addAuthor(String name);

  @Query("SELECT price FROM books WHERE id = :id")
  Optional<BigDecimal> priceOf(long id);

  @Query("UPDATE books SET price = :price WHERE id = :id")
  int setPrice(long id, BigDecimal price);

  @Query("SELECT id FROM loans WHERE status = :status ORDER BY id")
  List<Long> loansWith(LoanStatus status);

  @Query("SELECT status FROM loans ORDER BY id")
  List<LoanStatus> statuses();

  @Query("SELECT count(*) FROM loans WHERE status = 'LOST'")
  long lostCount();

  @Query("INSERT INTO audit (what) VALUES (:what)")
  int audit(String what);

  @Query(
      "SELECT b.title, a.name AS author FROM books b JOIN authors a ON a.id = b.author_id"
          + " WHERE b.id = :id")
  Optional<Listing> listing(long id);
}
