package dev.sqlcheck.processor.types;

import static com.google.common.truth.Truth.assertThat;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SQL ↔ Java conversion rules, without a compiler. */
class TypeRulesTest {
  private static final TypeRules RULES =
      new TypeRules(PostgresDialect.INSTANCE::family, PostgresDialect.INSTANCE::integerBytes);
  private static final SqlType BIGINT = SqlType.of("bigint");
  private static final SqlType INTEGER = SqlType.of("integer");
  private static final SqlType TEXT = SqlType.of("text");
  private static final SqlType VARCHAR = SqlType.of("character varying");
  private static final SqlType NUMERIC = SqlType.of("numeric");
  private static final SqlType BOOL = SqlType.of("boolean");
  private static final SqlType TIMESTAMPTZ = SqlType.of("timestamp with time zone");
  private static final SqlType TIMESTAMP = SqlType.of("timestamp without time zone");
  private static final SqlType UUID = SqlType.of("uuid");
  private static final SqlType MOOD = SqlType.enumOf("mood");
  private static final SqlType JSONB = SqlType.of("jsonb");

  private static JavaType p(ScalarKind k) {
    return JavaType.primitive(k);
  }

  private static JavaType b(ScalarKind k) {
    return JavaType.boxed(k);
  }

  private static final JavaType ENUM = JavaType.enumOf(TypeRef.of("com.example", "Mood"));

  @Test
  void intAgainstBigint_widens() {
    assertThat(RULES.canBind(p(ScalarKind.INT), BIGINT)).isTrue();
    assertThat(RULES.canBind(b(ScalarKind.SHORT), BIGINT)).isTrue();
    assertThat(RULES.canBind(p(ScalarKind.LONG), NUMERIC)).isTrue();
  }

  @Test
  void stringAgainstBigint_doesNotBind() {
    assertThat(RULES.canBind(b(ScalarKind.STRING), BIGINT)).isFalse();
    assertThat(RULES.canBind(b(ScalarKind.STRING), UUID)).isFalse();
    assertThat(RULES.canBind(b(ScalarKind.STRING), BOOL)).isFalse();
  }

  @Test
  void stringAgainstTextEnumAndJson_binds() {
    assertThat(RULES.canBind(b(ScalarKind.STRING), TEXT)).isTrue();
    assertThat(RULES.canBind(b(ScalarKind.STRING), VARCHAR)).isTrue();
    assertThat(RULES.canBind(b(ScalarKind.STRING), MOOD)).isTrue();
    assertThat(RULES.canBind(b(ScalarKind.STRING), JSONB)).isTrue();
  }

  @Test
  void javaEnum_bindsToSqlEnumAndText_notToNumbers() {
    assertThat(RULES.canBind(ENUM, MOOD)).isTrue();
    assertThat(RULES.canBind(ENUM, TEXT)).isTrue();
    assertThat(RULES.canBind(ENUM, INTEGER)).isFalse();
  }

