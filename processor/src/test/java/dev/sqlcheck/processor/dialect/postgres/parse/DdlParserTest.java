package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgParserTest.error;
import static dev.sqlcheck.processor.dialect.postgres.parse.PgParserTest.parse;
import static dev.sqlcheck.processor.dialect.postgres.parse.PgParserTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.ColumnDefinition;
import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.CreateTable;
import dev.sqlcheck.processor.sql.ast.CreateTableAs;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.OwnerTo;
import dev.sqlcheck.processor.sql.ast.PartitionBound;
import dev.sqlcheck.processor.sql.ast.RenameTo;
import dev.sqlcheck.processor.sql.ast.SequenceOption;
import dev.sqlcheck.processor.sql.ast.SetSchema;
import dev.sqlcheck.processor.sql.ast.TableLike;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tree shapes and offsets of CREATE TABLE and ALTER TABLE. */
class DdlParserTest {
  private static final PgGrammar V15 = PgGrammar.of(15);

  static CreateTable table(String sql) {
    return (CreateTable) parse(sql);
  }

  static AlterTable alter(String sql) {
    return (AlterTable) parse(sql);
  }

  static List<String> names(List<? extends dev.sqlcheck.processor.sql.ast.Identifier> ids) {
    return ids.stream().map(i -> i.name()).toList();
  }

  @Test
  void missingCommaBetweenColumns_isASyntaxErrorAtTheNextColumn() {
    String sql =
        "CREATE TABLE orders (id int, status order_status NOT NULL DEFAULT 'pending'"
            + " placed_at timestamptz)";
    SyntaxError e = error(sql, V15);
    assertEquals("syntax error at or near \"placed_at\"", e.message());
    assertEquals(sql.indexOf("placed_at"), e.position());
    assertEquals("42601", e.sqlState());
  }

  @Test
  void createTable_columnsKeepTypesConstraintsAndOffsets() {
    String sql =
        "CREATE TABLE public.orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            + "\n  status order_status COLLATE \"C\" NOT NULL DEFAULT 'pending',"
            + "\n  note text NULL, tags text[] DEFAULT '{}'::text[]\n)";
    CreateTable t = table(sql);
    assertEquals("public.orders", t.name().dotted());
    assertEquals("permanent", t.persistence());
    assertEquals(sql.length(), t.end());
    List<ColumnDefinition> cols = t.columns();
    assertEquals(
        List.of("id", "status", "note", "tags"), cols.stream().map(c -> c.name().name()).toList());
    ColumnDefinition id = cols.get(0);
    assertEquals("int8", id.type().simpleName());
    assertEquals("id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", text(sql, id));
    assertTrue(id.constraint(Constraint.Identity.class).always());
    assertEquals("PRIMARY KEY", text(sql, id.constraint(Constraint.PrimaryKey.class)));
    ColumnDefinition status = cols.get(1);
    assertEquals("order_status", status.type().simpleName());
    assertEquals("C", status.collation().dotted());
    assertEquals("\"C\"", text(sql, status.collation()));
    assertEquals(2, status.constraints().size());
    Constraint.Default d = status.constraint(Constraint.Default.class);
    assertEquals("'pending'", text(sql, d.expr()));
    assertInstanceOf(Constraint.Null.class, cols.get(2).constraints().get(0));
    assertTrue(cols.get(3).type().isArray());
  }

  @Test
  void tableConstraints_keepColumnsReferencesAndAttributes() {
    String sql =
        "CREATE TABLE t (a int, b int, CONSTRAINT t_pk PRIMARY KEY (a, b) INCLUDE (c),"
            + " UNIQUE NULLS NOT DISTINCT (b), CHECK (a > 0) NO INHERIT,"
            + " CONSTRAINT fk FOREIGN KEY (b) REFERENCES s.p (x) MATCH FULL ON DELETE SET NULL (b)"
            + " ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,"
            + " EXCLUDE USING gist (a WITH &&, b WITH OPERATOR(pg_catalog.=)) WHERE (a > 1))";
    List<Constraint> cs = table(sql).constraints();
    Constraint.PrimaryKey pk = (Constraint.PrimaryKey) cs.get(0);
    assertEquals("t_pk", pk.name().name());
    assertEquals(List.of("a", "b"), names(pk.columns()));
    assertEquals(List.of("c"), names(pk.include()));
    assertTrue(((Constraint.Unique) cs.get(1)).nullsNotDistinct());
    assertTrue(((Constraint.Check) cs.get(2)).attributes().noInherit());
    Constraint.ForeignKey fk = (Constraint.ForeignKey) cs.get(3);
    assertEquals("s.p", fk.table().dotted());
    assertEquals(List.of("x"), names(fk.referencedColumns()));
    assertEquals("full", fk.match());
    assertEquals(Constraint.ActionKind.SET_NULL, fk.onDelete().kind());
    assertEquals(List.of("b"), names(fk.onDelete().columns()));
    assertEquals(Constraint.ActionKind.CASCADE, fk.onUpdate().kind());
    assertEquals(Boolean.TRUE, fk.attributes().deferrable());
    assertEquals(Boolean.TRUE, fk.attributes().initiallyDeferred());
    assertTrue(text(sql, fk).startsWith("CONSTRAINT fk FOREIGN KEY"));
    assertTrue(text(sql, fk).endsWith("INITIALLY DEFERRED"));
    Constraint.Exclude ex = (Constraint.Exclude) cs.get(4);
    assertEquals("gist", ex.method().name());
    assertEquals("&&", ex.elements().get(0).operator().symbol());
    assertEquals(List.of("pg_catalog"), names(ex.elements().get(1).operator().schema()));
    assertEquals("a > 1", text(sql, ex.where()));
  }

