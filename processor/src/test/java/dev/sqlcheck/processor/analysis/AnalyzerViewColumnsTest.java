package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.catalog.Column;
import dev.sqlcheck.processor.catalog.SourceLocation;
import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalyzerViewColumnsTest {
  private final SourceLocation at = new SourceLocation("schema.sql", 99);
  private final AnalyzerViewColumns resolver = new AnalyzerViewColumns();

  @Test
  void validSelect_givesColumnsWithTypesAndNullability() {
    Optional<List<Column>> cols =
        resolver.resolve(
            TestCatalogs.library(),
            "SELECT u.id, u.display_name AS name, count(l.id) AS loans FROM users u"
                + " LEFT JOIN loans l ON l.user_id = u.id GROUP BY u.id",
            at);
    assertEquals(
        Optional.of(
            List.of(
                new Column("id", SqlType.of("bigint"), true, false, at),
                new Column("name", SqlType.of("text"), false, false, at),
                new Column("loans", SqlType.of("bigint"), true, false, at))),
        cols);
  }

  @Test
  void selectWithErrors_givesEmpty() {
    assertTrue(resolver.resolve(TestCatalogs.library(), "SELECT nope FROM users", at).isEmpty());
  }

  @Test
  void starOverUnknownRelation_givesEmpty() {
    assertTrue(resolver.resolve(TestCatalogs.library(), "SELECT * FROM opaque", at).isEmpty());
    assertTrue(
        resolver.resolve(TestCatalogs.library(), "SELECT * FROM legacy_stats", at).isEmpty());
  }

  @Test
  void unparseableSelect_givesEmpty() {
    assertTrue(resolver.resolve(TestCatalogs.library(), "SELECT FROM WHERE", at).isEmpty());
  }
}