  @Test
  void timeTypes_bindToTimestampsNotToText() {
    assertThat(RULES.canBind(b(ScalarKind.INSTANT), TIMESTAMPTZ)).isTrue();
    assertThat(RULES.canBind(b(ScalarKind.OFFSET_DATE_TIME), TIMESTAMPTZ)).isTrue();
    assertThat(RULES.canBind(b(ScalarKind.LOCAL_DATE_TIME), TIMESTAMP)).isTrue();
    assertThat(RULES.canBind(b(ScalarKind.LOCAL_DATE), TEXT)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(ScalarKind.class)
  void unknownSqlType_acceptsEverything(ScalarKind kind) {
    JavaType type = kind == ScalarKind.ENUM ? ENUM : b(kind);
    assertThat(RULES.canBind(type, SqlType.UNKNOWN)).isTrue();
    assertThat(RULES.canRead(SqlType.UNKNOWN, type)).isTrue();
    assertThat(RULES.canBindArray(type, SqlType.UNKNOWN)).isTrue();
  }

  @Test
  void anyColumn_readsAsString() {
    assertThat(RULES.canRead(BIGINT, b(ScalarKind.STRING))).isTrue();
    assertThat(RULES.canRead(UUID, b(ScalarKind.STRING))).isTrue();
    assertThat(RULES.canRead(MOOD, b(ScalarKind.STRING))).isTrue();
  }

  @Test
  void textColumn_doesNotReadAsLong() {
    assertThat(RULES.canRead(TEXT, p(ScalarKind.LONG))).isFalse();
    assertThat(RULES.canRead(TEXT, b(ScalarKind.LONG))).isFalse();
  }

  @Test
  void numericColumns_readAsAnyNumber() {
    assertThat(RULES.canRead(BIGINT, p(ScalarKind.LONG))).isTrue();
    assertThat(RULES.canRead(NUMERIC, b(ScalarKind.BIG_DECIMAL))).isTrue();
    assertThat(RULES.canRead(INTEGER, p(ScalarKind.DOUBLE))).isTrue();
  }

  /** Reads that can fail or lose digits at run time are refused; lossy-but-safe ones are not. */
  @Test
  void narrowingNumbers_areRefused_wideningAndFloatingAreNot() {
    SqlType smallint = SqlType.of("smallint");
    SqlType real = SqlType.of("real");
    SqlType dbl = SqlType.of("double precision");
    assertThat(RULES.canRead(BIGINT, p(ScalarKind.INT))).isFalse();
    assertThat(RULES.canRead(BIGINT, b(ScalarKind.SHORT))).isFalse();
    assertThat(RULES.canRead(INTEGER, p(ScalarKind.SHORT))).isFalse();
    assertThat(RULES.canRead(smallint, p(ScalarKind.BYTE))).isFalse();
    assertThat(RULES.canRead(NUMERIC, p(ScalarKind.LONG))).isFalse();
    assertThat(RULES.canRead(dbl, p(ScalarKind.INT))).isFalse();
    assertThat(RULES.canRead(real, b(ScalarKind.LONG))).isFalse();
    assertThat(RULES.canRead(smallint, p(ScalarKind.SHORT))).isTrue();
    assertThat(RULES.canRead(smallint, p(ScalarKind.INT))).isTrue();
    assertThat(RULES.canRead(INTEGER, p(ScalarKind.INT))).isTrue();
    assertThat(RULES.canRead(INTEGER, b(ScalarKind.LONG))).isTrue();
    assertThat(RULES.canRead(NUMERIC, p(ScalarKind.DOUBLE))).isTrue();
    assertThat(RULES.canRead(BIGINT, p(ScalarKind.DOUBLE))).isTrue();
    assertThat(RULES.canRead(dbl, p(ScalarKind.FLOAT))).isTrue();
    assertThat(RULES.narrowingAdvice(BIGINT, p(ScalarKind.INT))).contains("read it as long");
    assertThat(RULES.narrowingAdvice(NUMERIC, p(ScalarKind.LONG))).contains("BigDecimal");
    assertThat(RULES.narrowingAdvice(TEXT, p(ScalarKind.LONG))).isNull();
  }

  @Test
  void timestamptz_doesNotReadAsLocalDateTime() {
    assertThat(RULES.canRead(TIMESTAMPTZ, b(ScalarKind.LOCAL_DATE_TIME))).isFalse();
    assertThat(RULES.canRead(TIMESTAMPTZ, b(ScalarKind.INSTANT))).isTrue();
    assertThat(RULES.canRead(TIMESTAMP, b(ScalarKind.LOCAL_DATE_TIME))).isTrue();
  }

  @Test
  void enumAndTextColumns_readAsJavaEnum() {
    assertThat(RULES.canRead(MOOD, ENUM)).isTrue();
    assertThat(RULES.canRead(TEXT, ENUM)).isTrue();
    assertThat(RULES.canRead(BIGINT, ENUM)).isFalse();
  }

  @Test
  void collections_bindElementwiseToArrays() {
    assertThat(RULES.canBindArray(b(ScalarKind.LONG), SqlType.arrayOf("bigint"))).isTrue();
    assertThat(RULES.canBindArray(b(ScalarKind.STRING), SqlType.arrayOf("bigint"))).isFalse();
    assertThat(RULES.canBindArray(b(ScalarKind.LONG), BIGINT)).isFalse();
  }

  @Test
  void everyKind_namesAnExistingJdbcTypesField() throws Exception {
    for (ScalarKind k : ScalarKind.values()) {
      assertThat(java.sql.Types.class.getField(k.jdbcType())).isNotNull();
    }
  }

  @Test
  void arrayColumns_readIntoListsAndArraysOfConvertibleElements() {
    JavaType strings = JavaType.collectionOf(b(ScalarKind.STRING), JavaType.Container.LIST);
    JavaType longs = JavaType.collectionOf(b(ScalarKind.LONG), JavaType.Container.ARRAY);
    assertThat(RULES.canRead(SqlType.arrayOf("text"), strings)).isTrue();
    assertThat(RULES.canRead(SqlType.arrayOf("integer"), longs)).isTrue();
    assertThat(RULES.canRead(SqlType.arrayOf("text"), longs)).isFalse();
    assertThat(RULES.canRead(BIGINT, longs)).isFalse();
    assertThat(RULES.canRead(SqlType.arrayOf("bigint"), p(ScalarKind.LONG))).isFalse();
    assertThat(RULES.canRead(SqlType.arrayOf("bigint"), b(ScalarKind.STRING))).isTrue();
    assertThat(longs.display()).isEqualTo("Long[]");
    assertThat(strings.display()).isEqualTo("List<String>");
  }

  @Test
  void collectionsOfUnsupportedElements_areNotValues() {
    assertThat(JavaType.collectionOf(p(ScalarKind.LONG), JavaType.Container.ARRAY)).isNull();
    assertThat(JavaType.collectionOf(b(ScalarKind.INSTANT), JavaType.Container.LIST)).isNull();
  }
}
