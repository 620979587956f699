package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertThat;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.PG;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.a;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.call;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.fn;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.lit;
import static dev.sqlcheck.processor.dialect.postgres.types.TypeFacts.t;

import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** func_get_detail and ParseFuncOrColumn, one rule at a time (facts checked on PostgreSQL 15). */
class FunctionResolutionTest {

  @Test
  void candidateHeuristics_preferExactThenPreferredTypes() {
    assertThat(fn("round", a("integer"))).isEqualTo("double precision");
    assertThat(fn("length", lit("abc"))).isEqualTo("integer");
    assertThat(fn("abs", a("integer"))).isEqualTo("integer");
    assertThat(fn("length", a("integer")))
        .isEqualTo("ERROR: function length(integer) does not exist");
  }

  @Test
  void polymorphicResults_bindToArguments() {
    assertThat(fn("array_append", a("integer[]"), a("bigint"))).isEqualTo("bigint[]");
    assertThat(fn("array_cat", a("integer[]"), a("numeric[]"))).isEqualTo("numeric[]");
    assertThat(fn("lower", a("int4range"))).isEqualTo("integer");
    assertThat(fn("enum_first", Arg.of(SqlType.enumOf("mood")))).isEqualTo("mood");
    assertThat(fn("array_length", Arg.untypedNull(), a("integer")))
        .isEqualTo("ERROR: could not determine polymorphic type because input has type unknown");
    assertThat(fn("array_position", a("integer[]"), a("text")))
        .isEqualTo("ERROR: function array_position(integer[], text) does not exist");
  }

  @Test
  void variadicNamedAndDefaultArguments_expand() {
    assertThat(fn("concat", lit("a"), a("integer"), a("timestamp with time zone")))
        .isEqualTo("text");
    assertThat(fn("json_build_object", lit("a"), a("integer"))).isEqualTo("json");
    assertThat(fn("make_interval", a("integer").named("days"))).isEqualTo("interval");
    assertThat(fn("make_interval", a("integer").named("foo")))
        .isEqualTo("ERROR: function make_interval(foo => integer) does not exist");
    assertThat(call(FunctionCall.of("concat", a("text[]")).withVariadic())).isEqualTo("text");
  }

  @Test
  void typeNameCalls_areCasts() {
    FunctionMatch m = PG.function("int4", List.of(lit("1")));
    assertThat(m.kind()).isEqualTo(FunctionMatch.Kind.CAST);
    assertThat(m.type()).isEqualTo(t("integer"));
    assertThat(fn("text", a("integer"))).isEqualTo("text");
  }

  @Test
  void aggregateAndWindowDecorations_areChecked() {
    assertThat(call(FunctionCall.of("count")))
        .isEqualTo("ERROR: count(*) must be used to call a parameterless aggregate function");
    assertThat(call(FunctionCall.of("row_number")))
        .isEqualTo("ERROR: window function row_number requires an OVER clause");
    assertThat(call(FunctionCall.of("abs", a("integer")).withOver()))
        .isEqualTo(
            "ERROR: OVER "
                + "specified, but abs is not a window function nor an aggregate function");
    assertThat(call(FunctionCall.of("upper", lit("a")).withDistinct()))
        .isEqualTo("ERROR: DISTINCT specified, but upper is not an aggregate function");
    assertThat(call(FunctionCall.of("sum", a("integer")).withOver())).isEqualTo("bigint");
  }

  @Test
  void orderedSetAggregates_takeWithinGroupArguments() {
    assertThat(
            call(
                FunctionCall.of("percentile_cont", a("double precision"))
                    .withinGroup(List.of(a("double precision")))))
        .isEqualTo("double precision");
    assertThat(call(FunctionCall.of("rank", a("integer")).withinGroup(List.of(a("integer")))))
        .isEqualTo("bigint");
    assertThat(
            call(FunctionCall.of("percentile_cont", a("double precision"), a("double precision"))))
        .isEqualTo("ERROR: WITHIN GROUP is required for ordered-set aggregate percentile_cont");
  }

  @Test
  void parameters_takeTheTypeTheyAreConvertedTo() {
    FunctionMatch m = PG.function("length", List.of(Arg.parameter()));
    assertThat(m.argTypes()).containsExactly(t("text"));
    OperatorMatch eq = PG.operator("=", a("bigint"), Arg.parameter());
    assertThat(eq.rightType()).isEqualTo(t("bigint"));
  }

  @Test
  void internalFunctions_cannotBeCalled() {
    assertThat(fn("internal_in", a("cstring")))
        .isEqualTo("ERROR: functions returning type \"internal\" cannot be called explicitly");
  }
}
