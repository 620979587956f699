package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks PostgreSQL's grammar makes when it attaches ORDER BY, LIMIT/FETCH and locking clauses
 * to a query ({@code insertSelectOptions}), judged by the local PostgreSQL 15: the same verdict and
 * message. {@code WITH TIES} with {@code SKIP LOCKED} is one of PostgreSQL's regression tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelectOptionsAgreeWithPostgresTest {
  static final List<String> CASES =
      List.of(
          "SELECT a FROM lt ORDER BY a FETCH FIRST 2 ROWS WITH TIES FOR UPDATE SKIP LOCKED",
          "SELECT a FROM lt ORDER BY a FOR UPDATE SKIP LOCKED FETCH FIRST 2 ROWS WITH TIES",
          "SELECT a FROM lt ORDER BY a FETCH FIRST ROWS WITH TIES FOR SHARE SKIP LOCKED",
          "(SELECT a FROM lt ORDER BY a FOR UPDATE SKIP LOCKED) FETCH FIRST 2 ROWS WITH TIES",
          "SELECT a FROM lt ORDER BY a FETCH FIRST 2 ROWS WITH TIES FOR UPDATE NOWAIT",
          "SELECT a FROM lt ORDER BY a FETCH FIRST 2 ROWS ONLY FOR UPDATE SKIP LOCKED",
          "SELECT a FROM lt FETCH FIRST 2 ROWS WITH TIES",
          "SELECT a FROM lt ORDER BY a ORDER BY a",
          "SELECT a FROM lt LIMIT 1 LIMIT 2",
          "SELECT a FROM lt OFFSET 1 OFFSET 2");

  private PgOracle oracle;

  @BeforeAll
  void open() throws SQLException {
    oracle = new PgOracle("select_options");
    oracle.execute("CREATE TABLE lt (a int)");
  }

  @AfterAll
  void close() throws Exception {
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void verdictsAndMessagesAgreeWithPostgres() {
    List<String> disagreements = new ArrayList<>();
    int refused = 0;
    for (String sql : CASES) {
      PgOracle.Verdict pg = oracle.judge(sql);
      PgParseResult ours = PgParser.parse(sql, PgGrammar.of(15));
      String expected = pg.accepted() ? "accepted" : pg.message();
      String actual = ours.ok() ? "accepted" : ours.error().message();
      if (!pg.accepted()) {
        refused++;
        if (!expected.contains(" at or near ")) {
          // PostgreSQL gives these checks no position; sqlcheck points at the clause
          actual = actual.replaceFirst(" at or near \".*\"$", "");
        }
      }
      if (!expected.equals(actual)) {
        disagreements.add(sql + "\n    pg: " + expected + "\n    us: " + actual);
      }
    }
    assertEquals(List.of(), disagreements);
    assertEquals(8, refused);
  }
}