  @Test
  void columnReferences_andAttributeClauses_stayInWrittenOrder() {
    String sql =
        "CREATE TABLE t (r int REFERENCES p ON DELETE CASCADE DEFERRABLE INITIALLY" + " DEFERRED)";
    List<Constraint> cs = table(sql).columns().get(0).constraints();
    Constraint.ForeignKey fk = (Constraint.ForeignKey) cs.get(0);
    assertEquals("p", fk.table().dotted());
    assertTrue(fk.columns().isEmpty() && fk.referencedColumns().isEmpty());
    assertEquals(Constraint.ActionKind.CASCADE, fk.onDelete().kind());
    assertEquals(Constraint.Action.NONE, fk.onUpdate());
    assertEquals("deferrable", ((Constraint.Attribute) cs.get(1)).clause());
    assertEquals("initially deferred", ((Constraint.Attribute) cs.get(2)).clause());
  }

  @Test
  void partitionsAndTypedTables_keepParentBoundAndType() {
    String sql =
        "CREATE TABLE public.payment_p2022_01 PARTITION OF public.payment"
            + " FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00')";
    CreateTable p = table(sql);
    assertEquals("public.payment", p.partitionOf().dotted());
    assertEquals(PartitionBound.Kind.RANGE, p.bound().kind());
    assertEquals("'2022-01-01 00:00:00+00'", text(sql, p.bound().from().get(0)));
    assertTrue(text(sql, p.bound()).startsWith("FOR VALUES FROM"));
    CreateTable h =
        table(
            "CREATE TABLE h PARTITION OF p (a NOT NULL) FOR VALUES WITH"
                + " (MODULUS 4, REMAINDER 3) PARTITION BY LIST (b)");
    assertEquals(4, h.bound().modulus());
    assertEquals(3, h.bound().remainder());
    assertNull(h.columns().get(0).type());
    assertEquals("b", h.partitionBy().elements().get(0).column().name());
    assertEquals(
        PartitionBound.Kind.DEFAULT, table("CREATE TABLE d PARTITION OF p DEFAULT").bound().kind());
    CreateTable typed = table("CREATE TABLE t OF pair (x WITH OPTIONS NOT NULL, PRIMARY KEY (x))");
    assertEquals("pair", typed.ofType().dotted());
    assertTrue(typed.columns().get(0).withOptions());
    assertEquals(1, typed.constraints().size());
  }

  @Test
  void tableClauses_likeInheritsPartitionByAndOptions() {
    String sql =
        "CREATE UNLOGGED TABLE IF NOT EXISTS t (LIKE s INCLUDING ALL EXCLUDING INDEXES,"
            + " a int) INHERITS (p1, p2) PARTITION BY RANGE (a, (lower(b)) text_pattern_ops)"
            + " USING heap WITH (fillfactor = 70, toast.autovacuum_enabled = false)"
            + " ON COMMIT PRESERVE ROWS TABLESPACE ts";
    CreateTable t = table(sql);
    assertEquals("unlogged", t.persistence());
    assertTrue(t.ifNotExists());
    TableLike like = (TableLike) t.elements().get(0);
    assertEquals("s", like.source().dotted());
    assertEquals(2, like.options().size());
    assertFalse(like.options().get(1).including());
    assertEquals(List.of("p1", "p2"), t.inherits().stream().map(q -> q.dotted()).toList());
    assertEquals("range", t.partitionBy().strategy().name());
    assertEquals("lower(b)", text(sql, t.partitionBy().elements().get(1).expr()));
    assertEquals("text_pattern_ops", t.partitionBy().elements().get(1).opclass().dotted());
    assertEquals("heap", t.accessMethod().name());
    assertEquals(List.of("fillfactor", "autovacuum_enabled"), names(t.options()));
    assertEquals("preserve rows", t.onCommit());
    assertEquals("ts", t.tablespace().name());
    assertEquals("temp", table("CREATE LOCAL TEMP TABLE t (a int)").persistence());
    assertTrue(table("CREATE TABLE t ()").elements().isEmpty());
  }

