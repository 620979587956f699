package com.example.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.library.LibraryRepository.Author;
import com.example.library.LibraryRepository.Book;
import com.example.library.LibraryRepository.Channel;
import com.example.library.LibraryRepository.BookWithAuthor;
import com.example.library.LibraryRepository.Counter;
import com.example.library.LibraryRepository.Event;
import com.example.library.LibraryRepository.NewBook;
import com.example.library.LibraryRepository.Order;
import com.example.library.LibraryRepository.OrderStatus;
import com.example.library.LibraryRepository.Sample;
import com.example.library.LibraryRepository.Status;
import dev.sqlcheck.SqlCheckException;
import dev.sqlcheck.TransactionalDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Scenarios run against real PostgreSQL through the generated LibraryRepositoryImpl. Each public
 * method is one test, run on a fresh database by IntegrationTest.
 */
public class LibraryScenarios {
  private final DataSource dataSource;
  private final LibraryRepository repo;

  public LibraryScenarios(DataSource dataSource) {
    this.dataSource = dataSource;
    this.repo = new LibraryRepositoryImpl(dataSource);
  }

  private long author(String name) {
    return repo.insertAuthor(name, LocalDate.of(1929, 10, 21), UUID.randomUUID());
  }

  private Book book(String title, String isbn, Long authorId, Status status) {
    return repo.insertBook(new NewBook(title, isbn, 1974, authorId, new BigDecimal("9.99"), status));
  }

  public void singleRow_recordAndNullableColumns() {
    UUID ext = UUID.randomUUID();
    long id = repo.insertAuthor("Ursula", null, ext);
    Author a = repo.author(id);
    assertEquals(new Author(id, "Ursula", null, ext), a);
    SqlCheckException none = assertThrows(SqlCheckException.class, () -> repo.author(id + 1000));
    assertTrue(none.getMessage().contains("LibraryRepository.author"), none.getMessage());
    assertTrue(none.getMessage().contains("none"), none.getMessage());
  }

  public void optional_emptyPresentAndTooMany() {
    assertEquals(Optional.empty(), repo.authorByExternalId(UUID.randomUUID()));
    assertEquals(Optional.empty(), repo.onlyAuthor());
    UUID ext = UUID.randomUUID();
    long id = repo.insertAuthor("Le Guin", LocalDate.of(1929, 10, 21), ext);
    assertEquals(id, repo.authorByExternalId(ext).orElseThrow().id());
    assertEquals(LocalDate.of(1929, 10, 21), repo.onlyAuthor().orElseThrow().born());
    UUID other = UUID.randomUUID();
    repo.insertAuthor("Someone Else", null, other);
    assertEquals(List.of("Le Guin", "Someone Else"),
        repo.authorsByExternalIds(List.of(other, ext, UUID.randomUUID())));
    assertEquals(List.of("Someone Else"), repo.authorsByExternalIds(java.util.Set.of(other)));
    SqlCheckException many = assertThrows(SqlCheckException.class, repo::onlyAuthor);
    assertTrue(many.getMessage().contains("more than one"), many.getMessage());
  }

  public void propertyBinding_insertReturningRecord() {
    long a = author("Tolkien");
    Book b = book("The Hobbit", "978-0261102217", a, Status.PUBLISHED);
    assertTrue(b.id() > 0);
    assertEquals("The Hobbit", b.title());
    assertEquals(Integer.valueOf(1974), b.publishedYear());
    assertEquals(Long.valueOf(a), b.authorId());
    assertEquals(new BigDecimal("9.99"), b.price());
    assertEquals(Status.PUBLISHED, b.status());
    assertEquals(Optional.of(b), repo.findBook(b.id()));
    assertEquals(Optional.empty(), repo.findBook(-1));
  }

  public void nullsBothWays() {
    Book b = repo.insertBook(new NewBook("Anonymous", null, null, null, null, Status.DRAFT));
    assertNull(b.isbn());
    assertNull(b.publishedYear());
    assertNull(b.authorId());
    assertNull(b.price());
    List<BookWithAuthor> rows = repo.booksWithAuthors();
    assertEquals(List.of(new BookWithAuthor("Anonymous", null)), rows);
  }

