package dev.sqlcheck.processor.dialect.postgres.types;

import static com.google.common.truth.Truth.assertThat;

import dev.sqlcheck.processor.schema.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples the analyser relies on, one construct at a time, without a database. */
class PgTypeSystemTest {
  static final PgTypeSystem PG = PgTypeSystem.postgres15();
  static final SqlType INT = SqlType.of("integer");
  static final SqlType BIGINT = SqlType.of("bigint");
  static final SqlType TEXT = SqlType.of("text");
  static final SqlType NUMERIC = SqlType.of("numeric");
  static final SqlType DATE = SqlType.of("date");
  static final SqlType JSONB = SqlType.of("jsonb");
  static final SqlType BOOL = SqlType.of("boolean");

  static Arg of(SqlType t) {
    return Arg.of(t);
  }

  static Arg of(String name) {
    return Arg.of(SqlType.of(name));
  }

  @Test
  void coalesceOfIntAndBigint_isBigint() {
    assertThat(PG.commonType(CommonContext.COALESCE, List.of(of(INT), of(BIGINT))).type())
        .isEqualTo(BIGINT);
  }

  @Test
  void unionOfIntegerAndNumericLiteral_isNumeric() {
    assertThat(PG.commonType(CommonContext.UNION, List.of(of(INT), of(NUMERIC))).type())
        .isEqualTo(NUMERIC);
  }

  @Test
  void unionOfIntegerAndText_isPostgresError() {
    Resolution r = PG.commonType(CommonContext.UNION, List.of(of(INT), of(TEXT)));
    assertThat(r.error().message()).isEqualTo("UNION types integer and text cannot be matched");
  }

  @Test
  void unionOfIntegerAndBadLiteral_failsOnTheLiteral() {
    Resolution r = PG.commonType(CommonContext.UNION, List.of(of(INT), Arg.untyped("x")));
    assertThat(r.error().message()).isEqualTo("invalid input syntax for type integer: \"x\"");
  }

  @Test
  void unionOfNullsThenInteger_failsPairwise() {
    Resolution r =
        PG.commonType(CommonContext.UNION, List.of(Arg.untypedNull(), Arg.untypedNull(), of(INT)));
    assertThat(r.error().message()).isEqualTo("UNION types text and integer cannot be matched");
  }

  @Test
  void sumOfInteger_isBigint() {
    assertThat(PG.function("sum", List.of(of(INT))).type()).isEqualTo(BIGINT);
  }

  @Test
  void aggregatesAndWindowFunctions_haveCatalogResultTypes() {
    assertThat(PG.function(FunctionCall.of("count").withStar()).type()).isEqualTo(BIGINT);
    assertThat(PG.function("sum", List.of(of(BIGINT))).type()).isEqualTo(NUMERIC);
    assertThat(PG.function("avg", List.of(of(INT))).type()).isEqualTo(NUMERIC);
    assertThat(PG.function("array_agg", List.of(of(TEXT))).type()).isEqualTo(TEXT.asArray());
    assertThat(PG.function(FunctionCall.of("row_number").withOver()).type()).isEqualTo(BIGINT);
    assertThat(PG.function(FunctionCall.of("lag", of(DATE)).withOver()).type()).isEqualTo(DATE);
  }

  @Test
  void generateSeriesOfDates_isTimestamptzSet() {
    FunctionMatch m = PG.function("generate_series", List.of(of(DATE), of(DATE), of("interval")));
    assertThat(m.type()).isEqualTo(SqlType.of("timestamp with time zone"));
    assertThat(m.retset()).isTrue();
  }

  @Test
  void jsonEach_hasKeyAndValueColumns() {
    FunctionMatch m = PG.function("json_each", List.of(of("json")));
    SrfColumns c = PG.srfColumns("json_each", m, false);
    assertThat(c.columns())
        .containsExactly(
            new SrfColumns.Column("key", TEXT), new SrfColumns.Column("value", SqlType.of("json")));
  }

  @Test
  void unnestOfIntArray_hasOneIntegerColumn() {
    FunctionMatch m = PG.function("unnest", List.of(of(INT.asArray())));
    assertThat(PG.srfColumns("unnest", m, false).columns())
        .containsExactly(new SrfColumns.Column("unnest", INT));
  }

  @Test
  void recordFunctionWithoutDefinitionList_isPostgresError() {
    FunctionMatch m = PG.function("jsonb_to_recordset", List.of(Arg.untyped("[]")));
    assertThat(PG.srfColumns("jsonb_to_recordset", m, false).error().message())
        .isEqualTo("a column definition list is required for functions returning \"record\"");
  }

