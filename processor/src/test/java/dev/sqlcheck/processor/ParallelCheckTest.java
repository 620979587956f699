package dev.sqlcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Queries are checked on a pool of threads when a round has enough of them. The output must not
 * depend on it: the same diagnostics (codes, files, lines, messages, order) and the same generated
 * sources with one thread as with four, under javac and ecj. A failure while analysing one query
 * (on whichever thread ran it) is an internal error on that method, and the other queries are still
 * checked.
 *
 * <p>Isolated: it looks at every thread of the JVM, which must not include another test's.
 */
@Isolated
class ParallelCheckTest {
  private static final String SCHEMA =
      """
      CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text,
                          created_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),
                           total numeric(10, 2) NOT NULL, status text);
      ALTER TABLE users RENAME COLUMN name TO display_name;
      """;

  /**
   * Enough repositories that a round holds far more than the pool's small-round threshold (16
   * queries).
   */
  private static final int REPOSITORIES = 8;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void validProject_sameSourcesAndWarnings_withOneOrFourThreads(Tool tool) {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Result one = project(false).processor(() -> new SqlCheckProcessor(1, sql -> {})).compile(tool);
    Result four =
        project(false)
            .processor(() -> new SqlCheckProcessor(4, sql -> threads.add(threadName())))
            .compile(tool);

    assertWithMessage("%s", one).that(one.errors()).isEmpty();
    assertThat(one.generatedSources()).hasSize(REPOSITORIES);
    assertThat(one.sqlcheck()).isNotEmpty(); // the not-fully-checked warnings
    assertThat(reports(four)).containsExactlyElementsIn(reports(one)).inOrder();
    assertThat(four.generatedSources()).containsExactlyEntriesIn(one.generatedSources()).inOrder();
    assertWithMessage("threads that analysed queries: %s", threads)
        .that(threads.stream().anyMatch(t -> t.startsWith("sqlcheck-analysis-")))
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void projectWithErrors_sameDiagnosticsInSameOrder_withOneOrFourThreads(Tool tool) {
    Result one = project(true).processor(() -> new SqlCheckProcessor(1, sql -> {})).compile(tool);
    Result four = project(true).processor(() -> new SqlCheckProcessor(4, sql -> {})).compile(tool);

    // Every kind of report the pass makes: repository shape, SQL, parameters, return types.
    List<String> codes =
        List.of(
            "[SQLCHECK-101]",
            "[SQLCHECK-200]",
            "[SQLCHECK-201]",
            "[SQLCHECK-301]",
            "[SQLCHECK-403]",
            "[SQLCHECK-501]",
            "[SQLCHECK-502]");
    for (String code : codes) {
      assertWithMessage("%s in %s", code, one)
          .that(one.sqlcheck().stream().anyMatch(d -> d.message().contains(code)))
          .isTrue();
    }
    assertThat(reports(four)).containsExactlyElementsIn(reports(one)).inOrder();
    assertThat(four.generatedSources()).containsExactlyEntriesIn(one.generatedSources()).inOrder();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void failureWhileAnalysingAQuery_isAnInternalErrorOnTheMethod_othersStillChecked(Tool tool) {
    Set<String> failedOn = ConcurrentHashMap.newKeySet();
    Result r =
        project(false)
            .source(
                "com.example.Faulty",
                """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.List;
            @SqlRepository
            public interface Faulty {
              @Query("SELECT email FROM users WHERE id > 0")
              List<String> crashes();

              @Query("SELECT emial FROM users")
              List<String> misspelled();

              @Query("SELECT email FROM users")
              List<String> fine();
            }
            """)
            .processor(
                () ->
                    new SqlCheckProcessor(
                        4,
                        sql -> {
                          if (sql.contains("id > 0")) {
                            failedOn.add(threadName());
                            throw new IllegalStateException("simulated analyser failure");
                          }
                        }))
            .compile(tool);

    List<Diag> internal =
        r.errors().stream().filter(d -> d.message().contains("[SQLCHECK-000]")).toList();
    assertWithMessage("%s", r).that(internal).hasSize(1);
    assertThat(internal.get(0).file()).isEqualTo("Faulty.java");
    assertThat(internal.get(0).line()).isEqualTo(7);
    assertThat(internal.get(0).message()).contains("simulated analyser failure");
    assertThat(failedOn).isNotEmpty();
    // The next query of the same repository is still checked, and so is everything else.
    List<Diag> drift =
        r.errors().stream().filter(d -> d.message().contains("[SQLCHECK-201]")).toList();
    assertWithMessage("%s", r).that(drift).hasSize(1);
    assertThat(drift.get(0).file()).isEqualTo("Faulty.java");
    assertThat(drift.get(0).line()).isEqualTo(9);
    assertThat(r.errors()).hasSize(2);
    assertThat(r.warnings().stream().filter(d -> d.message().contains("[SQLCHECK-101]")).count())
        .isEqualTo(REPOSITORIES);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void noThreadOutlivesTheCompilation(Tool tool) throws InterruptedException {
    Set<Thread> used = ConcurrentHashMap.newKeySet();
    Result r =
        project(false)
            .processor(() -> new SqlCheckProcessor(4, sql -> used.add(Thread.currentThread())))
            .compile(tool);

    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    Set<Thread> ours = new java.util.HashSet<>(used);
    ours.addAll(Thread.getAllStackTraces().keySet());
    ours.removeIf(t -> !t.getName().startsWith("sqlcheck-"));
    assertThat(ours).isNotEmpty();
    for (Thread t : ours) {
      assertThat(t.isDaemon()).isTrue();
      t.join(10_000); // an idle pool thread left behind would wait for work forever
      assertWithMessage("%s is still alive", t.getName()).that(t.isAlive()).isFalse();
    }
  }

  private static String threadName() {
    return Thread.currentThread().getName();
  }

  /** {@link #REPOSITORIES} repositories of seven queries; with {@code broken}, each has faults. */
  private static CompileHarness project(boolean broken) {
    CompileHarness h = new CompileHarness().schema(SCHEMA);
    for (int i = 0; i < REPOSITORIES; i++) {
      h.source("com.example.r" + i + ".Repo" + i, repository(i, broken));
    }
    if (broken) {
      h.source(
          "com.example.NotAnInterface",
          """
          package com.example;
          import dev.sqlcheck.*;
          @SqlRepository
          public abstract class NotAnInterface {}
          """);
    }
    return h;
  }

  private static String repository(int i, boolean broken) {
    String fault =
        switch (i % 4) {
          case 0 ->
              """
            @Query("SELECT id, emial FROM users WHERE id = :id")
            Optional<User> broken(long id);
          """;
          case 1 ->
              """
            @Query("SELECT total FROM orderz WHERE id = :id")
            BigDecimal broken(long id);
          """;
          case 2 ->
              """
            @Query("SELECT name FROM users WHERE id = :id")
            String broken(long id);
            List<String> noQuery();
          """;
          default ->
              """
            @Query("SELECT email FROM users WHERE id = :id AND email = :mail")
            String broken(long id);
            @Query("SELECT created_at FROM users WHERE id = :id")
            int createdAt(long id);
          """;
        };
    return """
        package com.example.r%1$d;
        import dev.sqlcheck.*;
        import java.math.BigDecimal;
        import java.util.List;
        import java.util.Optional;
        @SqlRepository
        public interface Repo%1$d {
          record User(long id, String email) {}
          record Spend(String email, BigDecimal total) {}

          @Query("SELECT id, email FROM users WHERE id = :id")
          Optional<User> find(long id);

          @Query("SELECT email FROM users ORDER BY an_extension_function(email)")
          List<String> sorted();

          @Query("SELECT u.email, o.total FROM users u JOIN orders o ON o.user_id = u.id"
              + " WHERE o.status = :status AND o.total > %1$d")
          List<Spend> spend(String status);

          @Query("SELECT count(*) FROM orders WHERE user_id = :userId")
          long countOrders(long userId);

          @Query("UPDATE users SET display_name = :name WHERE id = :id")
          int rename(long id, String name);

          @Query("INSERT INTO orders (id, user_id, total) VALUES (:id, :userId, :total)"
              + " RETURNING id")
          long place(long id, long userId, BigDecimal total);

          @Query("DELETE FROM orders WHERE id = :id")
          int cancel(long id);
        %2$s}
        """
        .formatted(i, broken ? fault : "");
  }

  /** The diagnostics without the summary note, which names each run's own temporary schema. */
  private static List<CompileHarness.Diag> reports(Result r) {
    return r.diagnostics().stream().filter(d -> !d.message().startsWith("sqlcheck: ")).toList();
  }
}
