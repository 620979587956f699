package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's extension example: calls of {@code pgcrypto}, {@code uuid-ossp} and {@code pg_trgm},
 * which the schema creates, compile with their result types mapped, and a call no overload takes is
 * PostgreSQL's error on its method. {@code ExtensionFunctionsAgreeWithPostgresTest} compares each
 * rule with PostgreSQL.
 */
class ExtensionFunctionsCompileTest {
  private static final String SCHEMA =
      """
      CREATE EXTENSION IF NOT EXISTS pgcrypto;
      CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        name text NOT NULL,
        password_hash text NOT NULL
      );
      """;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      import java.util.Optional;
      import java.util.UUID;
      @SqlRepository
      public interface Users {
        record Match(String name, Float score) {}

        @Query(\"""
            INSERT INTO users (id, name, password_hash)
            VALUES (uuid_generate_v4(), :name, crypt(:pw, gen_salt('bf'))) RETURNING id\""")
        UUID create(String name, String pw);

        @Query("SELECT id FROM users WHERE password_hash = crypt(:pw, password_hash)")
        Optional<UUID> login(String pw);

        @Query(\"""
            SELECT name, similarity(name, :q) AS score FROM users
            WHERE name % :q ORDER BY name <-> :q\""")
        List<Match> search(String q);

        @Query("SELECT crypt(:pw, gen_salt(12))")
        String hash(String pw);

        @Query("SELECT similarity(name, :q) AS score FROM users")
        List<Integer> wrongType(String q);
      }
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void extensionCallsAreCheckedAsPostgresResolvesThem(Tool tool) {
    Result r = new CompileHarness().source("com.example.Users", REPO).schema(SCHEMA).compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    CompileHarness.Diag hash = r.errors().get(0);
    assertThat(hash.file()).isEqualTo("Users.java");
    assertThat(hash.line()).isEqualTo(23);
    assertThat(hash.message()).contains("function gen_salt(integer) does not exist");
    CompileHarness.Diag wrong = r.errors().get(1);
    assertThat(wrong.line()).isEqualTo(26);
    assertThat(wrong.message()).contains("real");
  }

  /**
   * {@code DROP SCHEMA} without {@code CASCADE} of the schema an extension lives in is refused by
   * PostgreSQL, so it changes nothing: a warning on the repository, naming the schema's line.
   */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void droppingTheSchemaOfAnExtension_isRefusedAsInPostgres(Tool tool) {
    String schema =
        """
        CREATE SCHEMA util;
        CREATE EXTENSION pg_trgm SCHEMA util;
        DROP SCHEMA util;
        CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
        """;
    String repo =
        """
        package com.example;
        import dev.sqlcheck.*;
        import java.util.List;
        @SqlRepository
        public interface Names {
          @Query("SELECT name FROM users")
          List<String> all();
        }
        """;
    Result r = new CompileHarness().source("com.example.Names", repo).schema(schema).compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    assertWithMessage("%s", r).that(r.warnings()).hasSize(1);
    CompileHarness.Diag refused = r.warnings().get(0);
    assertThat(refused.file()).isEqualTo("Names.java");
    assertThat(refused.line()).isEqualTo(5);
    assertThat(refused.message())
        .contains(
            "[SQLCHECK-004] schema.sql:3: PostgreSQL refuses DROP SCHEMA util: extension"
                + " \"pg_trgm\" depends on schema \"util\"");
  }
}