  @Test
  void operators_followPostgres() {
    assertThat(PG.operator("||", Arg.untyped("a"), of(INT)).type()).isEqualTo(TEXT);
    assertThat(PG.operator("/", of(INT), of(INT)).type()).isEqualTo(INT);
    assertThat(PG.operator("^", of(INT), of(INT)).type()).isEqualTo(SqlType.of("double precision"));
    assertThat(PG.operator("^", of(NUMERIC), of(INT)).type()).isEqualTo(NUMERIC);
    assertThat(PG.operator("-", of(DATE), of(DATE)).type()).isEqualTo(INT);
    assertThat(PG.operator("+", of(DATE), of("interval")).type())
        .isEqualTo(SqlType.of("timestamp without time zone"));
    SqlType tstz = SqlType.of("timestamp with time zone");
    assertThat(PG.operator("-", of(tstz), of(tstz)).type()).isEqualTo(SqlType.of("interval"));
    assertThat(PG.operator("->", of(JSONB), Arg.untyped("k")).type()).isEqualTo(JSONB);
    assertThat(PG.operator("->>", of(JSONB), Arg.untyped("k")).type()).isEqualTo(TEXT);
    assertThat(PG.operator("?", of(JSONB), Arg.untyped("k")).type()).isEqualTo(BOOL);
    assertThat(PG.operator("@>", of(JSONB), Arg.untyped("{}")).type()).isEqualTo(BOOL);
    assertThat(PG.operator("||", of(INT.asArray()), of(INT)).type()).isEqualTo(INT.asArray());
    assertThat(PG.operator("~~", of(TEXT), Arg.untyped("a%")).type()).isEqualTo(BOOL);
  }

  @Test
  void integerPlusText_isPostgresError() {
    OperatorMatch m = PG.operator("+", of(INT), of(TEXT));
    assertThat(m.error().message()).isEqualTo("operator does not exist: integer + text");
    assertThat(m.error().hint())
        .isEqualTo(
            "No operator matches the given name and argument types."
                + " You might need to add explicit type casts.");
  }

  @Test
  void enumEquality_usesAnyenum() {
    SqlType mood = SqlType.enumOf("mood");
    assertThat(PG.operator("=", Arg.of(mood), Arg.untyped("happy")).type()).isEqualTo(BOOL);
    assertThat(PG.coercible(mood, TEXT, CoercionContext.IMPLICIT)).isFalse();
    assertThat(PG.coercible(TEXT, mood, CoercionContext.EXPLICIT)).isTrue();
  }

  @Test
  void unknownFunction_isPostgresError() {
    FunctionMatch m = PG.function("foo", List.of(of(INT)));
    assertThat(m.error().message()).isEqualTo("function foo(integer) does not exist");
  }

  @Test
  void literals_haveMakeConstTypes() {
    assertThat(Literals.numeric("2147483647")).isEqualTo(INT);
    assertThat(Literals.numeric("2147483648")).isEqualTo(BIGINT);
    assertThat(Literals.numeric("-2147483648")).isEqualTo(INT);
    assertThat(Literals.numeric("1.5")).isEqualTo(NUMERIC);
    assertThat(PG.commonType(CommonContext.VALUES, List.of(Arg.untyped("x"))).type())
        .isEqualTo(TEXT);
  }

  @Test
  void caseWithoutElse_andEmptyArray() {
    assertThat(PG.caseType(List.of(of(INT)), null).type()).isEqualTo(INT);
    assertThat(PG.array(List.of()).error().message())
        .isEqualTo("cannot determine type of empty array");
    assertThat(PG.array(List.of(of(INT), of(INT))).type()).isEqualTo(INT.asArray());
  }

  @Test
  void wildcardInputs_neverFail() {
    Arg w = Arg.wildcard();
    assertThat(PG.function("count", List.of(w)).type()).isEqualTo(BIGINT);
    assertThat(PG.function("sum", List.of(w)).type()).isEqualTo(SqlType.UNKNOWN);
    assertThat(PG.operator("=", w, of(INT)).type()).isEqualTo(BOOL);
    assertThat(PG.operator("+", w, of(INT)).type()).isEqualTo(SqlType.UNKNOWN);
    assertThat(PG.function("nosuchfunction", List.of(w)).ok()).isTrue();
    assertThat(PG.commonType(CommonContext.UNION, List.of(w, of(TEXT))).type())
        .isEqualTo(SqlType.UNKNOWN);
  }
}
