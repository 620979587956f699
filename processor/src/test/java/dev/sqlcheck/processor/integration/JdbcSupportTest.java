package dev.sqlcheck.processor.integration;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sqlcheck.JdbcSupport;
import dev.sqlcheck.SqlCheckException;
import dev.sqlcheck.TransactionalDataSource;
import dev.sqlcheck.processor.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The run-time helpers generated code calls, on their own and against real PostgreSQL. */
class JdbcSupportTest {

  @Test
  void placeholders_oneQuestionMarkPerElement() {
    assertThat(JdbcSupport.placeholders(List.of(1L, 2L, 3L), "bigint")).isEqualTo("?, ?, ?");
    assertThat(JdbcSupport.placeholders(new long[] {7}, "bigint")).isEqualTo("?");
    assertThat(JdbcSupport.placeholders(Set.of("a", "b"), "text")).isEqualTo("?, ?");
  }

  @Test
  void placeholders_emptyOrNull_becomeEmptySubqueryOrNull() {
    assertThat(JdbcSupport.placeholders(List.of(), "bigint"))
        .isEqualTo("SELECT CAST(NULL AS bigint) WHERE FALSE");
    assertThat(JdbcSupport.placeholders(null, "text"))
        .isEqualTo("SELECT CAST(NULL AS text) WHERE FALSE");
    assertThat(JdbcSupport.placeholders(new int[0], null)).isEqualTo("NULL");
  }

  @Test
  void utc_convertsInstantsAndKeepsNull() {
    Instant i = Instant.parse("2020-01-02T03:04:05Z");
    assertThat(JdbcSupport.utc(i))
        .isEqualTo(OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
    assertThat(JdbcSupport.utc(null)).isNull();
  }

  @Test
  void emptyInList_matchesNothingAndNotInMatchesEverything() throws Exception {
    String url = TestDatabases.freshPostgresSchema("sqlcheck_support");
    try (Connection c = java.sql.DriverManager.getConnection(url)) {
      String in = "SELECT count(*) FROM generate_series(1, 5) g WHERE g IN (%s)";
      String notIn = "SELECT count(*) FROM generate_series(1, 5) g WHERE g NOT IN (%s)";
      assertThat(count(c, in, List.of(), "integer")).isEqualTo(0);
      assertThat(count(c, notIn, List.of(), "integer")).isEqualTo(5);
      assertThat(count(c, in, List.of(2, 4), "integer")).isEqualTo(2);
      assertThat(count(c, notIn, List.of(2, 4), "integer")).isEqualTo(3);
      assertThat(count(c, in, List.of(), null)).isEqualTo(0);
    }
  }

  private static long count(Connection c, String sql, List<Integer> values, String type)
      throws Exception {
    String text = String.format(sql, JdbcSupport.placeholders(values, type));
    try (PreparedStatement ps = c.prepareStatement(text)) {
      JdbcSupport.bindAll(ps, 1, values, java.sql.Types.INTEGER);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void transactionalDataSource_isolatesThreads() throws Exception {
    String url = TestDatabases.freshPostgresSchema("sqlcheck_tx");
    CountingDataSource pool = new CountingDataSource(url);
    try (Connection c = pool.getConnection()) {
      c.createStatement().execute("CREATE TABLE t (id int PRIMARY KEY)");
    }
    TransactionalDataSource tx = new TransactionalDataSource(pool);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int id = t;
        results.add(
            threads.submit(
                () ->
                    tx.inTransaction(
                        () -> {
                          try (Connection a = tx.getConnection();
                              Connection b = tx.getConnection()) {
                            a.createStatement().execute("INSERT INTO t VALUES (" + id + ")");
                            // the same transaction: b sees a's uncommitted row
                            ResultSet rs =
                                b.createStatement()
                                    .executeQuery("SELECT count(*) FROM t WHERE id = " + id);
                            rs.next();
                            if (id % 2 == 1) {
                              throw new IllegalStateException("roll back " + id);
                            }
                            return rs.getInt(1);
                          }
                        })));
      }
      int committed = 0;
      for (int t = 0; t < 8; t++) {
        try {
          assertThat(results.get(t).get()).isEqualTo(1);
          committed++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
        }
      }
      assertThat(committed).isEqualTo(4);
    } finally {
      threads.shutdown();
    }
    try (Connection c = pool.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT string_agg(id::text, ',' ORDER BY id) FROM t")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("0,2,4,6");
    }
    assertThat(pool.openConnections()).isEqualTo(0);
    assertThrows(
        SqlCheckException.class,
        () ->
            tx.inTransaction(
                () -> {
                  try (Connection c = tx.getConnection()) {
                    c.createStatement().execute("INSERT INTO t VALUES (0)");
                  }
                  return null;
                }));
    assertThat(pool.openConnections()).isEqualTo(0);
    pool.close();
  }
}
