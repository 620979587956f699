package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertThat;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.PG;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.a;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.lit;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.show;

import java.util.List;
import org.junit.jupiter.api.Test;

/** select_common_type and the constructs built on it. */
class CommonTypesTest {

  private static String coalesce(Arg... args) {
    return show(PG.commonType(CommonContext.COALESCE, List.of(args)));
  }

  @Test
  void numericCategory_movesToWiderTypesAndStopsAtPreferred() {
    assertThat(coalesce(a("integer"), a("bigint"))).isEqualTo("bigint");
    assertThat(coalesce(a("integer"), a("numeric"))).isEqualTo("numeric");
    assertThat(coalesce(a("numeric"), a("double precision"))).isEqualTo("double precision");
    assertThat(coalesce(a("double precision"), a("numeric"))).isEqualTo("double precision");
    // numeric converts to real implicitly, real to numeric only on assignment
    assertThat(coalesce(a("numeric"), a("real"))).isEqualTo("real");
  }

  @Test
  void stringAndDatetimeCategories_followImplicitCasts() {
    // varchar and text convert both ways implicitly, so the first one stays
    assertThat(coalesce(a("character varying"), a("text"))).isEqualTo("character varying");
    assertThat(coalesce(a("char"), a("text")))
        .isEqualTo("ERROR: COALESCE types \"char\" and text cannot be matched");
    assertThat(coalesce(a("date"), a("timestamp with time zone")))
        .isEqualTo("timestamp with time zone");
    assertThat(coalesce(a("date"), a("timestamp without time zone")))
        .isEqualTo("timestamp without time zone");
  }

  @Test
  void untypedInputs_takeTheTypedOne_orText() {
    assertThat(coalesce(lit("1"), a("integer"))).isEqualTo("integer");
    assertThat(coalesce(lit("a"), Arg.untypedNull())).isEqualTo("text");
    assertThat(coalesce(a("integer"), lit("x")))
        .isEqualTo("ERROR: invalid input syntax for type integer: \"x\"");
  }

  @Test
  void categoryClash_namesTheConstruct() {
    assertThat(coalesce(a("integer"), a("text"), a("integer")))
        .isEqualTo("ERROR: COALESCE types integer and text cannot be matched");
    assertThat(show(PG.commonType(CommonContext.GREATEST, List.of(a("date"), a("integer")))))
        .isEqualTo("ERROR: GREATEST types date and integer cannot be matched");
    assertThat(show(PG.commonType(CommonContext.VALUES, List.of(a("integer"), a("text")))))
        .isEqualTo("ERROR: VALUES types integer and text cannot be matched");
  }

  @Test
  void sameCategoryWithoutImplicitCast_failsOnConversion() {
    assertThat(coalesce(a("date"), a("time with time zone")))
        .isEqualTo("ERROR: COALESCE could not convert type time with time zone to date");
  }

  @Test
  void caseConsidersElseFirst() {
    assertThat(show(PG.caseType(List.of(a("integer")), a("text"))))
        .isEqualTo("ERROR: CASE types text and integer cannot be matched");
    assertThat(show(PG.caseType(List.of(a("integer"), a("numeric")), null))).isEqualTo("numeric");
    assertThat(show(PG.caseType(List.of(lit("a")), null))).isEqualTo("text");
  }

  @Test
  void setOperations_combinePairwiseFromTheLeft() {
    assertThat(show(PG.commonType(CommonContext.UNION, List.of(a("integer"), a("bigint")))))
        .isEqualTo("bigint");
    assertThat(show(PG.commonType(CommonContext.UNION, List.of(a("integer"), lit("2")))))
        .isEqualTo("integer");
    assertThat(show(PG.commonType(CommonContext.INTERSECT, List.of(a("integer"), a("text")))))
        .isEqualTo("ERROR: INTERSECT types integer and text cannot be matched");
    assertThat(show(PG.setOperation(CommonContext.EXCEPT, lit("a"), lit("b")))).isEqualTo("text");
  }

  @Test
  void arrayConstructor_needsElementsAndBuildsArrays() {
    assertThat(show(PG.array(List.of(a("integer"), a("numeric"))))).isEqualTo("numeric[]");
    assertThat(show(PG.array(List.of(a("integer[]"), a("integer[]"))))).isEqualTo("integer[]");
    assertThat(show(PG.array(List.of(a("integer"), a("text")))))
        .isEqualTo("ERROR: ARRAY types integer and text cannot be matched");
    assertThat(PG.array(List.of()).error().hint())
        .isEqualTo("Explicitly cast to the desired type, for example ARRAY[]::integer[].");
  }

  @Test
  void usingAndNullIfAndIn_resolveLikePostgres() {
    assertThat(show(PG.usingColumn(a("bigint"), a("integer")))).isEqualTo("bigint");
    assertThat(show(PG.nullIf(a("integer"), a("bigint")))).isEqualTo("integer");
    assertThat(show(PG.nullIf(a("integer"), a("numeric")))).isEqualTo("numeric");
    assertThat(show(PG.in(a("integer"), List.of(lit("1"), lit("x")), false)))
        .isEqualTo("ERROR: invalid input syntax for type integer: \"x\"");
    assertThat(
            show(
                PG.in(
                    a("integer"),
                    List.of(
                        Arg.constant(TypeFacts.t("integer")), Arg.constant(TypeFacts.t("text"))),
                    false)))
        .isEqualTo("ERROR: operator does not exist: integer = text");
  }

  @Test
  void conditions_mustBeBoolean() {
    assertThat(show(PG.condition(a("integer"), "WHERE")))
        .isEqualTo("ERROR: argument of WHERE must be type boolean, not type integer");
    assertThat(show(PG.condition(lit("t"), "WHERE"))).isEqualTo("boolean");
  }
}
