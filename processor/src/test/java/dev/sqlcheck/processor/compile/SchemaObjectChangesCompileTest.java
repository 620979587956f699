package dev.sqlcheck.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sqlcheck.processor.testing.CompileHarness;
import dev.sqlcheck.processor.testing.CompileHarness.Diag;
import dev.sqlcheck.processor.testing.CompileHarness.Result;
import dev.sqlcheck.processor.testing.CompileHarness.Tool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A later migration renames a schema, an enum type and a sequence, drops a function, and drops a
 * column with the view that uses it, under javac and ecj (a table made by SELECT INTO moves with
 * its schema): the queries still on the old names are reported on their {@code @Query}'s file and
 * line, the queries on the new names compile clean, and a DROP that PostgreSQL refuses is reported
 * on its migration's line. PostgreSQL's verdicts on the same statements and queries are confirmed
 * in {@code SchemaObjectChangesTest}.
 */
class SchemaObjectChangesCompileTest {
  @TempDir Path dir;

  private static final String REPO =
      """
      package com.example;
      import dev.sqlcheck.*;
      import java.util.List;
      @SqlRepository
      public interface Items {
        @Query("SELECT name FROM shop.items WHERE kind = 'book'::item_kind")
        List<String> books();

        @Query("SELECT name FROM app.items")
        List<String> stale();

        @Query("SELECT name FROM shop.items WHERE kind = 'book'::kind")
        List<String> staleType();

        @Query("SELECT slug(name) FROM shop.items")
        List<String> slugs();

        @Query("SELECT last_value FROM receipt_numbers")
        long lastReceipt();

        @Query("SELECT last_value FROM invoice_numbers")
        long lastInvoice();

        @Query("SELECT label FROM tag_labels")
        List<String> labels();

        @Query("SELECT name FROM shop.item_archive")
        List<String> archived();
      }
      """;

  private static final String V1 =
      """
      CREATE SCHEMA app;
      CREATE TYPE kind AS ENUM ('book', 'film');
      CREATE TABLE app.items (id bigint PRIMARY KEY, name text NOT NULL, kind kind NOT NULL);
      CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql AS $$ SELECT lower(t) $$;
      CREATE SEQUENCE invoice_numbers;
      CREATE TABLE app.tags (id int PRIMARY KEY, label text NOT NULL);
      CREATE VIEW tag_labels AS SELECT label FROM app.tags;
      SELECT id, name INTO app.item_archive FROM app.items;
      """;

  private static final String V2 =
      """
      ALTER SCHEMA app RENAME TO shop;
      ALTER TYPE kind RENAME TO item_kind;
      DROP FUNCTION slug(text);
      DROP SCHEMA shop;
      ALTER SEQUENCE invoice_numbers RENAME TO receipt_numbers;
      ALTER TABLE shop.tags DROP COLUMN label CASCADE;
      """;

  private Result compile(Tool tool) throws IOException {
    CompileHarness.write(dir, "db/V1__init.sql", V1);
    CompileHarness.write(dir, "db/V2__rename.sql", V2);
    return CompileHarness.compile(tool, "com.example.Items", REPO, dir.resolve("db"));
  }

  private static void assertAt(Diag d, long line, String text) {
    assertThat(d.file()).isEqualTo("Items.java");
    assertThat(d.line()).isEqualTo(line);
    assertThat(d.message()).contains(text);
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void queriesOnOldNames_areReportedOnTheirLines_andTheNewNamesCompile(Tool tool)
      throws IOException {
    Result r = compile(tool);
    assertWithMessage("%s", r).that(r.errors()).hasSize(3);
    assertAt(r.errors().get(0), 9, "[SQLCHECK-20");
    assertThat(r.errors().get(0).message()).contains("schema \"app\" does not exist");
    assertThat(r.errors().get(0).message())
        .contains("schema \"app\" was renamed to \"shop\" at V2__rename.sql:1");
    assertAt(r.errors().get(1), 21, "table \"invoice_numbers\" does not exist");
    // dropped with the column it used, as PostgreSQL's CASCADE drops it
    assertAt(r.errors().get(2), 24, "table \"tag_labels\" does not exist");
    assertThat(r.errors().get(2).message()).contains("was dropped at V2__rename.sql:6");

    List<Diag> queryWarnings =
        r.warnings().stream().filter(d -> d.message().contains("[SQLCHECK-101]")).toList();
    assertWithMessage("%s", r).that(queryWarnings).hasSize(2);
    assertAt(queryWarnings.get(0), 12, "[SQLCHECK-101]");
    assertThat(queryWarnings.get(0).message())
        .contains("type \"kind\" was renamed to \"item_kind\" at V2__rename.sql:2");
    assertAt(queryWarnings.get(1), 15, "[SQLCHECK-101]");
    assertThat(queryWarnings.get(1).message())
        .contains("function \"slug\" was dropped at V2__rename.sql:3");

    List<Diag> refused =
        r.warnings().stream().filter(d -> d.message().contains("PostgreSQL refuses")).toList();
    assertWithMessage("%s", r).that(refused).hasSize(1);
    // on the repository that was checked against the schema, naming the migration's line
    assertAt(
        refused.get(0),
        5,
        "[SQLCHECK-004] V2__rename.sql:4: PostgreSQL refuses DROP SCHEMA shop: \"items\" depends on schema"
            + " \"shop\"");
  }
}