  @Test
  void createTableAs_isToldFromColumnDefinitionsAsGramYDoes() {
    assertInstanceOf(CreateTableAs.class, parse("CREATE TABLE t (a, b) AS SELECT 1, 2"));
    assertInstanceOf(CreateTableAs.class, parse("CREATE TABLE t WITH (fillfactor=1) AS SELECT 1"));
    assertInstanceOf(CreateTable.class, parse("CREATE TABLE t (a int)"));
    assertEquals("syntax error at end of input", error("CREATE TABLE t (a)", V15).message());
  }

  @Test
  void generatedColumns_storedUpTo17AndVirtualFrom18() {
    String stored = "CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2) STORED)";
    assertFalse(table(stored).columns().get(1).constraint(Constraint.Generated.class).virtual());
    String plain = "CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2))";
    assertEquals("syntax error at or near \")\"", error(plain, V15).message());
    assertTrue(
        ((CreateTable) PgParser.parse(plain, PgGrammar.of(18)).single())
            .columns()
            .get(1)
            .constraint(Constraint.Generated.class)
            .virtual());
    String byDefault = "CREATE TABLE t (g int GENERATED BY DEFAULT AS (1) STORED)";
    SyntaxError e = error(byDefault, V15);
    assertEquals("for a generated column, GENERATED ALWAYS must be specified", e.message());
    assertEquals(byDefault.indexOf("BY"), e.position());
  }

  @Test
  void grammarActionErrors_areReportedAsPostgresDoes() {
    assertEquals(
        "multiple COLLATE clauses not allowed",
        error("CREATE TABLE t (a text COLLATE \"C\" COLLATE \"POSIX\")", V15).message());
    assertEquals(
        "conflicting constraint properties",
        error("CREATE TABLE t (a int, UNIQUE (a) DEFERRABLE NOT DEFERRABLE)", V15).message());
    assertEquals(
        "constraint declared INITIALLY DEFERRED must be DEFERRABLE",
        error("CREATE TABLE t (a int, UNIQUE (a) NOT DEFERRABLE INITIALLY DEFERRED)", V15)
            .message());
    SyntaxError check = error("CREATE TABLE t (a int, CHECK (a > 0) DEFERRABLE)", V15);
    assertEquals("CHECK constraints cannot be marked DEFERRABLE", check.message());
    assertEquals("0A000", check.sqlState());
    assertEquals(
        "modulus for hash partition must be specified",
        error("CREATE TABLE t PARTITION OF p FOR VALUES WITH (REMAINDER 1)", V15).message());
  }

  @Test
  void alterTable_pgDumpForms() {
    String pk = "ALTER TABLE ONLY public.actor ADD CONSTRAINT actor_pkey PRIMARY KEY (actor_id)";
    AlterTable a = alter(pk);
    assertEquals("table", a.objectKind());
    assertFalse(a.relation().inherit());
    assertEquals("public.actor", text(pk, a.relation().name()));
    AlterTable.AddConstraint add = (AlterTable.AddConstraint) a.actions().get(0);
    assertEquals("actor_pkey", add.constraint().name().name());
    assertEquals("ADD CONSTRAINT actor_pkey PRIMARY KEY (actor_id)", text(pk, add));

    String id =
        "ALTER TABLE public.t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY ("
            + "SEQUENCE NAME public.t_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE"
            + " CACHE 1)";
    AlterTable.AddIdentity ident = (AlterTable.AddIdentity) alter(id).actions().get(0);
    assertFalse(ident.always());
    assertEquals(
        List.of("sequence name", "start", "increment", "no minvalue", "no maxvalue", "cache"),
        ident.options().stream().map(SequenceOption::name).toList());
    assertEquals("public.t_id_seq", text(id, ident.options().get(0).value()));

    String attach = "ALTER TABLE ONLY public.payment ATTACH PARTITION public.p1 FOR VALUES IN (1)";
    AlterTable.AttachPartition ap = (AlterTable.AttachPartition) alter(attach).actions().get(0);
    assertEquals("public.p1", ap.partition().dotted());
    assertEquals(PartitionBound.Kind.LIST, ap.bound().kind());

    String def = "ALTER TABLE ONLY t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass)";
    AlterTable.ColumnDefault cd = (AlterTable.ColumnDefault) alter(def).actions().get(0);
    assertEquals("nextval('t_id_seq'::regclass)", text(def, cd.expr()));
    assertInstanceOf(OwnerTo.class, alter("ALTER TABLE t OWNER TO postgres").actions().get(0));
  }

