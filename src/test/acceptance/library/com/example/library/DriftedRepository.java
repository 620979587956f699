package com.example.library;

import dev.sqlcheck.Query;
import dev.sqlcheck.SqlRepository;
import java.util.List;

/** One drift per clause. Each must be reported on its own @Query line, under javac and ecj. */
@SqlRepository
public interface DriftedRepository {

  // expect: error SQLCHECK-201 "full_name" was renamed to "display_name"
  @Query("SELECT id, full_name FROM members WHERE id = :id")
  List<String> selectList(long id);

  // expect: error SQLCHECK-200 "old_reviews"
  @Query("SELECT body FROM old_reviews")
  List<String> fromRenamedTable();

  // expect: error SQLCHECK-201 "writer_id"
  @Query("SELECT b.title FROM books b JOIN authors a ON a.id = b.writer_id")
  List<String> joinOn();

  // expect: error SQLCHECK-201 "subtitle" was dropped
  @Query("SELECT title FROM books WHERE subtitle IS NOT NULL")
  List<String> whereDropped();

  // expect: error SQLCHECK-201 "nam"
  @Query("""
      SELECT a.name, count(*) FROM authors a
      GROUP BY a.nam""")
  List<String> groupBy();

  // expect: error SQLCHECK-201 "pages"
  @Query("SELECT author_id FROM books b GROUP BY author_id HAVING max(b.pages) > 1")
  List<String> having();

  // expect: error SQLCHECK-201 "titel"
  @Query("SELECT title FROM books b ORDER BY b.titel")
  List<String> orderBy();

  // expect: error SQLCHECK-203 "x"
  @Query("SELECT x.title FROM books b")
  List<String> unknownQualifier();

  // expect: error SQLCHECK-204 "id"
  @Query("SELECT id FROM books b JOIN authors a ON a.id = b.author_id")
  List<String> ambiguous();

  // expect: error SQLCHECK-202 "inventroy"
  @Query("SELECT shelf FROM inventroy.copies")
  List<String> unknownSchema();

  // expect: error SQLCHECK-200 "bookz"
  @Query("SELECT title FROM bookz")
  List<String> unknownTable();

  // expect: error SQLCHECK-201 "returned"
  @Query("SELECT title FROM books WHERE id IN (SELECT book_id FROM loans WHERE returned = true)")
  List<String> inSubquery();

  // expect: error SQLCHECK-201 "member_id"
  @Query("WITH r AS (SELECT book_id FROM loans) SELECT r.member_id FROM r")
  List<String> cteColumn();

  // expect: error SQLCHECK-201 "genre"
  @Query("SELECT title, rank() OVER (PARTITION BY b.genre ORDER BY b.title) FROM books b")
  List<String> window();

  // expect: error SQLCHECK-201 "writer"
  @Query("INSERT INTO books (title, isbn, writer) VALUES (:title, :isbn, :writer)")
  int insertColumn(String title, String isbn, long writer);

  // expect: error SQLCHECK-205
  @Query("INSERT INTO authors (name, born) VALUES (:name)")
  int insertArity(String name);

  // expect: error SQLCHECK-201 "display_nam"
  @Query("""
      INSERT INTO members (email, display_name) VALUES (:email, :name)
      ON CONFLICT (email) DO UPDATE SET display_nam = EXCLUDED.display_name""")
  int upsertSet(String email, String name);

  // expect: error SQLCHECK-201 "titel"
  @Query("UPDATE books SET titel = :title WHERE id = :id")
  int updateSet(long id, String title);

  // expect: error SQLCHECK-201 "book"
  @Query("DELETE FROM reviews r USING books b WHERE b.id = r.book")
  int deleteUsing();

  // expect: error SQLCHECK-201 "isbn13"
  @Query("INSERT INTO books (title, author_id) VALUES (:title, :authorId) RETURNING isbn13")
  List<String> returning(String title, long authorId);

