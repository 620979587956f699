package dev.sqlcheck.processor.types;

import static com.google.common.truth.Truth.assertThat;

import dev.sqlcheck.processor.catalog.SqlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SQL ↔ Java conversion rules, without a compiler. */
class TypeRulesTest {
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
    assertThat(TypeRules.canBind(p(ScalarKind.INT), BIGINT)).isTrue();
    assertThat(TypeRules.canBind(b(ScalarKind.SHORT), BIGINT)).isTrue();
    assertThat(TypeRules.canBind(p(ScalarKind.LONG), NUMERIC)).isTrue();
  }

  @Test
  void stringAgainstBigint_doesNotBind() {
    assertThat(TypeRules.canBind(b(ScalarKind.STRING), BIGINT)).isFalse();
    assertThat(TypeRules.canBind(b(ScalarKind.STRING), UUID)).isFalse();
    assertThat(TypeRules.canBind(b(ScalarKind.STRING), BOOL)).isFalse();
  }

  @Test
  void stringAgainstTextEnumAndJson_binds() {
    assertThat(TypeRules.canBind(b(ScalarKind.STRING), TEXT)).isTrue();
    assertThat(TypeRules.canBind(b(ScalarKind.STRING), VARCHAR)).isTrue();
    assertThat(TypeRules.canBind(b(ScalarKind.STRING), MOOD)).isTrue();
    assertThat(TypeRules.canBind(b(ScalarKind.STRING), JSONB)).isTrue();
  }

  @Test
  void javaEnum_bindsToSqlEnumAndText_notToNumbers() {
    assertThat(TypeRules.canBind(ENUM, MOOD)).isTrue();
    assertThat(TypeRules.canBind(ENUM, TEXT)).isTrue();
    assertThat(TypeRules.canBind(ENUM, INTEGER)).isFalse();
  }

  @Test
  void timeTypes_bindToTimestampsNotToText() {
    assertThat(TypeRules.canBind(b(ScalarKind.INSTANT), TIMESTAMPTZ)).isTrue();
    assertThat(TypeRules.canBind(b(ScalarKind.OFFSET_DATE_TIME), TIMESTAMPTZ)).isTrue();
    assertThat(TypeRules.canBind(b(ScalarKind.LOCAL_DATE_TIME), TIMESTAMP)).isTrue();
    assertThat(TypeRules.canBind(b(ScalarKind.LOCAL_DATE), TEXT)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(ScalarKind.class)
  void unknownSqlType_acceptsEverything(ScalarKind kind) {
    JavaType type = kind == ScalarKind.ENUM ? ENUM : b(kind);
    assertThat(TypeRules.canBind(type, SqlType.UNKNOWN)).isTrue();
    assertThat(TypeRules.canRead(SqlType.UNKNOWN, type)).isTrue();
    assertThat(TypeRules.canBindArray(type, SqlType.UNKNOWN)).isTrue();
  }

  @Test
  void anyColumn_readsAsString() {
    assertThat(TypeRules.canRead(BIGINT, b(ScalarKind.STRING))).isTrue();
    assertThat(TypeRules.canRead(UUID, b(ScalarKind.STRING))).isTrue();
    assertThat(TypeRules.canRead(MOOD, b(ScalarKind.STRING))).isTrue();
  }

  @Test
  void textColumn_doesNotReadAsLong() {
    assertThat(TypeRules.canRead(TEXT, p(ScalarKind.LONG))).isFalse();
    assertThat(TypeRules.canRead(TEXT, b(ScalarKind.LONG))).isFalse();
  }

  @Test
  void numericColumns_readAsAnyNumber() {
    assertThat(TypeRules.canRead(BIGINT, p(ScalarKind.INT))).isTrue();
    assertThat(TypeRules.canRead(NUMERIC, b(ScalarKind.BIG_DECIMAL))).isTrue();
    assertThat(TypeRules.canRead(INTEGER, p(ScalarKind.DOUBLE))).isTrue();
  }

  @Test
  void timestamptz_doesNotReadAsLocalDateTime() {
    assertThat(TypeRules.canRead(TIMESTAMPTZ, b(ScalarKind.LOCAL_DATE_TIME))).isFalse();
    assertThat(TypeRules.canRead(TIMESTAMPTZ, b(ScalarKind.INSTANT))).isTrue();
    assertThat(TypeRules.canRead(TIMESTAMP, b(ScalarKind.LOCAL_DATE_TIME))).isTrue();
  }

  @Test
  void enumAndTextColumns_readAsJavaEnum() {
    assertThat(TypeRules.canRead(MOOD, ENUM)).isTrue();
    assertThat(TypeRules.canRead(TEXT, ENUM)).isTrue();
    assertThat(TypeRules.canRead(BIGINT, ENUM)).isFalse();
  }

  @Test
  void collections_bindElementwiseToArrays() {
    assertThat(TypeRules.canBindArray(b(ScalarKind.LONG), SqlType.arrayOf("bigint"))).isTrue();
    assertThat(TypeRules.canBindArray(b(ScalarKind.STRING), SqlType.arrayOf("bigint"))).isFalse();
    assertThat(TypeRules.canBindArray(b(ScalarKind.LONG), BIGINT)).isFalse();
  }

  @Test
  void arrayElementType_usesDriverTypeNames() {
    assertThat(TypeRules.arrayElementType(b(ScalarKind.LONG), BIGINT)).isEqualTo("int8");
    assertThat(TypeRules.arrayElementType(b(ScalarKind.STRING), VARCHAR)).isEqualTo("varchar");
    assertThat(TypeRules.arrayElementType(b(ScalarKind.INSTANT), SqlType.UNKNOWN))
        .isEqualTo("timestamptz");
    assertThat(TypeRules.arrayElementType(ENUM, MOOD)).isEqualTo("mood");
    assertThat(TypeRules.arrayElementType(b(ScalarKind.DOUBLE), SqlType.UNKNOWN))
        .isEqualTo("float8");
  }

  @Test
  void stringsAgainstEnumsAndJson_bindAsOther() {
    assertThat(TypeRules.jdbcType(b(ScalarKind.STRING), MOOD)).isEqualTo("OTHER");
    assertThat(TypeRules.jdbcType(ENUM, MOOD)).isEqualTo("OTHER");
    assertThat(TypeRules.jdbcType(b(ScalarKind.STRING), JSONB)).isEqualTo("OTHER");
    assertThat(TypeRules.jdbcType(b(ScalarKind.STRING), TEXT)).isEqualTo("VARCHAR");
    assertThat(TypeRules.jdbcType(ENUM, TEXT)).isEqualTo("VARCHAR");
    assertThat(TypeRules.jdbcType(b(ScalarKind.LONG), BIGINT)).isEqualTo("BIGINT");
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
    assertThat(TypeRules.canRead(SqlType.arrayOf("text"), strings)).isTrue();
    assertThat(TypeRules.canRead(SqlType.arrayOf("integer"), longs)).isTrue();
    assertThat(TypeRules.canRead(SqlType.arrayOf("text"), longs)).isFalse();
    assertThat(TypeRules.canRead(BIGINT, longs)).isFalse();
    assertThat(TypeRules.canRead(SqlType.arrayOf("bigint"), p(ScalarKind.LONG))).isFalse();
    assertThat(TypeRules.canRead(SqlType.arrayOf("bigint"), b(ScalarKind.STRING))).isTrue();
    assertThat(longs.display()).isEqualTo("Long[]");
    assertThat(strings.display()).isEqualTo("List<String>");
  }

  @Test
  void collectionsOfUnsupportedElements_areNotValues() {
    assertThat(JavaType.collectionOf(p(ScalarKind.LONG), JavaType.Container.ARRAY)).isNull();
    assertThat(JavaType.collectionOf(b(ScalarKind.INSTANT), JavaType.Container.LIST)).isNull();
  }
}
