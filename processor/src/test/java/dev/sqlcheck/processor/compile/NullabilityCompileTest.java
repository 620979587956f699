package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nullability under javac and ecj: a per-row {@code count(*)} subquery maps to {@code long} (it was
 * SQLCHECK-404, though such a subquery always returns one row), while a JSON field read into an
 * {@code int} is SQLCHECK-404 on its line (it passed, though the key may be missing). PostgreSQL's
 * results are compared in {@code NullabilityAgreesWithPostgresTest}.
 */
class NullabilityCompileTest {
  private static final String SCHEMA =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, settings jsonb NOT NULL);
      CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users);
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Users {
        record Stats(long id, long orderCount) {}

        @Query("SELECT u.id, (SELECT count(*) FROM orders o WHERE o.user_id = u.id) AS order_count FROM users u")
        List<Stats> stats();

        @Query("SELECT (settings->>'page_size')::int FROM users WHERE id = :id")
        List<Integer> pageSizes(long id);

        @Query("SELECT (settings->>'page_size')::int FROM users WHERE id = :id")
        int pageSize(long id);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aCountSubqueryIsNotNull_andAJsonFieldMayBeNull(Tool tool) {
    Result r = new CompileHarness().source("com.example.Users", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).file()).isEqualTo("Users.java");
    assertThat(r.errors().get(0).line()).isEqualTo(14);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-404]");
  }

  private static final String TOTALS =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Totals {
        record Total(long userId, long orders, long maxId) {}

        record Running(long id, long total) {}

        @Query("SELECT user_id, count(*) AS orders, max(id) AS max_id FROM orders GROUP BY user_id")
        List<Total> perUser();

        @Query("SELECT id, max(user_id) OVER (ORDER BY id) AS total FROM orders")
        List<Running> running();

        @Query("SELECT user_id, count(*) AS orders, max(id) AS max_id FROM orders GROUP BY ROLLUP (user_id)")
        List<Total> withGrandTotal();
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aGroupsAggregateIsNotNull_butNotWithRollup(Tool tool) {
    Result r =
        new CompileHarness().source("com.example.Totals", TOTALS).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    // ROLLUP's grand total is a group over no rows when there are none: user_id and max are NULL
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    for (CompileHarness.Diag d : r.errors()) {
      assertThat(d.file()).isEqualTo("Totals.java");
      assertThat(d.line()).isEqualTo(16);
      assertThat(d.message()).contains("[SQLCHECK-404]");
    }
  }

  private static final String JOINS =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Links {
        record Link(long id, long parentId) {}

        @Query("SELECT c.id, c.parent_id FROM nodes c JOIN nodes p ON p.id = c.parent_id")
        List<Link> withParent();

        @Query("SELECT c.id, c.parent_id FROM nodes c LEFT JOIN nodes p ON p.id = c.parent_id")
        List<Link> all();

        @Query(\"""
            SELECT n.id, c.parent_id FROM nodes n
            LEFT JOIN (nodes c JOIN nodes p ON p.id = c.parent_id) ON c.id = n.id\""")
        List<Link> outerAroundInner();
      }
      """;

  /**
   * An inner join's ON proves the nullable key it compares non-null, so it reads into a {@code
   * long}; a LEFT join's ON proves nothing, and an outer join around the inner one brings NULLs
   * back.
   */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void anInnerJoinsOnClause_provesItsKeysNotNull(Tool tool) {
    Result r =
        new CompileHarness()
            .source("com.example.Links", JOINS)
            .schema(
                "CREATE TABLE nodes (id bigint PRIMARY KEY, parent_id bigint REFERENCES nodes);")
            .compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    assertThat(r.errors().get(0).line()).isEqualTo(11);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-404]");
    assertThat(r.errors().get(1).line()).isEqualTo(14);
    assertThat(r.errors().get(1).message()).contains("[SQLCHECK-404]");
  }
}
