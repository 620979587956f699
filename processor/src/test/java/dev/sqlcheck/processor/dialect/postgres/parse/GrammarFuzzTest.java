package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Random statements from {@link SqlGenerator} and token-level mutations of them (a token dropped,
 * doubled or swapped with the next, a key word inserted), judged by the local PostgreSQL 15: our
 * parser with {@code PgGrammar.of(15)} must say "syntax error" exactly when PostgreSQL's lexer or
 * grammar does. The seed is fixed; {@code -Dsqlcheck.fuzz.cases=N} runs more cases and {@code
 * -Dsqlcheck.fuzz.seed=S} another seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrammarFuzzTest {
  /**
   * A colon glued between a word and a name ({@code a[x:y]} after a key word, {@code least:hi}):
   * sqlcheck reads a named parameter where PostgreSQL reads something else, by design.
   */
  private static final java.util.regex.Pattern GLUED_COLON =
      java.util.regex.Pattern.compile("[\\w\\])]:[A-Za-z_]");

  private PgOracle oracle;
  private int skipped;
  private final List<String> keywords = new ArrayList<>();

  @BeforeAll
  void createSchema() throws SQLException {
    oracle = new PgOracle("fuzz");
    oracle.execute(
        "CREATE TYPE mood AS ENUM ('a', 'b');"
            + "CREATE TABLE t1 (a int PRIMARY KEY, b text, c int[], d jsonb, id int, name text,"
            + " x int, v int);"
            + "CREATE TABLE t2 (a int, b text, c int[], d jsonb, id int, name text, x int, v int)");
    try (Statement s = oracle.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords() ORDER BY word")) {
      while (rs.next()) {
        keywords.add(rs.getString(1));
      }
    }
  }

  @Test
  void generatedAndMutatedStatements_agreeWithPostgres15() {
    int cases = Integer.getInteger("sqlcheck.fuzz.cases", 4000);
    long seed = Long.getLong("sqlcheck.fuzz.seed", 20240615L);
    SqlGenerator gen = new SqlGenerator(seed, keywords);
    Random r = gen.random();
    PgGrammar v15 = PgGrammar.of(15);
    Agreement generated = new Agreement();
    Agreement mutated = new Agreement();
    for (int i = 0; i < cases; i++) {
      String sql = gen.statement();
      boolean mutate = i % 2 == 1;
      if (mutate) {
        sql = mutate(sql, r);
      }
      PgParseResult ours = PgParser.parse(sql, v15);
      if (GLUED_COLON.matcher(sql).find() || ours.ok() && !preparable(ours)) {
        skipped++; // sqlcheck's :name reads differently, or PREPARE cannot judge it
        continue;
      }
      PgOracle.Verdict pg = oracle.judge(sql);
      (mutate ? mutated : generated).record(sql, pg, ours);
    }
    System.out.println(
        "fuzz: seed "
            + seed
            + ", "
            + cases
            + " cases, "
            + skipped
            + " skipped (a colon glued to a word, or a statement PREPARE cannot take)");
    System.out.println(generated.summary("fuzz, generated"));
    System.out.println(mutated.summary("fuzz, mutated"));
    for (Agreement a : List.of(generated, mutated)) {
      a.disagreements.forEach(d -> System.out.println("  " + d));
      a.positionMismatches.stream().limit(30).forEach(d -> System.out.println("  " + d));
    }
    assertTrue(generated.rate() >= 0.995, generated.summary("generated"));
    assertTrue(mutated.rate() >= 0.995, mutated.summary("mutated"));
  }

  /** Whether PREPARE can judge the statement: a query or a data-changing statement. */
  private static boolean preparable(PgParseResult r) {
    if (r.statements().size() != 1) {
      return false;
    }
    var s = r.statements().get(0);
    return s instanceof dev.sqlcheck.processor.sql.ast.Query
        || s instanceof dev.sqlcheck.processor.sql.ast.Insert
        || s instanceof dev.sqlcheck.processor.sql.ast.Update
        || s instanceof dev.sqlcheck.processor.sql.ast.Delete
        || s instanceof dev.sqlcheck.processor.sql.ast.Merge;
  }

  /** One random token-level change, on the token boundaries of our own lexer. */
  private String mutate(String sql, Random r) {
    PgTokens t = PgLexer.lex(sql, PgGrammar.defaultRange());
    int n = t.size - 1; // without EOF
    if (n < 2) {
      return sql;
    }
    int i = r.nextInt(n);
    String tok = t.text(i);
    String before = sql.substring(0, t.start[i]);
    String after = sql.substring(t.end[i]);
    switch (r.nextInt(4)) {
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
