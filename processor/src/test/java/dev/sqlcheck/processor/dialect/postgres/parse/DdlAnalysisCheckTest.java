package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The errors of SQLSTATE 42601 that PostgreSQL raises after its grammar accepted a DDL statement
 * (conflicting NULL/NOT NULL, an option given twice, a misplaced DEFERRABLE, a type modifier on
 * {@code text}, DEFAULT as a value…), judged by the local PostgreSQL 15 against a scratch schema.
 * The cases are in {@code ddl-analysis/cases.sql}: those under {@code @agree} must get PostgreSQL's
 * verdict; under {@code @other-first} PostgreSQL first meets an error of another kind that needs
 * the catalog (a missing type, an installed extension…) where this parser, assuming names resolve,
 * reports the 42601 error that follows; under {@code @not-modelled} are 42601 errors this parser
 * does not check. The last two lists document the known differences and fail the test when one goes
 * away.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DdlAnalysisCheckTest {
  private static final PgGrammar V15 = PgGrammar.of(15);

  private PgOracle oracle;

  @BeforeAll
  void createSchema() throws SQLException {
    oracle = new PgOracle("ddlanalysis");
    oracle.execute(
        "CREATE TABLE kw (a int PRIMARY KEY, b text); CREATE TYPE ct AS (a int, b text);"
            + " CREATE TABLE pt (a int) PARTITION BY LIST (a); CREATE DOMAIN dd int;"
            + " CREATE FUNCTION ff() RETURNS int LANGUAGE sql AS 'select 1';"
            + " CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS"
            + " 'begin return new; end'; CREATE SEQUENCE sq; CREATE POLICY pp ON kw USING (true);"
            + " CREATE TYPE en AS ENUM ('zz'); CREATE PROCEDURE pp() LANGUAGE sql AS 'select 1';"
            + " CREATE TABLE ki (a int GENERATED ALWAYS AS IDENTITY)");
  }

  @Test
  void checksAfterTheGrammar_agreeWithPostgres15() throws IOException {
    Map<String, List<String>> cases = cases();
    Agreement agree = new Agreement();
    for (String sql : cases.get("agree")) {
      agree.record(sql, oracle.judgeDdl(sql), PgParser.parse(sql, V15));
    }
    System.out.println(agree.summary("DDL checks after the grammar"));
    agree.disagreements.forEach(d -> System.out.println("  " + d));
    agree.positionMismatches.forEach(d -> System.out.println("  " + d));
    List<String> unexpected = new ArrayList<>();
    List<String> otherFirst = cases.getOrDefault("other-first", List.of());
    for (String sql : otherFirst) {
      if (oracle.judgeDdl(sql).syntaxError() || PgParser.parse(sql, V15).ok()) {
        unexpected.add("other-first case no longer as documented: " + sql);
      }
    }
    List<String> notModelled = cases.getOrDefault("not-modelled", List.of());
    for (String sql : notModelled) {
      if (!oracle.judgeDdl(sql).syntaxError() || !PgParser.parse(sql, V15).ok()) {
        unexpected.add("not-modelled case no longer as documented: " + sql);
      }
    }
    System.out.printf(
        "DDL checks after the grammar: documented differences: %d other error first, %d not"
            + " modelled%n",
        otherFirst.size(), notModelled.size());
    unexpected.forEach(System.out::println);
    assertEquals(agree.cases, agree.agreed, "disagreements with PostgreSQL 15");
    assertTrue(unexpected.isEmpty(), String.join("\n", unexpected));
  }

  /** The sections of the case file, each a list of one-line statements. */
  private static Map<String, List<String>> cases() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> section = null;
    try (InputStream in =
        DdlAnalysisCheckTest.class.getResourceAsStream("/ddl-analysis/cases.sql")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("-- @")) {
          section = out.computeIfAbsent(line.substring(4).trim(), k -> new ArrayList<>());
        } else if (!line.isBlank() && !line.startsWith("--") && section != null) {
          section.add(line);
        }
      }
    }
    return out;
  }

  @AfterAll
  void dropDatabase() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }
}
