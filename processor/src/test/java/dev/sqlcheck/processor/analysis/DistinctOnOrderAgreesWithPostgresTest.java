package dev.sqlcheck.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DISTINCT ON must lead ORDER BY as PostgreSQL reads the ORDER BY list: an item that repeats an
 * earlier one (the same value, in either direction: {@code 1} or {@code 1 DESC} after the column it
 * names) is dropped first, and then no DISTINCT ON value may follow an item that is none. Before,
 * the first items were compared one for one, which refused a query PostgreSQL runs (found by the
 * differential oracle). PostgreSQL judges each query.
 */
class DistinctOnOrderAgreesWithPostgresTest extends PostgresSchemaFixture {
  @Override
  String ddl() {
    return "CREATE TABLE users (id bigint PRIMARY KEY, first text NOT NULL, email text);";
  }

  private static final List<String> QUERIES =
      List.of(
          "SELECT DISTINCT ON (u.email, u.email) u.email FROM users u, users b"
              + " ORDER BY u.email, b.id, 1, b.first DESC, email NULLS FIRST",
          "SELECT DISTINCT ON (u.email) u.email FROM users u, users b ORDER BY b.id, u.email",
          "SELECT DISTINCT ON (u.email) u.email FROM users u ORDER BY u.email DESC, 1",
          "SELECT DISTINCT ON (u.email) u.email FROM users u ORDER BY u.id, 1 DESC",
          "SELECT DISTINCT ON (u.email, u.id) u.email FROM users u"
              + " ORDER BY u.email, u.email DESC, u.id",
          "SELECT DISTINCT ON (u.email, u.id) u.email FROM users u ORDER BY u.email USING <, u.id",
          "SELECT DISTINCT ON (u.email, u.id) u.email FROM users u"
              + " ORDER BY u.email, u.email USING <, u.id",
          "SELECT DISTINCT ON (u.id) u.email FROM users u ORDER BY u.id, u.email",
          "SELECT DISTINCT ON (u.id, u.email) u.email FROM users u ORDER BY u.email",
          "SELECT DISTINCT ON (u.id, u.email) u.email FROM users u ORDER BY u.first, u.id",
          "SELECT DISTINCT ON (upper) u.first AS x, upper(u.email) FROM users u"
              + " ORDER BY upper, u.first DESC NULLS LAST, 2 DESC",
          "SELECT DISTINCT ON (upper) u.first AS x, upper(u.email) FROM users u"
              + " ORDER BY upper, u.first DESC NULLS LAST, 2 USING >",
          "SELECT DISTINCT ON (u.email) u.email FROM users u ORDER BY u.id, u.email USING <",
          // a DISTINCT ON value that no leading ORDER BY item gives, once one is skipped
          "SELECT DISTINCT ON (u.id) u.* FROM users u, users b ORDER BY b.id, 2",
          "SELECT DISTINCT ON (1, u.email) u.id, u.email FROM users u, users b"
              + " ORDER BY 1, b.email, u.first",
          "SELECT DISTINCT ON (1, u.email) u.id, u.email FROM users u ORDER BY 1",
          "SELECT DISTINCT ON (u.email, u.id) u.id FROM users u ORDER BY u.email");

  @Test
  void distinctOnAndOrderBy_agreeWithPostgres() {
    assertEquals(
        "",
        String.join("\n", PostgresDescribes.verdictDisagreements(catalog, connection, QUERIES)));
  }
}
