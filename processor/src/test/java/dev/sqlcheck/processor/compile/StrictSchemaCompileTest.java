package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Strict schema reading under javac and ecj: a CREATE TABLE PostgreSQL refuses (SQLCHECK-002 at the
 * offending line), a view over a missing name (SQLCHECK-004), a MySQL schema (one SQLCHECK-002) and
 * a table rebuilt inside a DO block. Queries on what was refused get SQLCHECK-207, never a false
 * error; the PostgreSQL facts are confirmed in {@code StrictDdlTest} and {@code
 * DoBlockInterpreterTest}.
 */
class StrictSchemaCompileTest {
  @TempDir Path dir;

  private static CompileHarness repo(String body) {
    return new CompileHarness()
        .source(
            "com.example.Repo",
            """
            package com.example;
            import dev.sqlcheck.*;
            import java.util.List;
            @SqlRepository
            public interface Repo {
            """
                + body
                + "\n}\n");
  }

  private static List<Diag> withCode(List<Diag> diags, String code) {
    return diags.stream().filter(d -> d.message().contains("[" + code + "]")).toList();
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void missingComma_warnsAtTheLine_andQueriesOnTheTableAreNotChecked(Tool tool) {
    Result r =
        repo("""
                  @Query("SELECT placed_at FROM orders")
                  List<java.time.OffsetDateTime> placed();

                  @Query("SELECT nickname FROM users WHERE id = :id")
                  List<String> nick(long id);
                """)
            .schema(dev.sqlcheck.processor.schema.StrictFixtures.MISSING_COMMA)
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> refused = withCode(r.warnings(), "SQLCHECK-002");
    assertWithMessage("%s", r).that(refused).hasSize(1);
    assertThat(refused.get(0).message()).contains("schema.sql:5");
    assertThat(refused.get(0).message()).contains("syntax error at or near \"placed_at\"");
    assertThat(refused.get(0).message()).contains("is a comma missing before \"placed_at\"?");
    List<Diag> lost = withCode(r.warnings(), "SQLCHECK-207");
    assertWithMessage("%s", r).that(lost).hasSize(1);
    assertThat(lost.get(0).message()).contains("\"orders\"");
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void alterTablePostgresRefuses_warnsAtTheLine_andItsColumnsAreNotChecked(Tool tool) {
    Result r =
        repo("""
                  @Query("SELECT email FROM users WHERE id = :id")
                  List<String> email(long id);

                  @Query("SELECT isbn FROM books")
                  List<String> isbns();
                """)
            .schema(
                """
                CREATE TABLE users (id bigint PRIMARY KEY, nickname text);
                CREATE TABLE books (id bigint PRIMARY KEY, title text);
                ALTER TABLE users
                  ADD COLUMN email text NOT NULL DEFAULT '' created_at timestamptz;
                ALTER TABLE books ADD COLUMN isbn text;
                """)
            .compile(tool);
    // PostgreSQL refuses the statement (confirmed in StrictDdlTest): no error, no clean pass
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> refused = withCode(r.warnings(), "SQLCHECK-002");
    assertWithMessage("%s", r).that(refused).hasSize(1);
    assertThat(refused.get(0).message()).contains("schema.sql:4");
    assertThat(refused.get(0).message()).contains("ALTER TABLE \"users\" is not valid PostgreSQL");
    List<Diag> unchecked = withCode(r.warnings(), "SQLCHECK-101");
    assertWithMessage("%s", r).that(unchecked).hasSize(1);
    assertThat(unchecked.get(0).message()).contains("\"email\"");
    assertWithMessage("%s", r).that(r.problems()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void viewOverAMissingRelation_is004_andQueriesOnItWarn(Tool tool) {
    Result r =
        repo("""
                  @Query("SELECT zzz FROM login_report")
                  List<String> report();
                """)
            .schema(
                """
                CREATE TABLE users (id bigint PRIMARY KEY, nickname text);
                CREATE VIEW login_report AS SELECT nickname FROM active_users;
                """)
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> invalid = withCode(r.warnings(), "SQLCHECK-004");
    assertWithMessage("%s", r).that(invalid).hasSize(1);
    assertThat(invalid.get(0).message()).contains("schema.sql:2");
    assertThat(invalid.get(0).message()).contains("\"active_users\" does not exist");
    assertWithMessage("%s", r).that(withCode(r.warnings(), "SQLCHECK-207")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void mysqlSchema_getsOneMessage(Tool tool) throws IOException {
    String mysql =
        Files.readString(Path.of("src/test/resources/not-postgresql/petclinic-mysql-schema.sql"));
    Result r =
        repo("""
                  @Query("SELECT first_name FROM owners WHERE id = :id")
                  List<String> names(int id);
                """)
            .schema(mysql)
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> schema = withCode(r.warnings(), "SQLCHECK-002");
    assertWithMessage("%s", r).that(schema).hasSize(1);
    assertThat(schema.get(0).message()).contains("looks like MySQL/MariaDB");
    assertThat(schema.get(0).message()).contains("sqlcheck checks PostgreSQL");
    assertWithMessage("%s", r).that(withCode(r.warnings(), "SQLCHECK-207")).hasSize(1);
  }

  private static final String REBUILD_QUERIES =
      """
        @Query("SELECT email FROM users WHERE id = :id")
        List<String> email(long id);

        @Query("INSERT INTO users (id, nickname, email) VALUES (:id, :nickname, :email)")
        int add(long id, String nickname, String email);

        @Query("SELECT placed_at FROM orders WHERE id = :id")
        List<java.time.OffsetDateTime> placed(long id);

        @Query("SELECT amount, note FROM orders")
        List<Amount> amounts();

        record Amount(java.math.BigDecimal amount, String note) {}
      """;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void tableRebuiltInADoBlock_queriesOnTheNewShapeCompile(Tool tool) throws IOException {
    Files.createDirectories(dir.resolve("db"));
    String rebuild = dev.sqlcheck.processor.schema.StrictFixtures.REBUILD;
    int block = rebuild.indexOf("DO $$");
    Files.writeString(dir.resolve("db/V1__init.sql"), rebuild.substring(0, block));
    Files.writeString(dir.resolve("db/V2__rebuild.sql"), rebuild.substring(block));
    Result r = repo(REBUILD_QUERIES).option("-Asqlcheck.schema=" + dir.resolve("db")).compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    // The rolling-deploy lint sees the one change the previous build would notice: the column
    // "total" renamed to "amount". The table rebuilt as users_new and renamed back to "users"
    // keeps every column the old "users" had, so it is not reported.
    List<Diag> lint = withCode(r.warnings(), "SQLCHECK-008");
    assertWithMessage("%s", r).that(lint).hasSize(1);
    assertThat(lint.get(0).message()).contains("\"total\" to \"amount\"");
    assertWithMessage("%s", r).that(r.problems()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void dynamicDdlInADoBlock_warnsAtItsLine_andQueriesOnTheTableWarn(Tool tool) throws IOException {
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(
        dir.resolve("db/V1__init.sql"),
        "CREATE TABLE users (id bigint PRIMARY KEY, nickname text);\n");
    Files.writeString(
        dir.resolve("db/V2__widen.sql"),
        """
        DO $$
        DECLARE t text := 'users';
        BEGIN
          EXECUTE format('ALTER TABLE %I ADD COLUMN email text', t);
        END $$;
        """);
    Result r =
        repo("""
                  @Query("SELECT email FROM users WHERE id = :id")
                  List<String> email(long id);
                """)
            .option("-Asqlcheck.schema=" + dir.resolve("db"))
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    List<Diag> dynamic = withCode(r.warnings(), "SQLCHECK-002");
    assertWithMessage("%s", r).that(dynamic).hasSize(1);
    assertThat(dynamic.get(0).message()).contains("V2__widen.sql:4");
    assertThat(dynamic.get(0).message()).contains("EXECUTE");
    assertWithMessage("%s", r).that(withCode(r.warnings(), "SQLCHECK-207")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void viewsAndTablesAsQuery_withColumnsNamedLikeKeyWords_areFullyChecked(Tool tool) {
    Result r =
        repo("""
                  @Query("SELECT errors FROM recent WHERE uuid = :uuid")
                  List<String> recent(java.util.UUID uuid);

                  @Query("SELECT uid FROM recent")
                  List<String> typo();

                  @Query("SELECT id FROM snapshot WHERE uuid = :u")
                  long snapshot(java.util.UUID u);
                """)
            .schema(
                """
                CREATE TABLE jobs (id bigint PRIMARY KEY, uuid uuid NOT NULL, errors text);
                CREATE VIEW recent AS SELECT id, uuid, errors FROM jobs WHERE errors IS NOT NULL;
                CREATE TABLE snapshot AS SELECT id, uuid FROM jobs;
                """)
            .compile(tool);
    assertWithMessage("%s", r).that(r.warnings()).isEmpty();
    assertWithMessage("%s", r).that(r.errors()).hasSize(2);
    // The renamed column is drift in a view too.
    Diag drift = withCode(r.errors(), "SQLCHECK-201").get(0);
    assertThat(drift.message()).contains("column \"uid\" does not exist");
    assertThat(drift.file()).isEqualTo("Repo.java");
    assertThat(drift.line()).isEqualTo(9);
    // A table made by AS has no NOT NULL, whatever the query's columns had.
    Diag primitive = withCode(r.errors(), "SQLCHECK-404").get(0);
    assertThat(primitive.file()).isEqualTo("Repo.java");
    assertThat(primitive.line()).isEqualTo(12);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void aViewWithMoreColumnNamesThanItsQuery_warnsWithPostgresMessage_andQueriesOnItWarn(Tool tool) {
    Result r =
        repo("""
                  @Query("SELECT a FROM recent")
                  List<Long> recent();
                """)
            .schema(
                """
                CREATE TABLE jobs (id bigint PRIMARY KEY, uuid uuid NOT NULL);
                CREATE VIEW recent (a, b, c) AS SELECT id, uuid FROM jobs;
                """)
            .compile(tool);
    assertWithMessage("%s", r).that(r.errors()).isEmpty();
    Diag refused = withCode(r.warnings(), "SQLCHECK-002").get(0);
    assertThat(refused.file()).isEqualTo("Repo.java");
    assertThat(refused.line()).isEqualTo(5);
    assertThat(refused.message())
        .contains(
            "schema.sql:2: CREATE VIEW \"recent\" is not valid PostgreSQL: CREATE VIEW specifies"
                + " more column names than columns");
    Diag lost = withCode(r.warnings(), "SQLCHECK-207").get(0);
    assertThat(lost.file()).isEqualTo("Repo.java");
    assertThat(lost.line()).isEqualTo(6);
  }
}
