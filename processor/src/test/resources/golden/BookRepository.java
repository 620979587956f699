package com.example.library;

import dev.sqlcheck.EnumLabel;
import dev.sqlcheck.Param;
import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

@SqlRepository
public interface BookRepository {
  enum Status { DRAFT, PUBLISHED }

  enum Genre { FANTASY, @EnumLabel("science fiction") SCIENCE_FICTION, CRIME }

  record Book(long id, String title, String isbn, Integer publishedYear) {}

  record NewBook(String title, String isbn, long authorId) {}

  record Shelved(String title, Status status, Genre genre) {}

  @Query("SELECT id, title, isbn, published_year FROM books WHERE id = :id")
  Optional<Book> findById(long id);

  @Query("""
      SELECT b.id, b.title, b.isbn, b.published_year
      FROM books b JOIN authors a ON a.id = b.author_id
      WHERE a.name = :author
      ORDER BY b.title""")
  List<Book> findByAuthor(String author);

  @Query("SELECT title FROM books WHERE id IN (:ids) AND status = :status ORDER BY title")
  List<String> titles(Collection<Long> ids, Status status);

  @Query("SELECT id, title, isbn, published_year FROM books WHERE id = ANY(:ids) ORDER BY id")
  Stream<Book> streamByIds(long[] ids);

  @Query("SELECT count(*) FROM books WHERE title LIKE :pattern")
  long count(@Param("pattern") String titlePattern) throws SQLException;

  @Query("INSERT INTO books (title, isbn, author_id) VALUES (:book.title, :book.isbn, :book.authorId) RETURNING id")
  long insert(NewBook book);

  @Query("INSERT INTO books (title, isbn, author_id) VALUES (:title, :isbn, :authorId)")
  int[] insertAll(List<NewBook> books);

  @Query("UPDATE books SET title = :title WHERE id = :id AND title <> :title")
  int rename(long id, String title);

  @Query("DELETE FROM books WHERE id = :id")
  void delete(long id);

  @Query("SELECT EXISTS (SELECT 1 FROM books WHERE isbn = :isbn::text)")
  boolean existsByIsbn(String isbn);

  @Query("SELECT title, status, genre FROM books WHERE genre IN (:genres) ORDER BY title")
  List<Shelved> shelf(Set<Genre> genres);

  @Query("UPDATE books SET genre = :genre WHERE id = :id")
  void classify(long id, Genre genre);

  // The left side's type is unknown (a function sqlcheck does not model): the list is expanded.
  @Query("""
      SELECT id FROM books
      WHERE shelf_key(title) IN (:keys)
      ORDER BY id""")
  List<Long> idsByShelfKey(List<String> keys);
}