  @Test
  void alterTable_columnActionsInOneStatement() {
    String sql =
        "ALTER TABLE IF EXISTS t ADD COLUMN IF NOT EXISTS c text NOT NULL,"
            + " DROP COLUMN d CASCADE, ALTER e SET DATA TYPE bigint COLLATE \"C\" USING e::bigint,"
            + " ALTER f DROP DEFAULT, ALTER g SET NOT NULL, ALTER h DROP NOT NULL,"
            + " ALTER i DROP IDENTITY IF EXISTS, ALTER j SET GENERATED ALWAYS RESTART WITH 5,"
            + " ALTER k DROP EXPRESSION, ALTER l SET STATISTICS 100, DROP CONSTRAINT IF EXISTS c1,"
            + " VALIDATE CONSTRAINT c2, ENABLE ALWAYS TRIGGER tr, SET TABLESPACE ts";
    AlterTable a = alter(sql);
    assertTrue(a.ifExists());
    List<AlterTable.Action> acts = a.actions();
    assertEquals(14, acts.size());
    AlterTable.AddColumn add = (AlterTable.AddColumn) acts.get(0);
    assertTrue(add.ifNotExists());
    assertEquals("c text NOT NULL", text(sql, add.column()));
    assertTrue(((AlterTable.DropColumn) acts.get(1)).cascade());
    AlterTable.AlterColumnType type = (AlterTable.AlterColumnType) acts.get(2);
    assertEquals("int8", type.type().simpleName());
    assertEquals("e::bigint", text(sql, type.using()));
    assertNull(((AlterTable.ColumnDefault) acts.get(3)).expr());
    assertTrue(((AlterTable.ColumnNotNull) acts.get(4)).notNull());
    assertFalse(((AlterTable.ColumnNotNull) acts.get(5)).notNull());
    assertTrue(((AlterTable.DropIdentity) acts.get(6)).ifExists());
    assertEquals(
        List.of("generated always", "restart"),
        ((AlterTable.SetIdentity) acts.get(7)).options().stream().map(o -> o.name()).toList());
    assertInstanceOf(AlterTable.DropExpression.class, acts.get(8));
    assertEquals("set statistics", ((AlterTable.ColumnOption) acts.get(9)).option());
    assertTrue(((AlterTable.DropConstraint) acts.get(10)).ifExists());
    assertEquals("c2", ((AlterTable.ValidateConstraint) acts.get(11)).name().name());
    AlterTable.Other trig = (AlterTable.Other) acts.get(12);
    assertEquals("enable always trigger", trig.action());
    assertEquals("tr", trig.target().name());
    assertEquals("set tablespace", ((AlterTable.Other) acts.get(13)).action());
  }

  @Test
  void alterRelation_renamesMovesAndOtherKinds() {
    var rc = (AlterTable.RenameColumn) alter("ALTER TABLE a RENAME c TO c2").actions().get(0);
    assertEquals("c", rc.column().name());
    assertEquals("c2", rc.newName().name());
    assertInstanceOf(
        AlterTable.RenameConstraint.class,
        alter("ALTER TABLE a RENAME CONSTRAINT x TO y").actions().get(0));
    assertEquals(
        "t5b",
        ((RenameTo) alter("ALTER TABLE t5 RENAME TO t5b").actions().get(0)).newName().name());
    assertEquals(
        "s", ((SetSchema) alter("ALTER TABLE t SET SCHEMA s").actions().get(0)).schema().name());
    AlterTable v = alter("ALTER VIEW v2 RENAME COLUMN x TO x2");
    assertEquals("view", v.objectKind());
    assertInstanceOf(AlterTable.RenameColumn.class, v.actions().get(0));
    AlterTable mv = alter("ALTER MATERIALIZED VIEW IF EXISTS m ALTER COLUMN a SET STATISTICS 5");
    assertEquals("materialized view", mv.objectKind());
    assertEquals("index", alter("ALTER INDEX i RENAME TO j").objectKind());
    assertEquals(
        "syntax error at or near \"CONSTRAINT\"",
        error("ALTER VIEW v RENAME CONSTRAINT a TO b", V15).message());
    assertEquals(
        "syntax error at or near \"SCHEMA\"",
        error("ALTER TABLE t ADD COLUMN a int, SET SCHEMA s", V15).message());
  }

  @Test
  void defaultExpression_isAbExprSoNotNullAfterItIsAConstraint() {
    String sql = "CREATE TABLE t (a int DEFAULT 1 + 2 NOT NULL)";
    ColumnDefinition c = table(sql).columns().get(0);
    assertEquals("1 + 2", text(sql, c.constraint(Constraint.Default.class).expr()));
    assertInstanceOf(Expr.Operator.class, c.constraint(Constraint.Default.class).expr());
    assertInstanceOf(Constraint.NotNull.class, c.constraints().get(1));
  }
}
