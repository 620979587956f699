package com.example.library;

import dev.sqlcheck.EnumLabel;
import dev.sqlcheck.Param;
import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

@SqlRepository
public interface LibraryRepository {
  enum Status { DRAFT, PUBLISHED, OUT_OF_PRINT }

  record Author(long id, String name, LocalDate born, UUID externalId) {}

  record Book(
      long id, String title, String isbn, Integer publishedYear, Long authorId, BigDecimal price,
      Status status) {}

  record NewBook(
      String title, String isbn, Integer publishedYear, Long authorId, BigDecimal price,
      Status status) {}

  record BookWithAuthor(String title, String authorName) {}

  record AuthorStats(String name, long books, BigDecimal totalPrice) {}

  /** Rows built through a public constructor rather than a record. */
  final class Counter {
    private final String name;
    private final long value;

    public Counter(String name, long value) {
      this.name = name;
      this.value = value;
    }

    public String name() {
      return name;
    }

    public long value() {
      return value;
    }
  }

  /** A JavaBean, bound through its getters. */
  class Event {
    private final String kind;
    private final String payload;
    private final OffsetDateTime at;

    public Event(String kind, String payload, OffsetDateTime at) {
      this.kind = kind;
      this.payload = payload;
      this.at = at;
    }

    public String getKind() {
      return kind;
    }

    public String getPayload() {
      return payload;
    }

    public OffsetDateTime getAt() {
      return at;
    }
  }

  record Sample(
      long id, boolean flag, short small, int whole, long big, float realValue, double dbl,
      Integer maybeInt, Long maybeLong, Boolean maybeFlag, Double maybeDouble, String textValue,
      BigDecimal amount, LocalDate day, LocalTime clock, LocalDateTime localTs,
      OffsetDateTime stamp, Instant instantTs, UUID uid, byte[] bytes, Status status,
      Timestamp sqlTs, java.sql.Date sqlDate) {}

  @Query("INSERT INTO authors (name, born, external_id) VALUES (:name, :born, :externalId) RETURNING id")
  long insertAuthor(String name, LocalDate born, UUID externalId);

  @Query("SELECT id, name, born, external_id FROM authors WHERE id = :id")
  Author author(long id);

  @Query("SELECT id, name, born, external_id FROM authors WHERE external_id = :externalId")
  Optional<Author> authorByExternalId(UUID externalId);

  @Query("SELECT id, name, born, external_id FROM authors ORDER BY id")
  Optional<Author> onlyAuthor();

  @Query("""
      INSERT INTO books (title, isbn, published_year, author_id, price, status)
      VALUES (:book.title, :book.isbn, :book.publishedYear, :book.authorId, :book.price, :book.status)
      RETURNING id, title, isbn, published_year, author_id, price, status""")
  Book insertBook(NewBook book);

  @Query("""
      INSERT INTO books (title, isbn, published_year, author_id, price, status)
      VALUES (:title, :isbn, :publishedYear, :authorId, :price, :status)""")
  int[] insertBooks(List<NewBook> books);

  @Query("SELECT id, title, isbn, published_year, author_id, price, status FROM books WHERE id = :id")
  Optional<Book> findBook(long id);

  @Query("SELECT title FROM books WHERE id = :id")
  String titleOf(long id) throws SQLException;

  @Query("SELECT id, title, isbn, published_year, author_id, price, status FROM books WHERE id = ANY(:ids) ORDER BY id")
  List<Book> booksByIds(Collection<Long> ids);

  @Query("SELECT count(*) FROM books WHERE id = ANY(:ids)")
  long countByIdArray(long[] ids);

  @Query("SELECT title FROM books WHERE id IN (:ids) AND title <> :notTitle ORDER BY title")
  List<String> titlesIn(List<Long> ids, @Param("notTitle") String excludedTitle);

  @Query("SELECT title FROM books WHERE status IN (:statuses) ORDER BY title")
  List<String> titlesWithStatus(Collection<Status> statuses);

  @Query("SELECT title FROM books WHERE status = ANY(:statuses) ORDER BY title")
  List<String> titlesWithStatusArray(List<Status> statuses);

  @Query("SELECT name FROM authors WHERE external_id = ANY(:ids) ORDER BY name")
  List<String> authorsByExternalIds(Collection<UUID> ids);

  @Query("SELECT title FROM books WHERE id NOT IN (:ids) ORDER BY title")
  List<String> titlesNotIn(List<Long> ids);

