package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertThat;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.PG;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.a;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.fn;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.lit;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.op;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.show;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A type sqlcheck could not infer never produces an error, and is definite only if it must be. */
class WildcardTest {
  private static final Arg W = Arg.wildcard();
  private static final String WILD = "unknown"; // SqlType.UNKNOWN prints as its name

  @Test
  void functions_giveTheAgreedResult_orTheWildcard() {
    assertThat(fn("count", W)).isEqualTo("bigint");
    assertThat(fn("array_length", W, a("integer"))).isEqualTo("integer");
    assertThat(fn("sum", W)).isEqualTo(WILD);
    assertThat(fn("upper", W)).isEqualTo(WILD);
    assertThat(fn("string_agg", W, lit(","))).isEqualTo(WILD);
    assertThat(fn("coalesce_is_no_function", W)).isEqualTo(WILD);
  }

  @Test
  void operators_giveTheAgreedResult_orTheWildcard() {
    assertThat(op("=", W, a("integer"))).isEqualTo("boolean");
    assertThat(op("~~", W, lit("a%"))).isEqualTo("boolean");
    assertThat(op("+", W, a("integer"))).isEqualTo(WILD);
    assertThat(op("-", null, W)).isEqualTo(WILD);
    assertThat(PG.operator("=", W, a("bigint")).rightType().isUnknown()).isTrue();
  }

  @Test
  void constructs_neverFail() {
    assertThat(show(PG.commonType(CommonContext.COALESCE, List.of(W, a("text"))))).isEqualTo(WILD);
    assertThat(show(PG.caseType(List.of(a("integer")), W))).isEqualTo(WILD);
    assertThat(show(PG.array(List.of(W)))).isEqualTo(WILD);
    assertThat(show(PG.in(W, List.of(a("text")), false))).isEqualTo("boolean");
    assertThat(show(PG.distinctFrom(a("integer"), W))).isEqualTo("boolean");
    assertThat(show(PG.nullIf(W, a("integer")))).isEqualTo(WILD);
    assertThat(PG.quantified("=", W, a("integer[]")).type()).isEqualTo(TypeFacts.t("boolean"));
  }

  @Test
  void setReturningFunction_withOneCandidate_keepsItsColumns() {
    FunctionMatch m = PG.function("json_each", List.of(W));
    SrfColumns c = PG.srfColumns("json_each", m, false);
    assertThat(c.columns()).hasSize(2);
    assertThat(c.columns().get(0).name()).isEqualTo("key");
  }
}
