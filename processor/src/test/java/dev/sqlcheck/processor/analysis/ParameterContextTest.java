package dev.sqlcheck.processor.analysis;

import static dev.sqlcheck.processor.analysis.Checks.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.analysis.ParameterUse.Context;
import dev.sqlcheck.processor.catalog.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type and binding context each parameter occurrence expects. */
class ParameterContextTest {

  private static List<ParameterUse> params(String sql) {
    return clean(sql).parameters();
  }

  private static void expect(ParameterUse p, String name, String type, Context context) {
    assertEquals(name, p.name());
    assertEquals(
        type == null ? SqlType.UNKNOWN : SqlType.of(type), p.expectedType(), () -> "type of " + p);
    assertEquals(context, p.context());
  }

  @Test
  void comparisonEitherSide_takesColumnType() {
    List<ParameterUse> ps = params("SELECT 1 FROM users WHERE id = :a AND :b < year");
    expect(ps.get(0), "a", "bigint", Context.SCALAR);
    expect(ps.get(1), "b", "integer", Context.SCALAR);
  }

  @Test
  void betweenAndLike_takeColumnType() {
    List<ParameterUse> ps =
        params("SELECT 1 FROM users WHERE year BETWEEN :lo AND :hi AND email LIKE :p");
    expect(ps.get(0), "lo", "integer", Context.SCALAR);
    expect(ps.get(1), "hi", "integer", Context.SCALAR);
    expect(ps.get(2), "p", "text", Context.SCALAR);
  }

  @Test
  void singleParamInList_isInListContext() {
    expect(
        params("SELECT 1 FROM users WHERE id IN (:ids)").get(0), "ids", "bigint", Context.IN_LIST);
  }

  @Test
  void severalParamsInList_areScalars() {
    List<ParameterUse> ps = params("SELECT 1 FROM users WHERE id IN (:a, :b)");
    expect(ps.get(0), "a", "bigint", Context.SCALAR);
    expect(ps.get(1), "b", "bigint", Context.SCALAR);
  }

  @Test
  void anyAndAll_areArrayContext() {
    List<ParameterUse> ps =
        params("SELECT 1 FROM users WHERE id = ANY(:ids) AND email <> ALL(:emails)");
    assertEquals(SqlType.arrayOf("bigint"), ps.get(0).expectedType());
    assertEquals(Context.ARRAY, ps.get(0).context());
    assertEquals(SqlType.arrayOf("text"), ps.get(1).expectedType());
    assertEquals(Context.ARRAY, ps.get(1).context());
  }

  @Test
  void insertValues_takeTargetColumnTypesByPosition() {
    List<ParameterUse> ps =
        params("INSERT INTO books (title, author_id, published_year) VALUES (:t, :a, :y)");
    expect(ps.get(0), "t", "text", Context.SCALAR);
    expect(ps.get(1), "a", "bigint", Context.SCALAR);
    expect(ps.get(2), "y", "integer", Context.SCALAR);
  }

  @Test
  void insertWithoutColumnList_usesTableOrder() {
    List<ParameterUse> ps = params("INSERT INTO authors VALUES (:id, :name)");
    expect(ps.get(0), "id", "bigint", Context.SCALAR);
    expect(ps.get(1), "name", "text", Context.SCALAR);
  }

  @Test
  void updateSet_takesColumnType_alsoInRowForm() {
    List<ParameterUse> ps =
        params("UPDATE books SET (title, isbn, published_year) = (:t, :i, :y) WHERE id = :id");
    expect(ps.get(0), "t", "text", Context.SCALAR);
    expect(ps.get(1), "i", "character varying", Context.SCALAR);
    expect(ps.get(2), "y", "integer", Context.SCALAR);
    expect(ps.get(3), "id", "bigint", Context.SCALAR);
  }

  @Test
  void cast_winsOverComparison() {
    List<ParameterUse> ps =
        params("SELECT 1 FROM users WHERE id = :a::int AND email = CAST(:b AS varchar)");
    expect(ps.get(0), "a", "integer", Context.SCALAR);
    expect(ps.get(1), "b", "character varying", Context.SCALAR);
  }

  @Test
  void castOperand_isMarked_comparisonAndCastOfAnExpressionAreNot() {
    List<ParameterUse> ps =
        params(
            "SELECT 1 FROM users WHERE id = :a::int AND email = CAST(:b /* x */ AS varchar)"
                + " AND id = :c AND email = (:d || 'x')::text");
    assertTrue(ps.get(0).castOperand());
    assertTrue(ps.get(1).castOperand());
    assertFalse(ps.get(2).castOperand());
    assertFalse(ps.get(3).castOperand());
  }

  @Test
  void castToEnum_isEnumType() {
    ParameterUse p = params("SELECT 1 FROM books WHERE status = :s::book_status").get(0);
    assertEquals(SqlType.enumOf("book_status"), p.expectedType());
  }

  @Test
  void enumColumn_comparison_isEnumType() {
    ParameterUse p = params("SELECT 1 FROM books WHERE status = :s").get(0);
    assertEquals(SqlType.enumOf("book_status"), p.expectedType());
  }

  @Test
  void limitAndOffset_areBigint() {
    List<ParameterUse> ps = params("SELECT id FROM users LIMIT :n OFFSET :o");
    expect(ps.get(0), "n", "bigint", Context.SCALAR);
    expect(ps.get(1), "o", "bigint", Context.SCALAR);
  }

  @Test
  void withoutContext_isUnknown() {
    expect(params("SELECT :x").get(0), "x", null, Context.SCALAR);
  }

  @Test
  void functionArgument_takesTheChosenFunctionsType() {
    expect(params("SELECT lower(:x)").get(0), "x", "text", Context.SCALAR);
  }

  @Test
  void occurrences_inOrderOfAppearance_withExactOffsets() {
    String sql = "SELECT id FROM users WHERE email = :e OR display_name = :e LIMIT :n";
    List<ParameterUse> ps = params(sql);
    assertEquals(List.of("e", "e", "n"), ps.stream().map(ParameterUse::name).toList());
    assertEquals(sql.indexOf(":e"), ps.get(0).start());
    assertEquals(sql.lastIndexOf(":e"), ps.get(1).start());
    assertEquals(sql.lastIndexOf(":e") + 2, ps.get(1).end());
    expect(ps.get(1), "e", "text", Context.SCALAR);
  }

  @Test
  void propertyParameter_typedLikeAnyOther() {
    ParameterUse p = params("UPDATE books SET title = :book.title WHERE id = :book.id").get(1);
    assertEquals("book", p.name());
    assertEquals("id", p.property());
    assertEquals(SqlType.of("bigint"), p.expectedType());
  }

  @Test
  void subqueryAndCteParameters_typed() {
    List<ParameterUse> ps =
        params(
            "WITH c AS (SELECT id FROM users WHERE email = :e)"
                + " SELECT * FROM c WHERE id IN (SELECT user_id FROM loans WHERE book_id = :b)");
    expect(ps.get(0), "e", "text", Context.SCALAR);
    expect(ps.get(1), "b", "bigint", Context.SCALAR);
  }
}
