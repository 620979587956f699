package dev.sqlcheck.processor.analysis;

import static dev.sqlcheck.processor.analysis.Checks.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalog tables and columns a query uses, as {@link QueryAnalysis#references()} lists them.
 */
class ReferencesTest {

  private static List<String> refs(String sql) {
    return analyze(sql).references().stream().map(Reference::toString).toList();
  }

  @Test
  void select_listsRelationsAndEveryResolvedColumn() {
    assertEquals(
        Set.of(
            "books",
            "authors",
            "books.id",
            "books.title",
            "authors.name",
            "books.author_id",
            "authors.id",
            "books.published_year"),
        Set.copyOf(
            refs(
                "SELECT b.id, title, a.name FROM books b JOIN authors a ON a.id = b.author_id"
                    + " WHERE b.published_year > :y ORDER BY 1")));
  }

  @Test
  void eachReference_listedOnce() {
    assertEquals(
        List.of("users", "users.id"), refs("SELECT id FROM users WHERE id = :id OR id = :other"));
  }

  @Test
  void star_listsEveryColumnOfEachRelation() {
    assertEquals(
        List.of("authors", "authors.id", "authors.name", "authors.user_id"),
        refs("SELECT * FROM authors"));
    assertEquals(
        List.of(
            "users",
            "users.id",
            "users.email",
            "users.display_name",
            "users.settings",
            "users.year"),
        refs("SELECT u.* FROM users u"));
  }

  @Test
  void dml_listsTargetAndItsColumns() {
    assertEquals(
        List.of("authors", "authors.name", "authors.user_id"),
        refs("INSERT INTO authors (name, user_id) VALUES (:name, :user)"));
    assertEquals(
        List.of("books", "books.title", "books.id"),
        refs("UPDATE books SET title = :title WHERE id = :id"));
    assertEquals(
        List.of("loans", "loans.returned_at"), refs("DELETE FROM loans WHERE returned_at IS NULL"));
  }

  @Test
  void otherSchemasAndViews_keepTheirNames() {
    assertEquals(
        List.of("inventory.items", "book_titles", "inventory.items.qty", "book_titles.title"),
        refs("SELECT i.qty, t.title FROM inventory.items i, book_titles t"));
  }

  @Test
  void ctesDerivedTablesAndMissingNames_areNotReferences() {
    assertEquals(
        List.of("users", "users.id"),
        refs("WITH u AS (SELECT id FROM users) SELECT id FROM (SELECT id FROM u) d"));
    assertEquals(List.of("users"), refs("SELECT nope FROM users"));
    assertEquals(List.of(), refs("SELECT 1 FROM nowhere"));
  }

  @Test
  void usingColumns_areColumnsOfBothSides() {
    assertEquals(
        List.of("books", "loans", "books.id", "loans.id"),
        refs("SELECT 1 FROM books JOIN loans USING (id)"));
  }
}