  @Query("SELECT count(*) FROM books WHERE author_id = :authorId")
  long countByAuthor(long authorId);

  @Query("SELECT EXISTS (SELECT 1 FROM books WHERE isbn = :isbn)")
  boolean existsIsbn(String isbn);

  @Query("""
      SELECT b.title, a.name AS author_name
      FROM books b LEFT JOIN authors a ON a.id = b.author_id
      ORDER BY b.title""")
  List<BookWithAuthor> booksWithAuthors();

  @Query("""
      WITH per_author AS (
        SELECT author_id, count(*) AS books, sum(price) AS total_price
        FROM books GROUP BY author_id)
      SELECT a.name, p.books, p.total_price
      FROM authors a JOIN per_author p ON p.author_id = a.id
      ORDER BY a.name""")
  @SuppressWarnings("sqlcheck:unused-column")
  List<AuthorStats> authorStats();

  @Query("""
      INSERT INTO counters (name, value) VALUES (:name, :delta)
      ON CONFLICT (name) DO UPDATE SET value = counters.value + EXCLUDED.value
      RETURNING name, value""")
  Counter bump(String name, long delta);

  @Query("INSERT INTO counters (name, value) VALUES (:name, :value)")
  void insertCounter(String name, long value) throws SQLException;

  @Query("UPDATE books SET price = :price WHERE author_id = :authorId")
  int reprice(long authorId, BigDecimal price);

  @Query("UPDATE books SET tags = :tags WHERE id = :id")
  void setTags(long id, List<String> tags);

  record TaggedBook(String title, List<String> tags, String[] tagArray) {}

  @Query("SELECT title, tags, tags AS tag_array FROM books WHERE author_id = :authorId ORDER BY title")
  List<TaggedBook> taggedBooks(long authorId);

  @Query("SELECT tags FROM books WHERE id = :id")
  Optional<List<String>> tagsOf(long id);

  @Query("SELECT array_agg(id ORDER BY id) FROM books WHERE author_id = :authorId")
  Long[] bookIdsOf(long authorId);

  @Query("SELECT title FROM books WHERE :tag = ANY(tags) ORDER BY title")
  List<String> titlesTagged(String tag);

  @Query("DELETE FROM books WHERE id = :id")
  void deleteBook(long id);

  @Query("DELETE FROM books WHERE status = :status")
  long deleteByStatus(Status status);

  @Query("SELECT id, title, isbn, published_year, author_id, price, status FROM books WHERE status = :status ORDER BY id")
  Stream<Book> streamByStatus(Status status);

  @Query("INSERT INTO events (kind, payload, at) VALUES (:kind, :payload, :at)")
  long[] insertEvents(Collection<Event> events);

  @Query("SELECT count(*) FROM events WHERE kind = :kind AND at >= :since")
  long countEvents(String kind, Instant since);

  @Query("""
      INSERT INTO samples (flag, small, whole, big, real_value, dbl, maybe_int, maybe_long,
        maybe_flag, maybe_double, text_value, amount, day, clock, local_ts, stamp, instant_ts,
        uid, bytes, status, sql_ts, sql_date)
      VALUES (:flag, :small, :whole, :big, :realValue, :dbl, :maybeInt, :maybeLong,
        :maybeFlag, :maybeDouble, :textValue, :amount, :day, :clock, :localTs, :stamp, :instantTs,
        :uid, :bytes, :status, :sqlTs, :sqlDate)
      RETURNING id""")
  long insertSample(
      boolean flag, short small, int whole, long big, float realValue, double dbl,
      Integer maybeInt, Long maybeLong, Boolean maybeFlag, Double maybeDouble, String textValue,
      BigDecimal amount, LocalDate day, LocalTime clock, LocalDateTime localTs,
      OffsetDateTime stamp, Instant instantTs, UUID uid, byte[] bytes, Status status,
      Timestamp sqlTs, java.sql.Date sqlDate);

  @Query("""
      SELECT id, flag, small, whole, big, real_value, dbl, maybe_int, maybe_long, maybe_flag,
        maybe_double, text_value, amount, day, clock, local_ts, stamp, instant_ts, uid, bytes,
        status, sql_ts, sql_date
      FROM samples WHERE id = :id""")
  Sample sample(long id);

