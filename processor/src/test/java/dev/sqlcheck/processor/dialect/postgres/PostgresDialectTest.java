package dev.sqlcheck.processor.dialect.postgres;

import static com.google.common.truth.Truth.assertThat;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.ScalarKind;
import dev.sqlcheck.processor.types.SqlFamily;
import dev.sqlcheck.processor.types.TypeRef;
import org.junit.jupiter.api.Test;

/** PostgreSQL's binding strategy and type families, as the JDBC driver needs them. */
class PostgresDialectTest {
  private static final PostgresDialect DIALECT = PostgresDialect.INSTANCE;
  private static final SqlType BIGINT = SqlType.of("bigint");
  private static final SqlType TEXT = SqlType.of("text");
  private static final SqlType VARCHAR = SqlType.of("character varying");
  private static final SqlType MOOD = SqlType.enumOf("mood");
  private static final SqlType JSONB = SqlType.of("jsonb");
  private static final JavaType ENUM = JavaType.enumOf(TypeRef.of("com.example", "Mood"));

  private static JavaType b(ScalarKind k) {
    return JavaType.boxed(k);
  }

  @Test
  void arrayElementType_usesDriverTypeNames() {
    assertThat(DIALECT.arrayElementType(b(ScalarKind.LONG), BIGINT)).isEqualTo("int8");
    assertThat(DIALECT.arrayElementType(b(ScalarKind.STRING), VARCHAR)).isEqualTo("varchar");
    assertThat(DIALECT.arrayElementType(b(ScalarKind.INSTANT), SqlType.UNKNOWN))
        .isEqualTo("timestamptz");
    assertThat(DIALECT.arrayElementType(ENUM, MOOD)).isEqualTo("mood");
    assertThat(DIALECT.arrayElementType(b(ScalarKind.DOUBLE), SqlType.UNKNOWN)).isEqualTo("float8");
  }

  @Test
  void stringsAgainstEnumsAndJson_bindAsOther() {
    assertThat(DIALECT.jdbcType(b(ScalarKind.STRING), MOOD)).isEqualTo("OTHER");
    assertThat(DIALECT.jdbcType(ENUM, MOOD)).isEqualTo("OTHER");
    assertThat(DIALECT.jdbcType(b(ScalarKind.STRING), JSONB)).isEqualTo("OTHER");
    assertThat(DIALECT.jdbcType(b(ScalarKind.STRING), TEXT)).isEqualTo("VARCHAR");
    assertThat(DIALECT.jdbcType(ENUM, TEXT)).isEqualTo("VARCHAR");
    assertThat(DIALECT.jdbcType(b(ScalarKind.LONG), BIGINT)).isEqualTo("BIGINT");
  }

  @Test
  void identifiers_foldUnlessQuoted() {
    assertThat(DIALECT.foldIdentifier("Users")).isEqualTo("users");
    assertThat(DIALECT.foldIdentifier("\"Users\"")).isEqualTo("Users");
    assertThat(DIALECT.foldIdentifier("\"a\"\"b\"")).isEqualTo("a\"b");
  }

  @Test
  void systemColumns_haveTheirTypes_andUserNamesHaveNone() {
    assertThat(DIALECT.systemColumn("ctid")).hasValue(SqlType.of("tid"));
    assertThat(DIALECT.systemColumn("xmin")).hasValue(SqlType.of("xid"));
    assertThat(DIALECT.systemColumn("id")).isEmpty();
  }

  @Test
  void families_groupCanonicalNames() {
    assertThat(DIALECT.family(BIGINT)).isEqualTo(SqlFamily.INTEGER);
    assertThat(DIALECT.family(VARCHAR)).isEqualTo(SqlFamily.TEXT);
    assertThat(DIALECT.family(MOOD)).isEqualTo(SqlFamily.ENUM);
    assertThat(DIALECT.family(JSONB)).isEqualTo(SqlFamily.OTHER);
    assertThat(DIALECT.family(SqlType.UNKNOWN)).isEqualTo(SqlFamily.UNKNOWN);
  }

  @Test
  void operatorQuestionMarks_skipLiteralsAndComments() {
    String sql = "SELECT body ? 'k' FROM t WHERE x = '?' -- ?\n";
    assertThat(DIALECT.operatorQuestionMarks(sql).stream().boxed().toList())
        .containsExactly(sql.indexOf('?'));
  }
}
