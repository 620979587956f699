package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertThat;
import static dev.sqlcheck.processor.dialect.postgres.types.CoercionContext.ASSIGNMENT;
import static dev.sqlcheck.processor.dialect.postgres.types.CoercionContext.EXPLICIT;
import static dev.sqlcheck.processor.dialect.postgres.types.CoercionContext.IMPLICIT;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.PG;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.a;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.lit;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.show;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.t;

import dev.sqlcheck.processor.catalog.SqlType;
import org.junit.jupiter.api.Test;

/** find_coercion_pathway / can_coerce_type: pg_cast, arrays, I/O conversion, special cases. */
class CoercionsTest {

  @Test
  void widening_isImplicit_narrowingIsAssignmentOnly() {
    assertThat(PG.coercible(t("integer"), t("bigint"), IMPLICIT)).isTrue();
    assertThat(PG.coercible(t("bigint"), t("integer"), IMPLICIT)).isFalse();
    assertThat(PG.coercible(t("bigint"), t("integer"), ASSIGNMENT)).isTrue();
  }

  @Test
  void toStringType_isAssignmentThroughIo_fromStringIsExplicitOnly() {
    assertThat(PG.coercible(t("integer"), t("text"), IMPLICIT)).isFalse();
    assertThat(PG.coercible(t("integer"), t("text"), ASSIGNMENT)).isTrue();
    assertThat(PG.coercible(t("text"), t("integer"), ASSIGNMENT)).isFalse();
    assertThat(PG.coercible(t("text"), t("integer"), EXPLICIT)).isTrue();
  }

  @Test
  void enums_convertToTextOnAssignment_fromTextOnlyByCast() {
    SqlType mood = SqlType.enumOf("mood");
    assertThat(PG.coercible(mood, t("text"), IMPLICIT)).isFalse();
    assertThat(PG.coercible(mood, t("text"), ASSIGNMENT)).isTrue();
    assertThat(PG.coercible(t("text"), mood, ASSIGNMENT)).isFalse();
    assertThat(PG.coercible(t("text"), mood, EXPLICIT)).isTrue();
    assertThat(PG.coercible(mood, t("integer"), EXPLICIT)).isFalse();
  }

  @Test
  void arrays_convertElementWise() {
    assertThat(PG.coercible(t("integer[]"), t("bigint[]"), IMPLICIT)).isTrue();
    assertThat(PG.coercible(t("integer[]"), t("text[]"), IMPLICIT)).isFalse();
    assertThat(PG.coercible(t("integer[]"), t("text[]"), ASSIGNMENT)).isTrue();
    assertThat(PG.coercible(t("text[]"), t("integer"), EXPLICIT)).isFalse();
  }

  @Test
  void userTypes_onlyMatchThemselves() {
    assertThat(PG.coercible(t("citext"), t("citext"), IMPLICIT)).isTrue();
    assertThat(PG.coercible(t("citext"), t("text"), IMPLICIT)).isFalse();
    assertThat(PG.coercible(t("citext"), t("text"), ASSIGNMENT)).isTrue();
  }

  @Test
  void castOfUntypedLiteral_readsTheText() {
    assertThat(show(PG.cast(lit("12"), t("integer")))).isEqualTo("integer");
    assertThat(show(PG.cast(lit("x"), t("integer"))))
        .isEqualTo("ERROR: invalid input syntax for type integer: \"x\"");
    assertThat(show(PG.cast(lit("40000"), t("smallint"))))
        .isEqualTo("ERROR: value \"40000\" is out of range for type smallint");
    assertThat(show(PG.cast(Arg.untypedNull(), t("internal"))))
        .isEqualTo("ERROR: cannot cast type unknown to internal");
  }

  @Test
  void impossibleCast_isPostgresError() {
    assertThat(show(PG.cast(a("date"), t("integer"))))
        .isEqualTo("ERROR: cannot cast type date to integer");
    assertThat(show(PG.cast(Arg.wildcard(), t("integer")))).isEqualTo("integer");
  }
}
