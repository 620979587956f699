package com.example.library.repo;

import dev.sqlcheck.Param;
import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Authors, publishers and books: what the library holds. */
@SqlRepository
public interface CatalogRepository {

  /** A book with its author's name. */
  record Book(
      long id, String isbn, String title, String author, Integer publishedYear, BigDecimal price) {}

  /** A book with its publisher, which it may not have. */
  record BookListing(String title, Integer publishedYear, String publisher, String language) {}

  /** A publisher row. */
  record Publisher(long id, String name, String country) {}

  @Query("INSERT INTO authors (name, born) VALUES (:name, :born) RETURNING id")
  long insertAuthor(String name, Integer born);

  /** The portable form of {@link #insertAuthor}, for databases without RETURNING. */
  @Query("INSERT INTO authors (name, born) VALUES (:name, :born)")
  int insertAuthorRow(String name, Integer born);

  @Query("SELECT id FROM authors WHERE name = :name")
  Optional<Long> findAuthorId(String name);

  /** Inserts the publisher or updates its country; either way returns its id. */
  @Query(
      """
      INSERT INTO publishers (name, country) VALUES (:name, :country)
      ON CONFLICT (name) DO UPDATE SET country = EXCLUDED.country
      RETURNING id""")
  long upsertPublisher(String name, String country);

  /** Inserts the publisher unless one of that name exists; the portable half of an upsert. */
  @Query("INSERT INTO publishers (name, country) VALUES (:name, :country) ON CONFLICT DO NOTHING")
  int insertPublisherIfAbsent(String name, String country);

  @Query("UPDATE publishers SET country = :country WHERE name = :name")
  int updatePublisherCountry(String name, String country);

  @Query("SELECT id, name, country FROM publishers WHERE name = :name")
  Optional<Publisher> findPublisher(String name);

  @Query(
      """
      INSERT INTO books (isbn, title, author_id, publisher_id, published_year, price)
      VALUES (:isbn, :title, :authorId, :publisherId, :year, :price)
      RETURNING id""")
  long insertBook(
      String isbn,
      String title,
      long authorId,
      Long publisherId,
      @Param("year") Integer publishedYear,
      BigDecimal price);

  /** The portable form of {@link #insertBook}. */
  @Query(
      """
      INSERT INTO books (isbn, title, author_id, publisher_id, published_year, price)
      VALUES (:isbn, :title, :authorId, :publisherId, :year, :price)""")
  int insertBookRow(
      String isbn,
      String title,
      long authorId,
      Long publisherId,
      @Param("year") Integer publishedYear,
      BigDecimal price);

  @Query(
      """
      SELECT b.id, b.isbn, b.title, a.name AS author, b.published_year, b.price
      FROM books b
      JOIN authors a ON a.id = b.author_id
      WHERE b.isbn = :isbn""")
  Optional<Book> findByIsbn(String isbn);

  @Query(
      """
      SELECT b.title, b.published_year, p.name AS publisher, b.language
      FROM books b
      JOIN authors a ON a.id = b.author_id
      LEFT JOIN publishers p ON p.id = b.publisher_id
      WHERE a.name = :author
      ORDER BY b.published_year, b.title""")
  List<BookListing> findByAuthor(String author);

  @Query(
      """
      SELECT b.id, b.isbn, b.title, a.name AS author, b.published_year, b.price
      FROM books b
      JOIN authors a ON a.id = b.author_id
      WHERE b.id IN (:ids)
      ORDER BY b.id""")
  List<Book> findAllById(Collection<Long> ids);

  @Query("SELECT title FROM books WHERE id = ANY(:ids) ORDER BY title")
  List<String> titlesOf(long[] ids);

  /** Must be closed: the caller reads it in a try-with-resources. */
  @Query(
      """
      SELECT b.id, b.isbn, b.title, a.name AS author, b.published_year, b.price
      FROM books b
      JOIN authors a ON a.id = b.author_id
      WHERE lower(b.title) LIKE lower(:pattern)
      ORDER BY b.title""")
  Stream<Book> searchTitles(String pattern);

  @Query("UPDATE books SET price = :price WHERE isbn = :isbn")
  int reprice(String isbn, BigDecimal price);

  @Query("SELECT count(*) FROM books WHERE published_year < :year")
  long countPublishedBefore(int year);
}
