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

  /** The rewrite of the IN list around the (only) {@code :ids} in {@code sql}, or empty. */
  private static java.util.Optional<String> rewritten(String sql, JavaType element, SqlType left) {
    int start = sql.indexOf(":ids");
    return DIALECT
        .inListAsArray(sql, start, start + 4, element, left)
        .map(
            a ->
                sql.substring(0, a.start())
                    + a.replacement()
                    + sql.substring(a.end())
                    + " /"
                    + a.elementType());
  }

  @Test
  void inList_ofKnownType_becomesOneArray() {
    JavaType lng = b(ScalarKind.LONG);
    assertThat(rewritten("SELECT 1 FROM t WHERE id IN (:ids)", lng, BIGINT))
        .hasValue("SELECT 1 FROM t WHERE id = ANY(?) /int8");
    assertThat(rewritten("SELECT 1 FROM t WHERE id not in ( :ids ) AND x", lng, BIGINT))
        .hasValue("SELECT 1 FROM t WHERE id <> ALL(?) AND x /int8");
    assertThat(rewritten("SELECT 1 FROM t WHERE id IN /* c */ (\n:ids -- c\n)", lng, BIGINT))
        .hasValue("SELECT 1 FROM t WHERE id = ANY(?) /int8");
    assertThat(rewritten("SELECT x::int IN (:ids) AS hit FROM t", lng, SqlType.of("integer")))
        .hasValue("SELECT x::int = ANY(?) AS hit FROM t /int8");
    assertThat(rewritten("SELECT 1 FROM t WHERE NOT (a + 1) IN (:ids)", lng, BIGINT))
        .hasValue("SELECT 1 FROM t WHERE NOT (a + 1) = ANY(?) /int8");
    // To the right the grouping is the same: (id IN (...)) = flag, (id = ANY(?)) = flag.
    assertThat(rewritten("SELECT 1 FROM t WHERE id IN (:ids) = flag", lng, BIGINT))
        .hasValue("SELECT 1 FROM t WHERE id = ANY(?) = flag /int8");
    assertThat(rewritten("SELECT 1 FROM t WHERE a = 1 AND (b) IN (:ids)", lng, BIGINT))
        .hasValue("SELECT 1 FROM t WHERE a = 1 AND (b) = ANY(?) /int8");
  }

  @Test
  void inListArray_takesTheJavaTypeForNumbers_andTheSqlTypeForTextAndEnums() {
    String sql = "SELECT 1 FROM t WHERE c IN (:ids)";
    // int4_col = ANY(int8[]) compares as bigint, as int4_col IN ($1::int8) did.
    assertThat(rewritten(sql, b(ScalarKind.LONG), SqlType.of("integer")).get()).endsWith("/int8");
    assertThat(rewritten(sql, b(ScalarKind.STRING), VARCHAR).get()).endsWith("/varchar");
    assertThat(rewritten(sql, ENUM, MOOD).get()).endsWith("/mood");
    assertThat(rewritten(sql, b(ScalarKind.STRING), MOOD).get()).endsWith("/mood");
    assertThat(
            rewritten(
                    sql, b(ScalarKind.OFFSET_DATE_TIME), SqlType.of("timestamp without time zone"))
                .get())
        .endsWith("/timestamptz");
  }

  @Test
  void inList_staysExpanded_whereAnArrayWouldChangeTheQuery() {
    JavaType lng = b(ScalarKind.LONG);
    // Unknown left side: no type for the array.
    assertThat(rewritten("SELECT 1 FROM t WHERE f(x) IN (:ids)", lng, SqlType.UNKNOWN)).isEmpty();
    // IN binds tighter than =: the list is the right operand of a comparison, and
    // "flag = id = ANY(?)" would not parse.
    assertThat(rewritten("SELECT 1 FROM t WHERE flag = id IN (:ids)", lng, BIGINT)).isEmpty();
    assertThat(rewritten("SELECT 1 FROM t WHERE flag <> (a) IN (:ids)", lng, BIGINT)).isEmpty();
    // Not the only element of the list.
    assertThat(rewritten("SELECT 1 FROM t WHERE id IN (:ids, 3)", lng, BIGINT)).isEmpty();
    assertThat(rewritten("SELECT 1 FROM t WHERE id = ANY(:ids)", lng, BIGINT)).isEmpty();
    // byte[] elements have no array encoding the driver accepts from plain objects.
    assertThat(
            rewritten(
                "SELECT 1 FROM t WHERE b IN (:ids)", b(ScalarKind.BYTES), SqlType.of("bytea")))
        .isEmpty();
  }

  @Test
  void inList_insideLiteralsAndComments_isNotALookalike() {
    JavaType lng = b(ScalarKind.LONG);
    assertThat(rewritten("SELECT 'IN (' FROM t WHERE id IN (:ids)", lng, BIGINT))
        .hasValue("SELECT 'IN (' FROM t WHERE id = ANY(?) /int8");
    assertThat(rewritten("SELECT \"in\" FROM t WHERE \"in\" IN (:ids)", lng, BIGINT))
        .hasValue("SELECT \"in\" FROM t WHERE \"in\" = ANY(?) /int8");
  }
}