  public void updateCounts_voidIntLong() throws Exception {
    long a = author("Herbert");
    Book dune = book("Dune", "1", a, Status.PUBLISHED);
    book("Dune Messiah", "2", a, Status.DRAFT);
    book("Children of Dune", "3", a, Status.DRAFT);
    assertEquals(3, repo.reprice(a, new BigDecimal("12.50")));
    assertEquals(0, repo.reprice(a + 1, BigDecimal.ONE));
    assertEquals(new BigDecimal("12.50"), repo.findBook(dune.id()).orElseThrow().price());
    assertEquals(2L, repo.deleteByStatus(Status.DRAFT));
    repo.deleteBook(dune.id());
    assertEquals(0L, repo.countByAuthor(a));
  }

  public void scalarsAndBoolean() throws Exception {
    long a = author("Asimov");
    Book b = book("Foundation", "978-0553293357", a, Status.PUBLISHED);
    assertEquals("Foundation", repo.titleOf(b.id()));
    assertEquals(1L, repo.countByAuthor(a));
    assertTrue(repo.existsIsbn("978-0553293357"));
    assertFalse(repo.existsIsbn("nope"));
  }

  public void arrayBinding_anyWithCollectionAndPrimitiveArray() {
    long a = author("Banks");
    Book b1 = book("Consider Phlebas", "a1", a, Status.PUBLISHED);
    Book b2 = book("The Player of Games", "a2", a, Status.PUBLISHED);
    book("Use of Weapons", "a3", a, Status.PUBLISHED);
    assertEquals(List.of(b1, b2), repo.booksByIds(List.of(b2.id(), b1.id(), -5L)));
    assertEquals(List.of(), repo.booksByIds(List.of()));
    assertEquals(2L, repo.countByIdArray(new long[] {b1.id(), b2.id()}));
    assertEquals(0L, repo.countByIdArray(new long[0]));
    repo.setTags(b1.id(), List.of("culture", "space opera"));
    repo.setTags(b2.id(), List.of("culture"));
    assertEquals(List.of("Consider Phlebas", "The Player of Games"), repo.titlesTagged("culture"));
    assertEquals(List.of("Consider Phlebas"), repo.titlesTagged("space opera"));
    var tagged = repo.taggedBooks(a);
    assertEquals(List.of("culture", "space opera"), tagged.get(0).tags());
    assertArrayEquals(new String[] {"culture", "space opera"}, tagged.get(0).tagArray());
    assertEquals(List.of(), tagged.get(2).tags());
    assertEquals(Optional.of(List.of("culture")), repo.tagsOf(b2.id()));
    assertEquals(Optional.empty(), repo.tagsOf(-1));
    assertArrayEquals(new Long[] {b1.id(), b2.id(), b2.id() + 1}, repo.bookIdsOf(a));
    assertNull(repo.bookIdsOf(-1));
  }

  public void inList_expandsAndEmptyMatchesNothing() {
    long a = author("Pratchett");
    Book b1 = book("Mort", "p1", a, Status.PUBLISHED);
    Book b2 = book("Guards! Guards!", "p2", a, Status.DRAFT);
    Book b3 = book("Small Gods", "p3", a, Status.OUT_OF_PRINT);
    assertEquals(List.of("Guards! Guards!", "Mort"),
        repo.titlesIn(List.of(b1.id(), b2.id(), b3.id()), "Small Gods"));
    assertEquals(List.of("Mort"), repo.titlesIn(List.of(b1.id()), "x"));
    assertEquals(List.of(), repo.titlesIn(List.of(), "x"));
    assertEquals(List.of("Guards! Guards!", "Small Gods"),
        repo.titlesWithStatus(List.of(Status.DRAFT, Status.OUT_OF_PRINT)));
    assertEquals(List.of(), repo.titlesWithStatus(List.of()));
    assertEquals(List.of("Guards! Guards!", "Small Gods"), repo.titlesNotIn(List.of(b1.id())));
    // An empty list is an empty subquery: IN matches nothing, NOT IN matches everything.
    assertEquals(List.of("Guards! Guards!", "Mort", "Small Gods"), repo.titlesNotIn(List.of()));
    assertEquals(List.of("Guards! Guards!", "Small Gods"),
        repo.titlesWithStatusArray(List.of(Status.DRAFT, Status.OUT_OF_PRINT)));
    assertEquals(List.of(), repo.titlesWithStatusArray(List.of()));
    List<Long> many = new ArrayList<>();
    for (long i = 0; i < 2000; i++) {
      many.add(b1.id() + i);
    }
    assertEquals(3, repo.titlesIn(many, "").size());
  }

