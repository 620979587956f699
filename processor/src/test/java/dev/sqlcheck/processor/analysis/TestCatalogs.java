package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.Catalog;
import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.HistoryEvent;
import dev.sqlcheck.processor.catalog.Relation;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.SqlType;
import java.util.ArrayList;
import java.util.List;

/** A small library schema built by hand, shared by the analyser's unit tests. */
final class TestCatalogs {
  private TestCatalogs() {}

  static SourceLocation line(int n) {
    return new SourceLocation("schema.sql", n);
  }

  static Column col(String name, String type, boolean notNull) {
    return new Column(name, SqlType.of(type), notNull, false, line(1));
  }

  /** A table whose first column, {@code id}, is its primary key (as in the real schema). */
  static Relation table(String schema, String name, int line, Column... columns) {
    return new Relation(
        schema, name, Relation.Kind.TABLE, List.of(columns), true, line(line), List.of("id"));
  }

  /**
   * users(id, email, display_name, settings, year), authors(id, name, user_id), books(id, title,
   * isbn, author_id, published_year, status, tags), loans(id, book_id, user_id, loaned_at,
   * returned_at), view book_titles(id, title), inventory.items(id, book_id, qty). {@code
   * users.full_name} was renamed to display_name, {@code books.subtitle} dropped, table {@code
   * members} renamed to users; {@code legacy_stats} failed to parse (unknown).
   */
  static Catalog library() {
    List<Column> bookCols =
        new ArrayList<>(
            List.of(
                col("id", "bigint", true),
                col("title", "text", true),
                col("isbn", "character varying", false),
                col("author_id", "bigint", true),
                col("published_year", "integer", false)));
    bookCols.add(new Column("status", SqlType.enumOf("book_status"), true, true, line(20)));
    bookCols.add(new Column("tags", SqlType.arrayOf("text"), false, false, line(21)));
    return Catalog.builder()
        .putRelation(
            table(
                "public",
                "users",
                3,
                col("id", "bigint", true),
                col("email", "text", true),
                col("display_name", "text", false),
                col("settings", "jsonb", false),
                col("year", "integer", false)))
        .putRelation(
            table(
                "public",
                "authors",
                10,
                col("id", "bigint", true),
                col("name", "text", true),
                col("user_id", "bigint", false)))
        .putRelation(
            new Relation(
                "public", "books", Relation.Kind.TABLE, bookCols, true, line(15), List.of("id")))
        .putRelation(
            table(
                "public",
                "loans",
                30,
                col("id", "bigint", true),
                col("book_id", "bigint", true),
                col("user_id", "bigint", true),
                col("loaned_at", "timestamp with time zone", true),
                col("returned_at", "timestamp with time zone", false)))
        .putRelation(
            new Relation(
                "public",
                "book_titles",
                Relation.Kind.VIEW,
                List.of(col("id", "bigint", false), col("title", "text", false)),
                true,
                line(40)))
        .putRelation(
            table(
                "inventory",
                "items",
                50,
                col("id", "bigint", true),
                col("book_id", "bigint", true),
                col("qty", "integer", true)))
        .putRelation(
            new Relation(
                "public",
                "opaque",
                Relation.Kind.TABLE,
                List.of(col("id", "bigint", true)),
                false,
                line(55)))
        .putEnum("public", "book_status", List.of("available", "lost"))
        .markUnknown("public", "legacy_stats")
        .addFunction("my_func")
        .recordColumnEvent(
            "public",
            "users",
            new HistoryEvent(HistoryEvent.Type.RENAMED, "full_name", "display_name", line(61)))
        .recordColumnEvent(
            "public",
            "books",
            new HistoryEvent(HistoryEvent.Type.DROPPED, "subtitle", null, line(70)))
        .recordRelationEvent(
            "public", new HistoryEvent(HistoryEvent.Type.RENAMED, "members", "users", line(80)))
        .build();
  }
}
