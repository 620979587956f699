package dev.sqlcheck.processor.generated;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Repository shapes that must generate code which compiles cleanly, under javac and ecj. */
class GenerationShapesTest {

  private static Result compile(Tool tool, String name, String source) {
    return new CompileHarness()
        .schema(SignatureCheckTest.SCHEMA)
        .source(name, source)
        .option("-Xlint:all,-processing")
        .compile(tool);
  }

  private static void assertClean(Result r) {
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r)
        .that(r.warnings().stream().filter(w -> !w.message().contains("SuppressWarnings")).toList())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void parametersNamedLikeLocals_doNotCollide(Tool tool) {
    Result r =
        compile(
            tool,
            "com.example.Names",
"""
package com.example;
import dev.sqlcheck.*;
import java.util.*;
import java.util.stream.Stream;
@SqlRepository
public interface Names {
  record Item(long id, String email) {}
  // An IN list on an expression of unknown type is expanded, so the counter p is needed.
  @Query("SELECT id, email FROM users WHERE shard_of(id) IN (:p) AND email <> :sql AND id <> :conn"
      + " AND id <> :ps AND id <> :rs AND email <> :e AND email <> :dataSource")
  Stream<Item> find(List<Long> p, String sql, long conn, long ps, long rs, String e,
      String dataSource);
  @Query("UPDATE users SET email = :email WHERE id = :id")
  void saveAll(List<Item> item);
}
""");
    assertClean(r);
    String impl = r.generatedSources().get("NamesImpl.java");
    assertThat(impl).contains("Connection conn_ = null;");
    assertThat(impl).contains("int p_ = 1;");
    assertThat(impl).contains("for (Names.Item item_ : item)");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void batchWithInList_worksAsOneArray_butNotExpanded(Tool tool) {
    String source =
        """
        package com.example;
        import dev.sqlcheck.*;
        import java.util.*;
        @SqlRepository
        public interface Batches {
          record Rename(String email, List<Long> ids) {}
          @Query("UPDATE users SET email = :email WHERE id IN (:ids)")
          int[] renameAll(List<Rename> renames);
        }
        """;
    Result r = compile(tool, "com.example.Batches", source);
    assertClean(r);
    assertThat(r.generatedSources().get("BatchesImpl.java"))
        .contains("JdbcSupport.inListArray(conn, \"int8\", item.ids())");
    // On an expression of unknown type the list would have to grow, which a batch cannot do.
    Result unknown =
        compile(tool, "com.example.Batches", source.replace("id IN", "shard_of(id) IN"));
    assertWithMessage("%s", unknown).that(unknown.errors()).hasSize(1);
    assertThat(unknown.errors().get(0).message()).contains("[SQLCHECK-305]");
    assertThat(unknown.errors().get(0).message()).contains("use = ANY(:ids) instead");
    // A function the schema declares with a result type is not unknown: one array again.
    Result declared =
        compile(
            tool,
            "com.example.Batches",
            source
                .replace("id IN (:ids)", "shard_no(id) IN (:ids)")
                .replace("List<Long> ids", "List<Integer> ids"));
    assertClean(declared);
    assertThat(declared.generatedSources().get("BatchesImpl.java"))
        .contains("JdbcSupport.inListArray(conn, \"int4\", item.ids())");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void overloadsNestedInterfaceAndDefaultMethods_generate(Tool tool) {
    Result r =
        compile(
            tool,
            "com.example.Outer",
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.*;
            public class Outer {
              @SqlRepository
              public interface Inner {
                @Query("SELECT email FROM users WHERE id = :id")
                Optional<String> find(long id);
                @Query("SELECT email FROM users WHERE email = :email")
                Optional<String> find(String email);
                default String findOrDefault(long id) { return find(id).orElse("none"); }
                static String hello() { return "hi"; }
              }
            }
            """);
    assertClean(r);
    String impl = r.generatedSources().get("Outer_InnerImpl.java");
    assertWithMessage("%s", r.generatedSources().keySet()).that(impl).isNotNull();
    assertThat(impl).contains("public final class Outer_InnerImpl implements Outer.Inner");
    assertThat(impl).contains("SQL_find =");
    assertThat(impl).contains("SQL_find_2 =");
    assertThat(impl).doesNotContain("findOrDefault");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void constructorClassesBeansAndEnums_generate(Tool tool) {
    Result r =
        compile(
            tool,
            "com.example.Shapes",
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.math.BigDecimal;
            import java.util.*;
            @SqlRepository
            public interface Shapes {
              final class Total {
                public Total(Long userId, BigDecimal total) {}
              }
              class Filter {
                public String getEmail() { return "x"; }
                public boolean isActive() { return true; }
              }
              enum Kind { A, B }
              @Query("SELECT user_id, total FROM orders WHERE user_id IS NOT NULL AND total > 0"
                  + " AND id = :id")
              List<Total> totals(long id);
              @Query("SELECT count(*) FROM users WHERE email = :f.email OR :f.active")
              long count(Filter f);
              @Query("SELECT email FROM users WHERE email = :kind")
              List<String> byKind(Kind kind);
              @Query("SELECT id FROM users WHERE id = ANY(:ids) AND email = ANY(:emails)")
              List<Long> ids(Long[] ids, Set<String> emails);
              @Query("SELECT id FROM users WHERE id = ANY(:ids)")
              List<Long> some(long... ids);
            }
            """);
    assertClean(r);
    String impl = r.generatedSources().get("ShapesImpl.java");
    assertThat(impl).contains("f.getEmail()");
    assertThat(impl).contains("ps.setBoolean(2, f.isActive());");
    assertThat(impl).contains("JdbcSupport.array(conn, \"text\", emails)");
    assertThat(impl).contains("public List<Long> some(long... ids)");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void inheritedQueryMethods_areImplemented(Tool tool) {
    Result r =
        new CompileHarness()
            .schema(SignatureCheckTest.SCHEMA)
            .source(
                "com.example.Base",
                """
                package com.example;
                import dev.sqlcheck.*;
                import java.util.*;
                public interface Base {
                  @Query("SELECT email FROM users WHERE id = :id")
                  Optional<String> email(long id);
                }
                """)
            .source(
                "com.example.Users",
                """
                package com.example;
                import dev.sqlcheck.*;
                @SqlRepository
                public interface Users extends Base {
                  @Query("SELECT count(*) FROM users")
                  long count();
                }
                """)
            .compile(tool);
    assertClean(r);
    String impl = r.generatedSources().get("UsersImpl.java");
    assertThat(impl).contains("public Optional<String> email(long id)");
    assertThat(impl).contains("public long count()");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void inheritedMethodWithoutQuery_isReportedOnTheRepository(Tool tool) {
    Result r =
        compile(
            tool,
            "com.example.Closing",
            """
            package com.example;
            import dev.sqlcheck.*;
            @SqlRepository
            public interface Closing extends AutoCloseable {
              @Query("SELECT count(*) FROM users")
              long count();
            }
            """);
    assertWithMessage("%s", r).that(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).message()).contains("[SQLCHECK-502]");
    assertThat(r.errors().get(0).message()).contains("\"close\"");
    assertThat(r.errors().get(0).line()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void suppressWarningsOnInterface_silencesUnusedColumnsOfEveryMethod(Tool tool) {
    Result r =
        compile(
            tool,
            "com.example.Quiet",
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.*;
            @SqlRepository
            @SuppressWarnings("sqlcheck:unused-column")
            public interface Quiet {
              record Email(String email) {}
              @Query("SELECT id, email FROM users")
              List<Email> emails();
            }
            """);
    assertWithMessage("%s", r).that(r.sqlcheck()).isEmpty();
    assertThat(r.generatedSources()).containsKey("QuietImpl.java");
  }
}
