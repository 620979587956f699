package dev.sqlcheck.processor.dialect.postgres.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.Insert;
import dev.sqlcheck.processor.sql.ast.Node;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.Select;
import dev.sqlcheck.processor.sql.ast.SelectItem;
import dev.sqlcheck.processor.sql.ast.SetOperation;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TableRef;
import dev.sqlcheck.processor.sql.ast.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tree shapes and offsets of single constructs. */
class PgParserTest {
  private static final PgGrammar V15 = PgGrammar.of(15);

  static Statement parse(String sql) {
    PgParseResult r = PgParser.parse(sql, PgGrammar.defaultRange());
    assertTrue(r.ok(), () -> sql + " -> " + r.error());
    return r.single();
  }

  static Select select(String sql) {
    return (Select) ((Query) parse(sql)).body();
  }

  static Expr item(String sql) {
    return select(sql).items().get(0).expr();
  }

  static String text(String sql, Node n) {
    return sql.substring(n.start(), n.end());
  }

  static SyntaxError error(String sql, PgGrammar g) {
    PgParseResult r = PgParser.parse(sql, g);
    assertFalse(r.ok(), sql + " parsed");
    return r.error();
  }

  @Test
  void columnRef_coversExactlyItsNames() {
    String sql = "SELECT  t.col  FROM t";
    Expr e = item(sql);
    assertInstanceOf(Expr.ColumnRef.class, e);
    assertEquals("t.col", text(sql, e));
    assertEquals(
        List.of("t", "col"), ((Expr.ColumnRef) e).names().stream().map(i -> i.name()).toList());
  }

  @Test
  void selectItemLabel_withAndWithoutAs() {
    String sql = "SELECT a AS Total, b c, 1 exists FROM t";
    List<SelectItem> items = select(sql).items();
    assertEquals("total", items.get(0).label().name());
    assertTrue(items.get(0).explicitAs());
    assertEquals("Total", text(sql, items.get(0).label()));
    assertEquals("c", items.get(1).label().name());
    assertFalse(items.get(1).explicitAs());
    assertEquals("exists", items.get(2).label().name());
  }

  @Test
  void isnullAfterExpression_isATestNotALabel() {
    Expr e = item("SELECT 1 isnull");
    assertInstanceOf(Expr.NullTest.class, e);
    assertTrue(((Expr.NullTest) e).postfix());
  }

  @Test
  void keywordLabels_followPostgres() {
    assertEquals("syntax error at or near \"day\"", error("SELECT 1 day", V15).message());
    assertEquals("and", select("SELECT 1 and FROM t").items().get(0).label().name());
    assertInstanceOf(Expr.BoolExpr.class, item("SELECT 1 and true FROM t"));
  }

  @Test
  void keywordsAsNames_followCategories() {
    assertInstanceOf(Expr.ColumnRef.class, item("SELECT between FROM t"));
    SyntaxError join = error("SELECT join FROM t", V15);
    assertEquals("syntax error at or near \"FROM\"", join.message());
    assertEquals(12, join.position());
    assertEquals("syntax error at or near \"(\"", error("SELECT between(1)", V15).message());
    assertInstanceOf(Expr.FuncCall.class, item("SELECT pgsem.between(1)"));
    assertInstanceOf(Expr.FuncCall.class, item("SELECT left('abc', 1)"));
    assertInstanceOf(Expr.TypeCast.class, item("SELECT NULL::join"));
    error("SELECT 1::between", V15);
    error("SELECT 1 FROM t AS join", V15);
    assertEquals("day", select("SELECT 1 FROM t day").from().get(0).alias().name().name());
  }

  @Test
  void quotedName_isNeverAKeyword() {
    assertInstanceOf(Expr.ColumnRef.class, item("SELECT \"current_date\""));
    assertInstanceOf(Expr.SqlValueFunction.class, item("SELECT current_date"));
    Expr.ColumnRef ref = (Expr.ColumnRef) item("SELECT \"User\"");
    assertEquals("User", ref.names().get(0).name());
    assertTrue(ref.names().get(0).quoted());
  }

