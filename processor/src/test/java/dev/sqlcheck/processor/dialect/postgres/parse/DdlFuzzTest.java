package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.sql.ast.UnsupportedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Random DDL from {@link DdlGenerator} and mutations of it (a token dropped, doubled or swapped
 * with the next, a key word inserted, a comma or a parenthesis dropped), judged by the local
 * PostgreSQL 15: each statement runs in a transaction that is rolled back, against a scratch
 * schema. Our parser with {@code PgGrammar.of(15)} must say "syntax error" exactly when PostgreSQL
 * answers SQLSTATE 42601, from its grammar or from the checks after it. The seed is fixed; {@code
 * -Dsqlcheck.fuzz.cases=N} runs more cases and {@code -Dsqlcheck.fuzz.seed=S} another seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DdlFuzzTest {
  /** Hand-picked cases: the missing comma that used to be misread, and its neighbours. */
  static final List<String> FIXED =
      List.of(
          "CREATE TABLE orders (id int, status order_status NOT NULL DEFAULT 'pending' placed_at"
              + " timestamptz)",
          "CREATE TABLE orders (id int status text)",
          "CREATE TABLE orders (id int, status text NOT NULL placed_at timestamptz)",
          "CREATE TABLE orders (id int PRIMARY KEY name text)",
          "CREATE TABLE orders (id int REFERENCES t1 (a) name text)",
          "CREATE TABLE orders (id int, PRIMARY KEY (id) name text)",
          "ALTER TABLE t1 ADD COLUMN z int DEFAULT 0 y text",
          "ALTER TABLE t1 ADD COLUMN z int DROP COLUMN b",
          "CREATE TABLE orders (id int, status text NOT NULL DEFAULT 'p', placed_at timestamptz)");

  private PgOracle oracle;
  private final List<String> keywords = new ArrayList<>();

  @BeforeAll
  void createSchema() throws SQLException {
    oracle = new PgOracle("ddlfuzz");
    oracle.execute(
        "CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TYPE pair AS (x int, y text);CREATE DOMAIN d1"
            + " AS int; CREATE SEQUENCE s1;CREATE TABLE t1 (a int PRIMARY KEY, b text, c int[], id"
            + " int, name text, x int, v int, status text, placed_at timestamptz);CREATE TABLE t2"
            + " (a int, b text); CREATE TABLE tp (a int) PARTITION BY LIST (a);CREATE UNIQUE INDEX"
            + " i1 ON t1 (b); ALTER TABLE t1 ADD CONSTRAINT c1 CHECK (a > 0);CREATE FUNCTION trg()"
            + " RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'");
    try (Statement s = oracle.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords() ORDER BY word")) {
      while (rs.next()) {
        keywords.add(rs.getString(1));
      }
    }
  }

  @Test
  void fixedCases_agreeWithPostgres15() {
    Agreement fixed = new Agreement();
    for (String sql : FIXED) {
      fixed.record(sql, oracle.judgeDdl(sql), PgParser.parse(sql, PgGrammar.of(15)));
    }
    System.out.println(fixed.summary("DDL fuzz, fixed cases"));
    fixed.disagreements.forEach(d -> System.out.println("  " + d));
    assertEquals(fixed.cases, fixed.agreed);
  }

  @Test
  void generatedAndMutatedDdl_agreesWithPostgres15() {
    int cases = Integer.getInteger("sqlcheck.fuzz.cases", 4000);
    long seed = Long.getLong("sqlcheck.fuzz.seed", 20240615L);
    DdlGenerator gen = new DdlGenerator(seed, keywords);
    Random r = gen.random();
    PgGrammar v15 = PgGrammar.of(15);
    Agreement generated = new Agreement();
    Agreement mutated = new Agreement();
    int skipped = 0;
    for (int i = 0; i < cases; i++) {
      String sql = gen.statement();
      boolean mutate = i % 2 == 1;
      if (mutate) {
        sql = mutate(sql, r);
      }
      PgParseResult ours = PgParser.parse(sql, v15);
      if (ours.ok() && ours.statements().get(0) instanceof UnsupportedStatement) {
        skipped++; // a mutation made a statement we only recognise: its content is not judged
        continue;
      }
      PgOracle.Verdict pg = oracle.judgeDdl(sql);
      (mutate ? mutated : generated).record(sql, pg, ours);
    }
    System.out.println(
        "DDL fuzz: seed "
            + seed
            + ", "
            + cases
            + " cases, "
            + skipped
            + " skipped (recognised, not modelled: CREATE USER, END, …)");
    System.out.println(generated.summary("DDL fuzz, generated"));
    System.out.println(mutated.summary("DDL fuzz, mutated"));
    for (Agreement a : List.of(generated, mutated)) {
      a.disagreements.forEach(d -> System.out.println("  " + d));
      a.positionMismatches.stream().limit(40).forEach(d -> System.out.println("  " + d));
    }
    assertTrue(generated.rate() >= 0.995, generated.summary("generated"));
    assertTrue(mutated.rate() >= 0.995, mutated.summary("mutated"));
  }

  /** One random change on the token boundaries of our own lexer. */
  private String mutate(String sql, Random r) {
    PgTokens t = PgLexer.lex(sql, PgGrammar.defaultRange());
    int n = t.size - 1; // without EOF
    if (n < 2) {
      return sql;
    }
    int kind = r.nextInt(6);
    int i = r.nextInt(n);
    if (kind >= 4) {
      List<Integer> targets = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (kind == 4 ? t.kind[j] == ',' : t.kind[j] == '(' || t.kind[j] == ')') {
          targets.add(j);
        }
      }
      if (targets.isEmpty()) {
        return sql;
      }
      i = targets.get(r.nextInt(targets.size()));
      return sql.substring(0, t.start[i]) + sql.substring(t.end[i]);
    }
    String tok = t.text(i);
    String before = sql.substring(0, t.start[i]);
    String after = sql.substring(t.end[i]);
    switch (kind) {
      case 0:
        return before + after;
      case 1:
        return before + tok + " " + tok + after;
      case 2:
        if (i + 1 < n) {
          return before
              + t.text(i + 1)
              + sql.substring(t.end[i], t.start[i + 1])
              + tok
              + sql.substring(t.end[i + 1]);
        }
        return before + after;
      default:
        return before + keywords.get(r.nextInt(keywords.size())) + " " + tok + after;
    }
  }

  @AfterAll
  void dropDatabase() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }
}