  public void cteJoinAggregates() {
    long a1 = author("Atwood");
    long a2 = author("Butler");
    book("Oryx and Crake", "c1", a1, Status.PUBLISHED);
    book("The Handmaid's Tale", "c2", a1, Status.PUBLISHED);
    book("Kindred", "c3", a2, Status.PUBLISHED);
    var stats = repo.authorStats();
    assertEquals(2, stats.size());
    assertEquals("Atwood", stats.get(0).name());
    assertEquals(2L, stats.get(0).books());
    assertEquals(new BigDecimal("19.98"), stats.get(0).totalPrice());
    assertEquals(1L, stats.get(1).books());
  }

  public void upsertOnConflict_constructorMapping() {
    Counter c1 = repo.bump("visits", 1);
    assertEquals("visits", c1.name());
    assertEquals(1L, c1.value());
    assertEquals(6L, repo.bump("visits", 5).value());
    assertEquals(2L, repo.bump("other", 2).value());
  }

  public void stream_readsLazilyAndClosesEverything() {
    long a = author("Gibson");
    for (int i = 0; i < 50; i++) {
      book("Neuromancer " + i, "g" + i, a, i % 2 == 0 ? Status.PUBLISHED : Status.DRAFT);
    }
    try (Stream<Book> s = repo.streamByStatus(Status.PUBLISHED)) {
      List<String> titles = s.limit(3).map(Book::title).collect(Collectors.toList());
      assertEquals(List.of("Neuromancer 0", "Neuromancer 2", "Neuromancer 4"), titles);
    }
    try (Stream<Book> s = repo.streamByStatus(Status.DRAFT)) {
      assertEquals(25, s.count());
    }
    try (Stream<Book> s = repo.streamByStatus(Status.OUT_OF_PRINT)) {
      assertEquals(0, s.count());
    }
    // Inside a transaction the driver really fetches in chunks; the stream still works.
    TransactionalDataSource tx = new TransactionalDataSource(dataSource);
    LibraryRepository inTx = new LibraryRepositoryImpl(tx);
    long drafts = tx.inTransaction(() -> {
      try (Stream<Book> s = inTx.streamByStatus(Status.DRAFT)) {
        return s.filter(b -> b.title().startsWith("Neuromancer")).count();
      }
    });
    assertEquals(25L, drafts);
  }