  @Test
  void precedence_followsPostgres() {
    Expr e = item("SELECT - 2 ^ 2");
    Expr.Operator pow = (Expr.Operator) e;
    assertEquals("^", pow.operator().symbol());
    assertEquals("-2", ((Expr.NumberLiteral) pow.left()).value());
    Expr.Operator left = (Expr.Operator) ((Expr.Operator) item("SELECT 2 ^ 3 ^ 2")).left();
    assertEquals("^", left.operator().symbol());
    assertInstanceOf(Expr.BoolExpr.class, item("SELECT NOT 1 = 2"));
    SyntaxError lt = error("SELECT 1 < 2 < 3", V15);
    assertEquals("syntax error at or near \"<\"", lt.message());
    assertEquals(13, lt.position());
    assertInstanceOf(Expr.NullTest.class, item("SELECT NULL IS NULL IS NULL"));
    error("SELECT 1 IS DISTINCT FROM 2 IS NULL", V15);
  }

  @Test
  void operators_lexLikePostgres() {
    Expr.Operator mul = (Expr.Operator) item("SELECT 3 *-2");
    assertEquals("*", mul.operator().symbol());
    assertEquals("-2", ((Expr.NumberLiteral) mul.right()).value());
    assertEquals("!=-", ((Expr.Operator) item("SELECT 3 !=- 2")).operator().symbol());
    assertEquals("?|", ((Expr.Operator) item("SELECT d ?| c FROM t")).operator().symbol());
    assertEquals("<>", ((Expr.Operator) item("SELECT 1 != 2")).operator().symbol());
    Expr.Operator explicit = (Expr.Operator) item("SELECT 1 OPERATOR(pg_catalog.+) 2");
    assertTrue(explicit.operator().explicit());
    assertEquals("pg_catalog", explicit.operator().schema().get(0).name());
  }

  @Test
  void numbers_getPostgresTypes() {
    assertEquals(Expr.NumberType.INTEGER, ((Expr.NumberLiteral) item("SELECT 2147483647")).type());
    assertEquals(Expr.NumberType.BIGINT, ((Expr.NumberLiteral) item("SELECT 2147483648")).type());
    assertEquals(Expr.NumberType.NUMERIC, ((Expr.NumberLiteral) item("SELECT 1.0")).type());
    assertEquals(Expr.NumberType.NUMERIC, ((Expr.NumberLiteral) item("SELECT 1e3")).type());
    assertEquals("31", ((Expr.NumberLiteral) item("SELECT 0x1F")).value());
    assertEquals("1000", ((Expr.NumberLiteral) item("SELECT 1_000")).value());
  }

  @Test
  void strings_decodeLikePostgres() {
    assertEquals("ab", ((Expr.StringLiteral) item("SELECT 'a'\n'b'")).value());
    assertEquals("syntax error at or near \"'b'\"", error("SELECT 'a' 'b'", V15).message());
    assertEquals("AAA", ((Expr.StringLiteral) item("SELECT E'\\x41\\101\\u0041'")).value());
    assertEquals("a$$b", ((Expr.StringLiteral) item("SELECT $q$a$$b$q$")).value());
    Expr.ColumnRef u = (Expr.ColumnRef) item("SELECT U&\"d\\0061t\\+000061\"");
    assertEquals("data", u.names().get(0).name());
    assertEquals("101", ((Expr.BitStringLiteral) item("SELECT B'101'")).bits());
    SyntaxError hex = error("SELECT X'1G'", V15);
    assertEquals("\"G\" is not a valid hexadecimal digit", hex.message());
    assertFalse(hex.isSyntaxError());
  }

  @Test
  void lexerErrors_readLikePostgres() {
    assertEquals(
        "unterminated quoted string at or near \"'abc\"", error("SELECT 'abc", V15).message());
    assertEquals(
        "unterminated /* comment at or near \"/* x\"", error("SELECT 1 /* x", V15).message());
    assertEquals(
        "trailing junk after numeric literal at or near \"123abc\"",
        error("SELECT 123abc", V15).message());
    assertEquals(
        "trailing junk after parameter at or near \"$1a\"", error("SELECT $1a", V15).message());
    assertEquals("syntax error at end of input", error("SELECT 1 +", V15).message());
    assertEquals(10, error("SELECT 1 +", V15).position());
  }

