package com.example.library;

import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Valid queries over every clause the checker resolves: none may get a diagnostic. */
@SqlRepository
public interface CatalogRepository {

  record Book(long id, String title, String isbn, Integer publishedYear) {}

  record AuthorCount(String name, long books) {}

  record TitleCount(String title, long n) {}

  record Member(long id, String email) {}

  record Ranked(String title, long rnk) {}

  record LoanStats(long lost, Long open) {}

  record ShelfCount(String shelf, long copies) {}

  record YearCount(Integer publishedYear, long count) {}

  @Query("SELECT id, title, isbn, published_year FROM books WHERE id = :id")
  Optional<Book> findById(long id);

  @Query("""
      SELECT b.id, b.title, b.isbn, b.published_year
      FROM books b JOIN authors a ON a.id = b.author_id
      WHERE a.name = :author
      ORDER BY b.title""")
  List<Book> findByAuthor(String author);

  @Query("""
      SELECT a.name, count(b.id) AS books
      FROM authors a LEFT JOIN books b ON b.author_id = a.id
      GROUP BY a.name
      HAVING count(b.id) >= :min
      ORDER BY books DESC, a.name""")
  List<AuthorCount> prolificAuthors(long min);

  @Query("SELECT b.title FROM books b JOIN author_stats s USING (author_id) WHERE s.book_count > :n")
  List<String> titlesByBusyAuthors(long n);

  @Query("""
      WITH recent AS (
        SELECT book_id, count(*) AS n FROM loans WHERE loaned_at > :since GROUP BY book_id)
      SELECT b.title, r.n FROM recent r JOIN books b ON b.id = r.book_id
      ORDER BY r.n DESC LIMIT :limit""")
  List<TitleCount> popularSince(OffsetDateTime since, int limit);

  @Query("""
      SELECT m.id, m.email FROM members m
      WHERE EXISTS (SELECT 1 FROM loans l WHERE l.member_id = m.id AND l.status = 'active')""")
  List<Member> membersWithActiveLoans();

  @Query("""
      SELECT title FROM available_books
      WHERE id IN (SELECT book_id FROM inventory.copies WHERE shelf = :shelf)""")
  List<String> availableOnShelf(String shelf);

  @Query("""
      SELECT title, rank() OVER (PARTITION BY author_id ORDER BY published_year DESC) AS rnk
      FROM books""")
  List<Ranked> rankedByAuthor();

  @Query("""
      SELECT DISTINCT ON (author_id) title
      FROM books ORDER BY author_id, published_year DESC""")
  List<String> newestPerAuthor();

  @Query("""
      SELECT m.email FROM members m
      WHERE m.display_name ILIKE :pattern
        AND (SELECT count(*) FROM loans l WHERE l.member_id = m.id) > 0""")
  List<String> borrowersNamed(String pattern);

  @Query("SELECT name FROM authors UNION SELECT display_name FROM members ORDER BY 1")
  List<String> everyone();

  @Query("""
      SELECT count(*) FILTER (WHERE status = 'lost') AS lost,
             sum(CASE WHEN returned_at IS NULL THEN 1 ELSE 0 END) AS open
      FROM loans WHERE loaned_at::date >= CAST(:from AS date)""")
  LoanStats loanStats(String from);

  @Query("INSERT INTO books (title, isbn, author_id) VALUES (:title, :isbn, :authorId) RETURNING id")
  long insertBook(String title, String isbn, long authorId);

  @Query("""
      INSERT INTO members (email, display_name) VALUES (:email, :name)
      ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name
      RETURNING id""")
  long upsertMember(String email, String name);

  @Query("""
      UPDATE loans l SET status = 'returned', returned_at = now()
      FROM members m
      WHERE m.id = l.member_id AND m.email = :email AND l.returned_at IS NULL""")
  int returnAllFor(String email);

  @Query("DELETE FROM reviews r USING books b WHERE b.id = r.book_id AND b.author_id = :authorId")
  int deleteReviewsOfAuthor(long authorId);

  @Query("""
      SELECT c.shelf, count(*) AS copies FROM inventory.copies c
      GROUP BY c.shelf ORDER BY copies DESC""")
  List<ShelfCount> copiesPerShelf();

  @Query("UPDATE books SET price = :price WHERE id = :id RETURNING price")
  Optional<BigDecimal> reprice(long id, BigDecimal price);

  @Query("SELECT title FROM books NATURAL JOIN author_stats WHERE book_count > 1")
  List<String> titlesNatural();

  @Query("""
      SELECT latest.title FROM authors a
      CROSS JOIN LATERAL (
        SELECT b.title FROM books b WHERE b.author_id = a.id
        ORDER BY b.published_year DESC LIMIT 1) AS latest""")
  List<String> latestTitles();

  @Query("SELECT title FROM books WHERE id = ANY(:ids) ORDER BY title")
  List<String> titlesOf(long[] ids);

  @Query("SELECT title FROM books WHERE author_id IN (:authorIds) ORDER BY title")
  List<String> titlesByAuthors(List<Long> authorIds);

  @Query("SELECT published_year, count(*) FROM books GROUP BY 1 ORDER BY 1")
  List<YearCount> perYear();

  @Query("""
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :max)
      SELECT i FROM n""")
  List<Integer> upTo(int max);

  @Query("""
      WITH gone AS (DELETE FROM reviews WHERE rating < :min RETURNING book_id)
      SELECT count(*) FROM gone""")
  long purgeReviews(int min);
}
