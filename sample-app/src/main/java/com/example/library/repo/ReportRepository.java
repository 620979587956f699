package com.example.library.repo;

import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Read-only reports over the whole library. */
@SqlRepository
public interface ReportRepository {

  /** How many books an author has, and how readers rated them. */
  record AuthorStats(String author, long books, long reviews, Integer bestRating) {}

  /** A book and how often it was lent. */
  record PopularBook(String title, long loans) {}

  @Query(
      """
      SELECT a.name AS author, count(DISTINCT b.id) AS books, count(r.rating) AS reviews,
             max(r.rating) AS best_rating
      FROM authors a
      JOIN books b ON b.author_id = a.id
      LEFT JOIN reviews r ON r.book_id = b.id
      GROUP BY a.name
      HAVING count(DISTINCT b.id) >= :minBooks
      ORDER BY books DESC, author""")
  List<AuthorStats> authorStats(int minBooks);

  @Query(
      """
      WITH loan_counts AS (
        SELECT c.book_id, count(*) AS loans
        FROM loans l
        JOIN copies c ON c.id = l.copy_id
        GROUP BY c.book_id
      )
      SELECT b.title, lc.loans
      FROM loan_counts lc
      JOIN books b ON b.id = lc.book_id
      ORDER BY lc.loans DESC, b.title
      LIMIT :limit""")
  List<PopularBook> mostLent(int limit);

  /** Adds or replaces a member's review of a book. */
  @Query(
      """
      INSERT INTO reviews (book_id, member_id, rating, comment)
      VALUES (:bookId, :memberId, :rating, :comment)
      ON CONFLICT (book_id, member_id) DO UPDATE
      SET rating = EXCLUDED.rating, comment = EXCLUDED.comment""")
  int upsertReview(long bookId, long memberId, int rating, String comment);

  /** The portable half of {@link #upsertReview}: inserts unless the review exists. */
  @Query(
      """
      INSERT INTO reviews (book_id, member_id, rating, comment)
      VALUES (:bookId, :memberId, :rating, :comment)
      ON CONFLICT DO NOTHING""")
  int insertReviewIfAbsent(long bookId, long memberId, int rating, String comment);

  @Query(
      """
      UPDATE reviews SET rating = :rating, comment = :comment
      WHERE book_id = :bookId AND member_id = :memberId""")
  int updateReview(long bookId, long memberId, int rating, String comment);

  @Query(
      """
      SELECT EXISTS (
        SELECT 1 FROM loans
        WHERE member_id = :memberId AND returned_on IS NULL AND due_on < :today)""")
  boolean hasOverdue(long memberId, LocalDate today);

  @Query("SELECT coalesce(sum(price), 0) FROM books WHERE language = :language")
  BigDecimal catalogValue(String language);
}