  @Test
  void namedParameters_coverTheirTokenAndAvoidCastsAndSlices() {
    String sql = "SELECT :id::int, a[1:n], a[:i], a[lo : :hi], ':x', \":y\", ARRAY[:a, :b] FROM t";
    List<SelectItem> items = select(sql).items();
    Expr.NamedParameter id = (Expr.NamedParameter) ((Expr.TypeCast) items.get(0).expr()).arg();
    assertEquals(":id", text(sql, id));
    Expr.SliceStep slice = (Expr.SliceStep) ((Expr.Indirection) items.get(1).expr()).steps().get(0);
    assertInstanceOf(Expr.ColumnRef.class, slice.upper());
    Expr.SubscriptStep sub =
        (Expr.SubscriptStep) ((Expr.Indirection) items.get(2).expr()).steps().get(0);
    assertInstanceOf(Expr.NamedParameter.class, sub.index());
    Expr.SliceStep both = (Expr.SliceStep) ((Expr.Indirection) items.get(3).expr()).steps().get(0);
    assertInstanceOf(Expr.NamedParameter.class, both.upper());
    assertInstanceOf(Expr.StringLiteral.class, items.get(4).expr());
    Expr.NamedParameter prop = (Expr.NamedParameter) item("SELECT :book.title");
    assertEquals("book", prop.name());
    assertEquals("title", prop.property());
  }

  @Test
  void setOperations_intersectBindsTighter() {
    Query q = (Query) parse("SELECT 1 UNION SELECT 2 INTERSECT SELECT 3 ORDER BY 1 LIMIT 1");
    SetOperation union = (SetOperation) q.body();
    assertEquals(SetOperation.SetOperator.UNION, union.operator());
    assertInstanceOf(SetOperation.class, union.right().body());
    assertEquals(1, q.orderBy().size());
    Query paren = (Query) parse("(SELECT 1 ORDER BY 1 LIMIT 1) UNION ALL SELECT 2");
    SetOperation u2 = (SetOperation) paren.body();
    assertTrue(u2.all());
    assertEquals(1, u2.left().orderBy().size());
    assertEquals(
        "multiple ORDER BY clauses not allowed",
        error("(SELECT 1 ORDER BY 1) ORDER BY 1", V15).message());
  }

  @Test
  void joins_formATree() {
    String sql = "SELECT * FROM a JOIN b USING (id) AS u LEFT JOIN c ON c.x = a.x, d";
    List<TableRef> from = select(sql).from();
    assertEquals(2, from.size());
    TableRef.Join left = (TableRef.Join) from.get(0);
    assertEquals(TableRef.JoinKind.LEFT, left.kind());
    TableRef.Join inner = (TableRef.Join) left.left();
    assertEquals("u", inner.usingAlias().name());
    assertEquals("id", inner.using().get(0).name());
    TableRef.Join paren =
        (TableRef.Join) select("SELECT * FROM (a CROSS JOIN b) AS j(x, y)").from().get(0);
    assertEquals("j", paren.alias().name().name());
    assertEquals(2, paren.alias().columns().size());
  }

  @Test
  void fromFunctions_keepAliasAndColumnDefinitions() {
    TableRef.Function f =
        (TableRef.Function)
            select("SELECT * FROM LATERAL json_to_record(x) WITH ORDINALITY AS r(a int, b text)")
                .from()
                .get(0);
    assertTrue(f.lateral());
    assertTrue(f.ordinality());
    assertEquals(2, f.columnDefs().size());
    assertEquals("int4", f.columnDefs().get(0).type().simpleName());
    TableRef.Function rows =
        (TableRef.Function)
            select("SELECT * FROM ROWS FROM (f(1) AS (a int), g(2)) AS x").from().get(0);
    assertTrue(rows.rowsFrom());
    assertEquals(2, rows.functions().size());
    TableRef.Function special =
        (TableRef.Function) select("SELECT * FROM current_date").from().get(0);
    assertInstanceOf(Expr.SqlValueFunction.class, special.functions().get(0).call());
  }

  @Test
  void subqueryAlias_requiredUpTo15() {
    SyntaxError e = error("SELECT * FROM (SELECT 1)", V15);
    assertEquals("subquery in FROM must have an alias", e.message());
    assertEquals(14, e.position());
    assertTrue(PgParser.parse("SELECT * FROM (SELECT 1)", PgGrammar.of(16)).ok());
  }