  @Query("SELECT 100 / :d AS quotient FROM generate_series(1, 3)")
  Stream<Integer> divide(int d);

  @Query("SELECT id FROM samples WHERE text_value = :text AND uid = :uid AND day = :day ORDER BY id")
  List<Long> samplesMatching(String text, UUID uid, LocalDate day);

  // IN (:list) expands per element even when the left side's type is unknown (a function).
  @Query("SELECT id FROM books WHERE as_is(title) IN (:titles) ORDER BY id")
  List<Long> booksByTitleAsIs(List<String> titles);

  // jsonb's ?, ?| and ?& operators: a literal '?' and a comment with ? stay as written.
  @Query("INSERT INTO documents (body) VALUES (CAST(:json AS jsonb)) RETURNING id")
  long insertDocument(String json);

  @Query("""
      SELECT id FROM documents -- which documents have the key? (a comment)
      WHERE body ? :key AND body::text <> '?' ORDER BY id""")
  List<Long> documentsWithKey(String key);

  @Query("SELECT id FROM documents WHERE body ?| array['a', 'b'] AND id IN (:ids) ORDER BY id")
  List<Long> documentsWithAnyOf(List<Long> ids);

  @Query("SELECT id FROM documents WHERE body ?& array['a', 'b'] ORDER BY id")
  List<Long> documentsWithAll();

  // A table the application creates at run time, outside schema.sql: checking is switched off.
  @SuppressWarnings("sqlcheck:unchecked")
  @Query("INSERT INTO import_staging (isbn, title, pages) VALUES (:isbn, :title, :pages)")
  int stage(String isbn, String title, Integer pages);

  record Staged(String isbn, String title, Integer pages) {}

  @SuppressWarnings("sqlcheck:unchecked")
  @Query("SELECT isbn, title, pages FROM import_staging WHERE isbn IN (:isbns) ORDER BY isbn")
  List<Staged> staged(List<String> isbns);

  @SuppressWarnings("sqlcheck:unchecked")
  @Query("DELETE FROM import_staging WHERE isbn = ANY(:isbns) RETURNING title")
  List<String> unstage(String[] isbns);

  // Enums both ways: Java's upper-case constants against PostgreSQL's lower-case labels.
  enum OrderStatus { PENDING, PAID, @EnumLabel("in progress") IN_PROGRESS, SHIPPED }

  /** Sold through; kept in a text column, so each constant travels as its name. */
  enum Channel { WEB, STORE }

  record Order(long id, OrderStatus status, List<OrderStatus> history, Channel channel) {}

  @Query("INSERT INTO orders (status, channel, amount) VALUES (:status, :channel, :amount) RETURNING id")
  long insertOrder(OrderStatus status, Channel channel, Integer amount);

  @Query("SELECT status FROM orders WHERE id = :id")
  OrderStatus statusOf(long id);

  @Query("SELECT id, status, history, channel FROM orders WHERE id = :id")
  Order order(long id);

  @Query("UPDATE orders SET history = :history WHERE id = :id")
  int setHistory(long id, OrderStatus[] history);

  @Query("SELECT id, status, history, channel FROM orders WHERE status IN (:statuses) ORDER BY id")
  List<Order> ordersWithStatus(Set<OrderStatus> statuses);

  @Query("SELECT id FROM orders WHERE status NOT IN (:statuses) ORDER BY id")
  List<Long> orderIdsNotIn(Collection<OrderStatus> statuses);

  @Query("SELECT id FROM orders WHERE status = ANY(:statuses) AND channel = :channel ORDER BY id")
  List<Long> orderIdsByChannel(List<OrderStatus> statuses, Channel channel);

  @Query("SELECT id, status, history, channel FROM orders ORDER BY id")
  Stream<Order> streamOrders();

  @Query("SELECT channel FROM orders WHERE id = :id")
  Channel channelOf(long id);

  // IN lists and NULLs: amount is nullable; the lists may hold nulls.
  @Query("SELECT id FROM orders WHERE amount IN (:amounts) ORDER BY id")
  List<Long> orderIdsWithAmountIn(List<Integer> amounts);

  @Query("SELECT id FROM orders WHERE amount NOT IN (:amounts) ORDER BY id")
  List<Long> orderIdsWithAmountNotIn(List<Integer> amounts);

  @Query("SELECT count(*) FROM books WHERE id IN (:ids)")
  long countBooksIn(long[] ids);
}
