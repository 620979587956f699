package dev.sqlcheck.processor.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The oracle's classification and naming rules, which need no database. */
class OracleClassificationTest {
  private static final OracleCase CASE =
      new OracleCase(1, Feature.SRF, EnumSet.of(Feature.SRF), null, "SELECT 1");

  private static PostgresJudge.Verdict rejected(String state, String message) {
    return new PostgresJudge.Verdict(false, state, message, List.of(), List.of());
  }

  private static PostgresJudge.Verdict accepted(String... types) {
    return new PostgresJudge.Verdict(true, null, null, Arrays.asList(types), Arrays.asList(types));
  }

  private static SqlcheckVerdict sqlcheck(SqlcheckVerdict.Kind kind, String... types) {
    return new SqlcheckVerdict(kind, List.of(), true, Arrays.asList(types), Arrays.asList(types));
  }

  @Test
  void parserSyntaxError_isSyntaxNotArity() {
    assertEquals(
        Judgement.Rejection.SYNTAX,
        Judgement.rejectionOf(rejected("42601", "syntax error at or near \"FROM\"")));
    assertEquals(
        Judgement.Rejection.NAME_ARITY,
        Judgement.rejectionOf(
            rejected("42601", "INSERT has more expressions than target columns")));
    assertEquals(
        Judgement.Rejection.NAME_ARITY,
        Judgement.rejectionOf(rejected("0A000", "invalid UNION/INTERSECT/EXCEPT ORDER BY clause")));
    assertEquals(
        Judgement.Rejection.TYPE,
        Judgement.rejectionOf(rejected("42883", "operator does not exist: text = integer")));
    assertEquals(
        Judgement.Rejection.OTHER,
        Judgement.rejectionOf(rejected("55000", "cannot insert into view \"v\"")));
  }

  @Test
  void verdictPairs_fallIntoTheirCategories() {
    assertEquals(
        Judgement.Category.FALSE_ERROR,
        Judgement.of(CASE, accepted("integer"), sqlcheck(SqlcheckVerdict.Kind.ERROR)).category());
    assertEquals(
        Judgement.Category.SILENT_PASS,
        Judgement.of(
                CASE,
                rejected("42703", "column \"x\" does not exist"),
                sqlcheck(SqlcheckVerdict.Kind.CLEAN))
            .category());
    assertEquals(
        Judgement.Category.WARNED_INSTEAD,
        Judgement.of(
                CASE,
                rejected("42703", "column \"x\" does not exist"),
                sqlcheck(SqlcheckVerdict.Kind.WARNED))
            .category());
  }

  @Test
  void unknownType_disagreesUnlessWarned() {
    assertEquals(
        Judgement.Types.DISAGREE,
        Judgement.compareTypes(
            accepted("integer"), sqlcheck(SqlcheckVerdict.Kind.CLEAN, (String) null)));
    assertEquals(
        Judgement.Types.EXCUSED,
        Judgement.compareTypes(
            accepted("integer"), sqlcheck(SqlcheckVerdict.Kind.WARNED, (String) null)));
    assertEquals(
        Judgement.Types.DISAGREE,
        Judgement.compareTypes(
            accepted("integer"), sqlcheck(SqlcheckVerdict.Kind.WARNED, "bigint")));
    assertEquals(
        Judgement.Types.AGREE,
        Judgement.compareTypes(
            accepted("integer[]"), sqlcheck(SqlcheckVerdict.Kind.CLEAN, "integer[]")));
  }

  @Test
  void castOfSomethingNameless_isNamedAfterTheInternalTypeName() {
    assertEquals("int4", Expr.castName("integer[]"));
    assertEquals("varchar", Expr.castName("character varying(10)"));
    assertEquals("float8", Expr.castName("double precision"));
    assertEquals("level", Expr.castName("s2.level"));
    assertEquals("int2", Literals.named("'12'::smallint", PgType.SMALLINT).name());
    assertEquals("now", Literals.named("now()", PgType.TIMESTAMPTZ).name());
    assertEquals(null, Literals.named("true", PgType.BOOLEAN).name());
  }

  @Test
  void nearMiss_differsAndKeepsQuotes() {
    Random random = new Random(1);
    for (String name : List.of("id", "x", "created_at", "\"user\"", "\"order\"")) {
      for (int i = 0; i < 50; i++) {
        String typo = Typos.nearMiss(name, random);
        assertNotEquals(name, typo);
        assertEquals(name.startsWith("\""), typo.startsWith("\""), typo);
      }
    }
  }

  @Test
  void commonType_followsImplicitCasts() {
    assertEquals(PgType.BIGINT, PgType.common(PgType.INTEGER, PgType.BIGINT));
    assertEquals(PgType.REAL, PgType.common(PgType.NUMERIC, PgType.REAL));
    assertEquals(PgType.VARCHAR, PgType.common(PgType.VARCHAR, PgType.TEXT));
    assertEquals(PgType.TIMESTAMPTZ, PgType.common(PgType.DATE, PgType.TIMESTAMPTZ));
  }
}