  @Test
  void specialFunctions_becomeCatalogCalls() {
    Expr.FuncCall pos = (Expr.FuncCall) item("SELECT position('a' IN s) FROM t");
    assertEquals("pg_catalog.position", pos.name().dotted());
    assertInstanceOf(Expr.ColumnRef.class, pos.args().get(0));
    Expr.FuncCall trim = (Expr.FuncCall) item("SELECT trim(leading 'x' FROM s) FROM t");
    assertEquals("ltrim", trim.name().last().name());
    Expr.FuncCall sub = (Expr.FuncCall) item("SELECT substring(s FROM 1 FOR 2) FROM t");
    assertEquals(3, sub.args().size());
    assertEquals(Expr.Special.SUBSTRING, sub.special());
    assertInstanceOf(Expr.Coalesce.class, item("SELECT coalesce(a, b) FROM t"));
    assertInstanceOf(Expr.NullIf.class, item("SELECT nullif(a, b) FROM t"));
    assertInstanceOf(Expr.MinMax.class, item("SELECT greatest(a, b) FROM t"));
  }

  @Test
  void typedLiterals_andTypes() {
    Expr.TypeCast iv = (Expr.TypeCast) item("SELECT interval '1' day to second(3)");
    assertEquals("day to second", iv.type().intervalFields());
    Expr.TypeCast ts = (Expr.TypeCast) item("SELECT timestamp(3) with time zone 'x'");
    assertEquals("timestamptz", ts.type().simpleName());
    Expr.TypeCast arr = (Expr.TypeCast) item("SELECT x::integer ARRAY[3]");
    assertEquals(List.of(3), arr.type().arrayBounds());
    Expr.TypeCast dp = (Expr.TypeCast) item("SELECT x::double precision");
    assertEquals("float8", dp.type().simpleName());
    Expr.TypeCast mod = (Expr.TypeCast) item("SELECT mytype(3) 'x'");
    assertEquals(1, mod.type().modifiers().size());
    Expr.TypeCast n = (Expr.TypeCast) item("SELECT N'x'");
    assertEquals("bpchar", n.type().simpleName());
  }

  @Test
  void windowsAndAggregates_keepTheirParts() {
    Expr.FuncCall f =
        (Expr.FuncCall)
            item(
                "SELECT sum(DISTINCT x ORDER BY y) FILTER (WHERE x > 0)"
                    + " OVER (w PARTITION BY a ROWS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM t");
    assertTrue(f.distinct());
    assertEquals(1, f.orderBy().size());
    assertEquals("w", f.over().refName().name());
    assertEquals(
        dev.sqlcheck.processor.sql.ast.WindowDef.Exclusion.TIES, f.over().frame().exclusion());
    SyntaxError frame = error("SELECT sum(x) OVER (ROWS UNBOUNDED FOLLOWING) FROM t", V15);
    assertEquals("frame start cannot be UNBOUNDED FOLLOWING", frame.message());
  }

  @Test
  void insertUpdate_keepTargetsAndClauses() {
    Insert ins =
        (Insert)
            parse(
                "INSERT INTO t AS x (a, b[1], c.f) OVERRIDING USER VALUE"
                    + " VALUES (1, DEFAULT, 3) ON CONFLICT (a) WHERE a > 0 DO UPDATE SET b = 2 RETURNING *");
    assertEquals("x", ins.alias().name());
    assertEquals(3, ins.columns().size());
    assertEquals("user", ins.overriding());
    assertTrue(ins.onConflict().doUpdate());
    Update up =
        (Update)
            parse(
                "UPDATE ONLY t AS x SET (a, b) = (SELECT 1, 2), c = DEFAULT"
                    + " FROM u WHERE CURRENT OF cur");
    assertFalse(up.target().inherit());
    assertTrue(up.set().get(0).multiple());
    assertInstanceOf(Expr.CurrentOf.class, up.where());
  }

  @Test
  void multipleStatements_areAllReturned() {
    PgParseResult r = PgParser.parse(";SELECT 1;; SELECT 2; SET x = 1;");
    assertEquals(3, r.statements().size());
    assertNull(r.error());
  }

  @Test
  void deepNesting_isReportedNotThrown() {
    String sql = "SELECT " + "(".repeat(5000) + "1" + ")".repeat(5000);
    PgParseResult r = PgParser.parse(sql);
    assertEquals("stack depth limit exceeded", r.error().message());
  }
}