  public void batch_thousandRowsInOneBatch() throws Exception {
    List<NewBook> books = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      books.add(new NewBook("Batch " + i, "b" + i, i % 3 == 0 ? null : 1900 + i % 100, null,
          new BigDecimal(i).movePointLeft(2), Status.DRAFT));
    }
    int[] counts = repo.insertBooks(books);
    assertEquals(1000, counts.length);
    for (int c : counts) {
      assertTrue(c == 1 || c == Statement.SUCCESS_NO_INFO, "count " + c);
    }
    assertEquals(1000L, count("SELECT count(*) FROM books WHERE title LIKE 'Batch %'"));
    assertEquals(334L, count("SELECT count(*) FROM books WHERE published_year IS NULL"));
    assertEquals(0, repo.insertBooks(List.of()).length);
  }

  public void beanBatch_longCountsAndInstantBinding() {
    OffsetDateTime t0 = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2));
    long[] counts = repo.insertEvents(List.of(
        new Event("login", "{\"user\":1}", t0),
        new Event("login", null, t0.plusHours(1)),
        new Event("logout", "bye", t0.plusHours(2))));
    assertEquals(3, counts.length);
    assertEquals(2L, repo.countEvents("login", t0.toInstant()));
    assertEquals(1L, repo.countEvents("login", t0.toInstant().plusSeconds(1)));
    assertEquals(1L, count("SELECT count(*) FROM events WHERE payload IS NULL"));
  }

  public void everyParameterType_roundTrips() {
    UUID uid = UUID.randomUUID();
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    OffsetDateTime stamp = OffsetDateTime.of(2023, 5, 6, 7, 8, 9, 123_000_000, ZoneOffset.UTC);
    Instant instant = Instant.parse("2022-02-03T04:05:06.789Z");
    LocalDateTime local = LocalDateTime.of(2021, 12, 31, 23, 59, 58);
    Timestamp sqlTs = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0, 1));
    java.sql.Date sqlDate = java.sql.Date.valueOf(LocalDate.of(2019, 9, 9));
    long id = repo.insertSample(true, (short) 7, 42, 9_000_000_000L, 1.5f, 2.25, 5, 6L, false,
        3.5, "text", new BigDecimal("123.456"), LocalDate.of(2000, 2, 29), LocalTime.of(13, 14, 15),
        local, stamp, instant, uid, bytes, Status.OUT_OF_PRINT, sqlTs, sqlDate);
    Sample s = repo.sample(id);
    assertEquals(id, s.id());
    assertTrue(s.flag());
    assertEquals((short) 7, s.small());
    assertEquals(42, s.whole());
    assertEquals(9_000_000_000L, s.big());
    assertEquals(1.5f, s.realValue());
    assertEquals(2.25, s.dbl());
    assertEquals(Integer.valueOf(5), s.maybeInt());
    assertEquals(Long.valueOf(6), s.maybeLong());
    assertEquals(Boolean.FALSE, s.maybeFlag());
    assertEquals(Double.valueOf(3.5), s.maybeDouble());
    assertEquals("text", s.textValue());
    assertEquals(new BigDecimal("123.456"), s.amount());
    assertEquals(LocalDate.of(2000, 2, 29), s.day());
    assertEquals(LocalTime.of(13, 14, 15), s.clock());
    assertEquals(local, s.localTs());
    assertEquals(stamp.toInstant(), s.stamp().toInstant());
    assertEquals(instant, s.instantTs());
    assertEquals(uid, s.uid());
    assertArrayEquals(bytes, s.bytes());
    assertEquals(Status.OUT_OF_PRINT, s.status());
    assertEquals(sqlTs, s.sqlTs());
    assertEquals(sqlDate, s.sqlDate());
    assertEquals(List.of(id), repo.samplesMatching("text", uid, LocalDate.of(2000, 2, 29)));
  }

  public void everyNullableParameter_bindsNull() {
    long id = repo.insertSample(false, (short) 0, 0, 0L, 0f, 0d, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    Sample s = repo.sample(id);
    assertNull(s.maybeInt());
    assertNull(s.maybeLong());
    assertNull(s.maybeFlag());
    assertNull(s.maybeDouble());
    assertNull(s.textValue());
    assertNull(s.amount());
    assertNull(s.day());
    assertNull(s.clock());
    assertNull(s.localTs());
    assertNull(s.stamp());
    assertNull(s.instantTs());
    assertNull(s.uid());
    assertNull(s.bytes());
    assertNull(s.status());
    assertNull(s.sqlTs());
    assertNull(s.sqlDate());
    assertEquals(0, count("SELECT count(*) FROM samples WHERE text_value IS NOT NULL"));
  }

  public void injectionString_isStoredVerbatim() {
    String evil = "'; DROP TABLE books; -- \" :title ? $1 \\";
    Book b = book(evil, "evil", null, Status.DRAFT);
    assertEquals(evil, b.title());
    assertEquals(evil, repo.findBook(b.id()).orElseThrow().title());
    assertTrue(repo.existsIsbn("evil"));
    assertFalse(repo.existsIsbn("' OR '1'='1"));
  }

  public void uniqueViolation_throwsWithSqlStateAndRepositoryStaysUsable() {
    long a = author("Dup");
    book("First", "same-isbn", a, Status.DRAFT);
    SqlCheckException e = assertThrows(SqlCheckException.class,
        () -> book("Second", "same-isbn", a, Status.DRAFT));
    assertEquals("23505", e.sqlState());
    assertNotNull(e.sqlException());
    assertTrue(e.getMessage().contains("LibraryRepository.insertBook"), e.getMessage());
    assertEquals(1L, repo.countByAuthor(a));
    book("Third", "other-isbn", a, Status.DRAFT);
    assertEquals(2L, repo.countByAuthor(a));
  }

  public void failingStream_closesEverythingAndKeepsSqlState() {
    try (Stream<Integer> s = repo.divide(4)) {
      assertEquals(List.of(25, 25, 25), s.collect(Collectors.toList()));
    }
    SqlCheckException e = assertThrows(SqlCheckException.class, () -> repo.divide(0));
    assertEquals("22012", e.sqlState());
    assertTrue(e.getMessage().contains("LibraryRepository.divide"), e.getMessage());
    // IntegrationTest then checks that no connection was left open.
  }

  public void declaredSqlException_isNotWrapped() throws Exception {
    repo.insertCounter("once", 1);
    java.sql.SQLException e =
        assertThrows(java.sql.SQLException.class, () -> repo.insertCounter("once", 2));
    assertEquals("23505", e.getSQLState());
    // A missing row is not a database error: sqlcheck reports it unchecked.
    SqlCheckException none = assertThrows(SqlCheckException.class, () -> repo.titleOf(-1));
    assertNull(none.sqlException());
  }

  public void concurrentUse_fromSixteenThreads() throws Exception {
    long a = author("Concurrent");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          long last = 0;
          for (int i = 0; i < 25; i++) {
            Book b = book("T" + thread + "-" + i, "t" + thread + "-" + i, a, Status.DRAFT);
            assertEquals(b, repo.findBook(b.id()).orElseThrow());
            last = repo.bump("threads", 1).value();
          }
          return last;
        }));
      }
      for (Future<Long> f : futures) {
        assertTrue(f.get() > 0);
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(400L, repo.countByAuthor(a));
    assertEquals(400L, repo.bump("threads", 0).value());
  }

  public void transactions_commitAndRollback() {
    TransactionalDataSource tx = new TransactionalDataSource(dataSource);
    LibraryRepository inTx = new LibraryRepositoryImpl(tx);
    long id = tx.inTransaction(() -> {
      long a = inTx.insertAuthor("Committed", null, UUID.randomUUID());
      inTx.insertBook(new NewBook("Kept", "k1", null, a, null, Status.DRAFT));
      assertTrue(tx.inTransaction());
      return a;
    });
    assertEquals(1L, repo.countByAuthor(id));
    assertThrows(IllegalStateException.class, () -> tx.inTransaction(() -> {
      inTx.insertBook(new NewBook("Lost", "k2", null, id, null, Status.DRAFT));
      assertEquals(2L, inTx.countByAuthor(id)); // visible inside the transaction
      throw new IllegalStateException("boom");
    }));
    assertEquals(1L, repo.countByAuthor(id));
    assertFalse(tx.inTransaction());
    SqlCheckException dup = assertThrows(SqlCheckException.class, () -> tx.inTransaction(() -> {
      inTx.insertBook(new NewBook("Also lost", "k3", null, id, null, Status.DRAFT));
      inTx.insertBook(new NewBook("Duplicate", "k1", null, id, null, Status.DRAFT));
      return null;
    }));
    assertEquals("23505", dup.sqlState());
    assertEquals(1L, repo.countByAuthor(id));
  }

  public void inList_againstAnExpressionOfUnknownType() {
    long id = author("Le Guin");
    Book a = book("  The Dispossessed ", "n1", id, Status.DRAFT);
    Book b = book("Lathe of Heaven", "n2", id, Status.DRAFT);
    book("Other", "n3", id, Status.DRAFT);
    assertEquals(List.of(a.id(), b.id()),
        repo.booksByTitleAsIs(List.of("Lathe of Heaven", "  The Dispossessed ", "none")));
    assertEquals(List.of(), repo.booksByTitleAsIs(List.of()));
  }

  public void jsonbQuestionMarkOperators_areNotPlaceholders() {
    long a = repo.insertDocument("{\"a\": 1}");
    long ab = repo.insertDocument("{\"a\": 1, \"b\": 2}");
    long c = repo.insertDocument("{\"c\": \"?\"}");
    assertEquals(List.of(a, ab), repo.documentsWithKey("a"));
    assertEquals(List.of(c), repo.documentsWithKey("c"));
    assertEquals(List.of(a, ab), repo.documentsWithAnyOf(List.of(a, ab, c)));
    assertEquals(List.of(ab), repo.documentsWithAnyOf(List.of(ab)));
    assertEquals(List.of(ab), repo.documentsWithAll());
  }

  public void uncheckedQueries_onATableOutsideTheSchema() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE import_staging (isbn text PRIMARY KEY, title text, pages int)");
    }
    assertEquals(1, repo.stage("b", "Second", null));
    assertEquals(1, repo.stage("a", "First'); DROP TABLE books; --", 120));
    assertEquals(1, repo.stage("c", "Third", 300));
    assertEquals(List.of(new LibraryRepository.Staged("a", "First'); DROP TABLE books; --", 120),
            new LibraryRepository.Staged("b", "Second", null)),
        repo.staged(List.of("b", "a", "zz")));
    assertEquals(List.of(), repo.staged(List.of()));
    assertEquals(List.of("Third"), repo.unstage(new String[] {"c", "zz"}));
    assertEquals(2L, count("SELECT count(*) FROM import_staging"));
    assertEquals(0L, count("SELECT count(*) FROM books"));
  }

  public void enums_areSentAndReadAsTheirSqlLabels() {
    long a = repo.insertOrder(OrderStatus.PENDING, Channel.WEB, 10);
    long b = repo.insertOrder(OrderStatus.IN_PROGRESS, Channel.STORE, 20);
    long c = repo.insertOrder(OrderStatus.SHIPPED, null, null);
    // PostgreSQL stores its own labels; the text column holds the constants' names.
    assertEquals("pending", text("SELECT status::text FROM orders WHERE id = " + a));
    assertEquals("in progress", text("SELECT status::text FROM orders WHERE id = " + b));
    assertEquals("WEB", text("SELECT channel FROM orders WHERE id = " + a));
    assertEquals(OrderStatus.PENDING, repo.statusOf(a));
    assertEquals(OrderStatus.IN_PROGRESS, repo.statusOf(b));
    assertEquals(1, repo.setHistory(b, new OrderStatus[] {OrderStatus.PENDING, OrderStatus.PAID}));
    assertEquals("{pending,paid}", text("SELECT history::text FROM orders WHERE id = " + b));
    assertEquals(
        new Order(b, OrderStatus.IN_PROGRESS, List.of(OrderStatus.PENDING, OrderStatus.PAID),
            Channel.STORE),
        repo.order(b));
    assertEquals(new Order(c, OrderStatus.SHIPPED, List.of(), null), repo.order(c));
    assertEquals(List.of(a, c),
        repo.ordersWithStatus(Set.of(OrderStatus.PENDING, OrderStatus.SHIPPED)).stream()
            .map(Order::id).toList());
    assertEquals(List.of(b, c), repo.orderIdsNotIn(List.of(OrderStatus.PENDING)));
    assertEquals(List.of(b),
        repo.orderIdsByChannel(List.of(OrderStatus.IN_PROGRESS, OrderStatus.PAID), Channel.STORE));
    assertEquals(List.of(), repo.orderIdsByChannel(List.of(OrderStatus.IN_PROGRESS), Channel.WEB));
    assertEquals(Channel.STORE, repo.channelOf(b));
    assertNull(repo.channelOf(c));
  }

  public void unknownSqlLabel_failsNamingMethodLabelAndEnum() {
    long paid = repo.insertOrder(OrderStatus.PAID, Channel.WEB, 1);
    long refunded = repo.insertOrder(OrderStatus.PAID, Channel.WEB, 2);
    execute("UPDATE orders SET status = 'refunded' WHERE id = " + refunded);
    SqlCheckException e = assertThrows(SqlCheckException.class, () -> repo.statusOf(refunded));
    assertTrue(e.getMessage().startsWith("LibraryRepository.statusOf: "), e.getMessage());
    assertTrue(e.getMessage().contains("\"refunded\""), e.getMessage());
    assertTrue(e.getMessage().contains("LibraryRepository.OrderStatus"), e.getMessage());
    assertTrue(e.getMessage().contains("\"order_status\""), e.getMessage());
    // A stream that fails part-way gives its connection back although nobody closes it.
    Stream<Order> orders = repo.streamOrders();
    e = assertThrows(SqlCheckException.class, orders::toList);
    assertTrue(e.getMessage().startsWith("LibraryRepository.streamOrders: "), e.getMessage());
    // A text column holding a name that is no constant.
    execute("UPDATE orders SET channel = 'phone' WHERE id = " + paid);
    e = assertThrows(SqlCheckException.class, () -> repo.channelOf(paid));
    assertTrue(e.getMessage().startsWith("LibraryRepository.channelOf: "), e.getMessage());
    assertTrue(e.getMessage().contains("\"phone\""), e.getMessage());
    assertTrue(e.getMessage().contains("LibraryRepository.Channel"), e.getMessage());
  }

  public void streamsReadToTheEnd_giveTheirConnectionBackWithoutClose() {
    for (int i = 0; i < 3; i++) {
      repo.insertOrder(OrderStatus.PENDING, Channel.WEB, i);
    }
    // The pool holds 5 connections: a stream that kept its own would make the 6th call wait and
    // fail, and the harness checks that none is open at the end.
    for (int i = 0; i < 50; i++) {
      Stream<Order> orders = repo.streamOrders();
      if (i % 2 == 0) {
        assertEquals(3, orders.toList().size());
      } else {
        assertEquals(3L, orders.count());
      }
    }
    // An exception in the caller's own code ends the terminal operation, and a stream cannot be
    // consumed twice, so it gives its connection back as well.
    Stream<Order> interrupted = repo.streamOrders();
    assertThrows(IllegalStateException.class, () -> interrupted.forEach(o -> {
      throw new IllegalStateException("stop");
    }));
    // Closing a stream that is already exhausted, or twice, is harmless.
    Stream<Order> orders = repo.streamOrders();
    assertEquals(3L, orders.count());
    orders.close();
    orders.close();
  }

  public void inList_ofSeventyThousandValues_isOneArrayParameter() {
    long a = author("Many");
    Book b1 = book("One", "m1", a, Status.DRAFT);
    Book b2 = book("Two", "m2", a, Status.DRAFT);
    book("Three", "m3", a, Status.DRAFT);
    List<Long> many = new ArrayList<>();
    long[] manyArray = new long[70_000];
    for (int i = 0; i < 70_000; i++) {
      many.add(b1.id() + i);
      manyArray[i] = b1.id() + i;
    }
    assertEquals(List.of("One", "Three", "Two"), repo.titlesIn(many, ""));
    assertEquals(List.of("One", "Three"), repo.titlesIn(many, "Two"));
    assertEquals(3L, repo.countBooksIn(manyArray));
    assertEquals(1L, repo.countBooksIn(new long[] {b2.id()}));
    assertEquals(0L, repo.countBooksIn(new long[0]));
    assertEquals(List.of(), repo.titlesIn(List.of(), ""));
    // A list on an expression of unknown type is still expanded, one placeholder per value: past
    // PostgreSQL's 65,535 bind parameters it fails before anything is sent.
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      titles.add("title " + i);
    }
    SqlCheckException e =
        assertThrows(SqlCheckException.class, () -> repo.booksByTitleAsIs(titles));
    assertTrue(e.getMessage().startsWith("LibraryRepository.booksByTitleAsIs: "),
        e.getMessage());
    assertTrue(e.getMessage().contains(":titles has 70,000 values"), e.getMessage());
    assertTrue(e.getMessage().contains("65,535"), e.getMessage());
    assertEquals(List.of(), repo.booksByTitleAsIs(titles.subList(0, 65_535)));
  }

  public void inList_asArray_givesTheRowsOfAWrittenOutInList() {
    long none = repo.insertOrder(OrderStatus.PAID, Channel.WEB, null);
    long one = repo.insertOrder(OrderStatus.PAID, Channel.WEB, 1);
    long two = repo.insertOrder(OrderStatus.PAID, Channel.WEB, 2);
    List<List<Integer>> lists = List.of(
        List.of(1), List.of(1, 2), List.of(3), Arrays.asList(1, null), Arrays.asList(3, null),
        Arrays.asList((Integer) null));
    for (List<Integer> list : lists) {
      assertEquals(writtenOut("IN", list), repo.orderIdsWithAmountIn(list), "IN " + list);
      assertEquals(writtenOut("NOT IN", list), repo.orderIdsWithAmountNotIn(list),
          "NOT IN " + list);
    }
    // An empty (or null) list: IN matches no row and NOT IN every row, the NULL amount included,
    // as for an empty subquery.
    assertEquals(List.of(), repo.orderIdsWithAmountIn(List.of()));
    assertEquals(List.of(none, one, two), repo.orderIdsWithAmountNotIn(List.of()));
    assertEquals(List.of(), repo.orderIdsWithAmountIn(null));
    assertEquals(List.of(none, one, two), repo.orderIdsWithAmountNotIn(null));
  }

  /** The ids {@code amount <op> (v1, v2, ...)} selects, with the values written into the SQL. */
  private List<Long> writtenOut(String op, List<Integer> values) {
    String list = values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT id FROM orders WHERE amount " + op + " (" + list + ") ORDER BY id")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    return ids;
  }

  private String text(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  private void execute(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  private long count(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