  // expect: error SQLCHECK-206
  @Query("SELECT id, title FROM books UNION SELECT id FROM authors")
  List<String> unionArity();

  // expect: error SQLCHECK-100 "books"
  @Query("SELECT id FORM books")
  List<String> syntax();

  // expect: error SQLCHECK-201 "author"
  @Query("SELECT author FROM available_books")
  List<String> viewColumn();

  // expect: error SQLCHECK-201 "rating"
  @Query("SELECT DISTINCT ON (b.rating) b.title FROM books b")
  List<String> distinctOn();

  // expect: error SQLCHECK-201 "writer_id"
  @Query("SELECT b.title FROM books b JOIN author_stats s USING (writer_id)")
  List<String> joinUsing();

  // expect: error SQLCHECK-201 "book_total"
  @Query("SELECT title, book_total FROM books NATURAL JOIN author_stats")
  List<String> naturalJoin();

  // expect: error SQLCHECK-201 "pages"
  @Query("SELECT title FROM books LIMIT (SELECT max(pages) FROM books)")
  List<String> limitSubquery();

  // expect: error SQLCHECK-201 "state"
  @Query("SELECT count(*) FILTER (WHERE state = 'lost') FROM loans")
  List<String> filter();

  // expect: error SQLCHECK-201 "ratng"
  @Query("SELECT CASE WHEN ratng > 3 THEN 'good' ELSE 'bad' END FROM reviews")
  List<String> caseWhen();

  // expect: error SQLCHECK-201 "priice"
  @Query("SELECT priice::text FROM books")
  List<String> cast();

  // expect: error SQLCHECK-201 "member"
  @Query("""
      SELECT m.email FROM members m
      WHERE EXISTS (SELECT 1 FROM loans l WHERE l.member = m.id)""")
  List<String> correlatedExists();

  // expect: error SQLCHECK-201 "total"
  @Query("SELECT d.total FROM (SELECT count(*) AS n FROM loans) d")
  List<String> derivedTable();

  // expect: error SQLCHECK-201 "stars"
  @Query("""
      WITH gone AS (DELETE FROM reviews WHERE stars < 2 RETURNING book_id)
      SELECT count(*) FROM gone""")
  long dataModifyingCte();

  // expect: error SQLCHECK-201 "summary"
  @Query("INSERT INTO reviews (book_id, body) SELECT id, summary FROM books")
  int insertSelect();

  // expect: error SQLCHECK-201 "mail"
  @Query("""
      INSERT INTO members (email, display_name) VALUES (:email, :name)
      ON CONFLICT (mail) DO NOTHING""")
  int onConflictTarget(String email, String name);

  // expect: error SQLCHECK-201 "nickname"
  @Query("""
      INSERT INTO members (email, display_name) VALUES (:email, :name)
      ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.nickname""")
  int excludedColumn(String email, String name);

  // expect: error SQLCHECK-201 "mail"
  @Query("""
      UPDATE loans l SET status = 'lost' FROM members m
      WHERE m.id = l.member_id AND m.mail = :mail""")
  int updateFrom(String mail);

  // expect: error SQLCHECK-201 "books"
  @Query("SELECT author_id, books FROM author_stats")
  List<String> materializedView();

  // expect: error SQLCHECK-201 "shelve"
  @Query("SELECT c.shelve FROM inventory.copies c")
  List<String> schemaQualifiedColumn();

  // expect: error SQLCHECK-200 "staging_import"
  @Query("SELECT id FROM staging_import")
  List<String> droppedTable();

  // expect: error SQLCHECK-203 invalid reference to FROM-clause entry for table "m"
  @Query("""
      SELECT recent.loaned_at FROM members m,
        (SELECT l.loaned_at FROM loans l WHERE l.member_id = m.id) recent
      WHERE m.email = :email""")
  List<java.time.OffsetDateTime> siblingWithoutLateral(String email);
}
