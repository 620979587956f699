package dev.sqlcheck.processor.dialect.postgres.parse;

import static dev.sqlcheck.processor.dialect.postgres.parse.PgParserTest.error;
import static dev.sqlcheck.processor.dialect.postgres.parse.PgParserTest.parse;
import static dev.sqlcheck.processor.dialect.postgres.parse.PgParserTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlcheck.processor.sql.ast.AlterDomain;
import dev.sqlcheck.processor.sql.ast.AlterObject;
import dev.sqlcheck.processor.sql.ast.AlterSequence;
import dev.sqlcheck.processor.sql.ast.AlterTable;
import dev.sqlcheck.processor.sql.ast.AlterType;
import dev.sqlcheck.processor.sql.ast.Comment;
import dev.sqlcheck.processor.sql.ast.Constraint;
import dev.sqlcheck.processor.sql.ast.Copy;
import dev.sqlcheck.processor.sql.ast.CreateDomain;
import dev.sqlcheck.processor.sql.ast.CreateExtension;
import dev.sqlcheck.processor.sql.ast.CreateFunction;
import dev.sqlcheck.processor.sql.ast.CreateIndex;
import dev.sqlcheck.processor.sql.ast.CreatePolicy;
import dev.sqlcheck.processor.sql.ast.CreateSchema;
import dev.sqlcheck.processor.sql.ast.CreateSequence;
import dev.sqlcheck.processor.sql.ast.CreateTable;
import dev.sqlcheck.processor.sql.ast.CreateTrigger;
import dev.sqlcheck.processor.sql.ast.CreateType;
import dev.sqlcheck.processor.sql.ast.CreateView;
import dev.sqlcheck.processor.sql.ast.DoBlock;
import dev.sqlcheck.processor.sql.ast.Drop;
import dev.sqlcheck.processor.sql.ast.Expr;
import dev.sqlcheck.processor.sql.ast.FunctionParameter;
import dev.sqlcheck.processor.sql.ast.Grant;
import dev.sqlcheck.processor.sql.ast.Identifier;
import dev.sqlcheck.processor.sql.ast.OwnerTo;
import dev.sqlcheck.processor.sql.ast.QualifiedName;
import dev.sqlcheck.processor.sql.ast.Query;
import dev.sqlcheck.processor.sql.ast.RenameTo;
import dev.sqlcheck.processor.sql.ast.SetSchema;
import dev.sqlcheck.processor.sql.ast.SortItem;
import dev.sqlcheck.processor.sql.ast.Statement;
import dev.sqlcheck.processor.sql.ast.TypeName;
import dev.sqlcheck.processor.sql.ast.UnsupportedStatement;
import dev.sqlcheck.processor.sql.ast.VariableSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tree shapes and offsets of the schema statements other than CREATE/ALTER TABLE: types, domains,
 * schemas, sequences, indexes, functions, triggers, policies, DROP, COMMENT, GRANT, SET, DO, COPY,
 * and the statements that are only recognised and skipped.
 */
class SchemaObjectParserTest {
  private static final PgGrammar V15 = PgGrammar.of(15);

  @Test
  void createType_enumCompositeRangeBaseAndShell() {
    String sql = "CREATE TYPE public.mpaa_rating AS ENUM ('G', 'PG-13', 'NC-17')";
    CreateType e = (CreateType) parse(sql);
    assertEquals(CreateType.Kind.ENUM, e.kind());
    assertEquals(List.of("G", "PG-13", "NC-17"), e.labels().stream().map(l -> l.value()).toList());
    assertEquals("'PG-13'", text(sql, e.labels().get(1)));
    CreateType c = (CreateType) parse("CREATE TYPE pair AS (a int, b text COLLATE \"C\")");
    assertEquals(CreateType.Kind.COMPOSITE, c.kind());
    assertEquals("C", c.attributes().get(1).collation().dotted());
    CreateType r = (CreateType) parse("CREATE TYPE span AS RANGE (SUBTYPE = float8)");
    assertEquals("subtype", r.definition().get(0).name().name());
    assertInstanceOf(TypeName.class, r.definition().get(0).value());
    assertEquals(
        CreateType.Kind.BASE,
        ((CreateType) parse("CREATE TYPE b (INPUT = f_in, OUTPUT = f_out, LIKE = int4)")).kind());
    assertEquals(CreateType.Kind.SHELL, ((CreateType) parse("CREATE TYPE later")).kind());
    assertTrue(((CreateType) parse("CREATE TYPE e AS ENUM ()")).labels().isEmpty());
  }

  @Test
  void alterType_enumValuesAttributesAndNames() {
    String sql = "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'";
    AlterType.AddValue v = (AlterType.AddValue) ((AlterType) parse(sql)).actions().get(0);
    assertTrue(v.ifNotExists());
    assertEquals("meh", v.value().value());
    assertEquals("ok", v.neighbor().value());
    assertTrue(v.after());
    // IF cannot be a label, so PostgreSQL's parser fails at what follows it
    String twice = "ALTER TYPE mood ADD VALUE IF IF NOT EXISTS 'z'";
    assertEquals(twice.lastIndexOf("IF"), error(twice, V15).position());
    assertInstanceOf(
        AlterType.RenameValue.class,
        ((AlterType) parse("ALTER TYPE mood RENAME VALUE 'a' TO 'b'")).actions().get(0));
    List<AlterType.Action> cmds =
        ((AlterType)
                parse(
                    "ALTER TYPE pair ADD ATTRIBUTE c int CASCADE, DROP ATTRIBUTE IF EXISTS a,"
                        + " ALTER ATTRIBUTE b SET DATA TYPE varchar(3)"))
            .actions();
    assertTrue(((AlterType.AddAttribute) cmds.get(0)).cascade());
    assertTrue(((AlterType.DropAttribute) cmds.get(1)).ifExists());
    assertEquals("varchar", ((AlterType.AlterAttributeType) cmds.get(2)).type().simpleName());
    assertInstanceOf(
        RenameTo.class, ((AlterType) parse("ALTER TYPE mood RENAME TO feeling")).actions().get(0));
    assertInstanceOf(
        OwnerTo.class,
        ((AlterType) parse("ALTER TYPE public.mood OWNER TO postgres")).actions().get(0));
    assertInstanceOf(
        SetSchema.class, ((AlterType) parse("ALTER TYPE mood SET SCHEMA s")).actions().get(0));
    SyntaxError drop = error("ALTER TYPE mood DROP VALUE 'a'", PgGrammar.of(17));
    assertEquals("0A000", drop.sqlState());
    assertEquals(
        "syntax error at or near \"VALUE\"",
        error("ALTER TYPE mood DROP VALUE 'a'", V15).message());
  }

  @Test
  void domains_keepTypeConstraintsAndActions() {
    String sql =
        "CREATE DOMAIN public.year AS integer CONSTRAINT year_check CHECK (((VALUE >= 1901)"
            + " AND (VALUE <= 2155))) DEFAULT 2000 NOT NULL";
    CreateDomain d = (CreateDomain) parse(sql);
    assertEquals("public.year", d.name().dotted());
    assertEquals("int4", d.type().simpleName());
    Constraint.Check check = (Constraint.Check) d.constraints().get(0);
    assertEquals("year_check", check.name().name());
    assertInstanceOf(Expr.BoolExpr.class, check.expr());
    assertEquals(
        "CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)))", text(sql, check));
    assertInstanceOf(Constraint.Default.class, d.constraints().get(1));
    assertInstanceOf(Constraint.NotNull.class, d.constraints().get(2));
    assertInstanceOf(CreateDomain.class, parse("CREATE DOMAIN d text COLLATE \"C\""));
    AlterDomain a =
        (AlterDomain) parse("ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0) NOT VALID");
    Constraint.Check added =
        (Constraint.Check) ((AlterTable.AddConstraint) a.action()).constraint();
    assertTrue(added.attributes().notValid());
    assertNull(
        ((AlterDomain.SetDefault) ((AlterDomain) parse("ALTER DOMAIN d DROP DEFAULT")).action())
            .expr());
    assertTrue(
        ((AlterDomain.SetNotNull) ((AlterDomain) parse("ALTER DOMAIN d SET NOT NULL")).action())
            .notNull());
    assertInstanceOf(
        AlterTable.RenameConstraint.class,
        ((AlterDomain) parse("ALTER DOMAIN d RENAME CONSTRAINT a TO b")).action());
  }

  @Test
  void createSchema_withAuthorizationAndElements() {
    String sql =
        "CREATE SCHEMA audit AUTHORIZATION admin CREATE TABLE log (id int)"
            + " CREATE VIEW v AS SELECT 1 CREATE INDEX ON log (id) GRANT SELECT ON log TO r";
    CreateSchema s = (CreateSchema) parse(sql);
    assertEquals("audit", s.name().name());
    assertEquals("admin", s.authorization().name());
    assertEquals(4, s.elements().size());
    assertInstanceOf(CreateTable.class, s.elements().get(0));
    assertInstanceOf(CreateView.class, s.elements().get(1));
    assertInstanceOf(CreateIndex.class, s.elements().get(2));
    assertInstanceOf(Grant.class, s.elements().get(3));
    assertEquals("CREATE TABLE log (id int)", text(sql, s.elements().get(0)));
    assertNull(((CreateSchema) parse("CREATE SCHEMA AUTHORIZATION joe")).name());
    assertEquals(
        "syntax error at or near \"AS\"",
        error("CREATE SCHEMA s CREATE TABLE t AS SELECT 1", V15).message());
    assertEquals(
        "CREATE SCHEMA IF NOT EXISTS cannot include schema elements",
        error("CREATE SCHEMA IF NOT EXISTS s CREATE TABLE t (a int)", V15).message());
  }

  @Test
  void set_searchPathTimeZoneAndOthers() {
    VariableSet sp = (VariableSet) parse("SET search_path TO \"$user\", public");
    assertEquals("search_path", sp.name());
    assertEquals(
        List.of("$user", "public"),
        sp.values().stream().map(v -> ((Identifier) v).name()).toList());
    assertTrue(((Identifier) sp.values().get(0)).quoted());
    VariableSet local = (VariableSet) parse("SET LOCAL search_path = 'app', public");
    assertTrue(local.local());
    assertInstanceOf(Expr.StringLiteral.class, local.values().get(0));
    assertEquals("search_path", ((VariableSet) parse("SET SCHEMA 'app'")).name());
    assertEquals("timezone", ((VariableSet) parse("SET TIME ZONE 'UTC'")).name());
    assertEquals(
        VariableSet.Kind.SET_DEFAULT,
        ((VariableSet) parse("SET SESSION client_encoding TO DEFAULT")).kind());
    assertEquals("role", ((VariableSet) parse("SET role TO admin")).name());
    assertEquals(VariableSet.Kind.RESET_ALL, ((VariableSet) parse("RESET ALL")).kind());
    assertEquals("timezone", ((VariableSet) parse("RESET TIME ZONE")).name());
    assertEquals("statement_timeout", ((VariableSet) parse("SET statement_timeout = 0")).name());
    assertEquals("transaction", ((VariableSet) parse("SET TRANSACTION READ ONLY")).name());
    assertEquals("syntax error at or near \"x\"", error("SET search_path x", V15).message());
  }

  @Test
  void createFunction_signatureResultShapeAndBodyText() {
    String sql =
        "CREATE OR REPLACE FUNCTION public.film_in_stock(p_film_id integer,"
            + " INOUT p_store_id integer DEFAULT 1, OUT p_film_count integer)"
            + " RETURNS SETOF integer LANGUAGE sql IMMUTABLE AS $_$ SELECT 1 $_$";
    CreateFunction f = (CreateFunction) parse(sql);
    assertTrue(f.orReplace());
    assertEquals("public.film_in_stock", f.name().dotted());
    List<FunctionParameter> ps = f.parameters();
    assertEquals(
        List.of("p_film_id", "p_store_id", "p_film_count"),
        ps.stream().map(p -> p.name().name()).toList());
    assertEquals(FunctionParameter.Mode.INOUT, ps.get(1).mode());
    assertEquals("1", text(sql, ps.get(1).defaultValue()));
    assertEquals(FunctionParameter.Mode.OUT, ps.get(2).mode());
    assertTrue(f.returnType().setof());
    assertEquals("sql", f.language());
    assertEquals(" SELECT 1 ", f.body().value());
    assertEquals("$_$ SELECT 1 $_$", text(sql, f.body()));
    assertEquals("immutable", f.options().get(0).value());

    CreateFunction t =
        (CreateFunction)
            parse(
                "CREATE FUNCTION owner_names(min_id bigint) RETURNS"
                    + " TABLE (owner_id bigint, owner_name text) LANGUAGE sql AS 'SELECT 1, 2'");
    assertNull(t.returnType());
    assertEquals(
        List.of("owner_id", "owner_name"),
        t.returnsTable().stream().map(p -> p.name().name()).toList());
    CreateFunction std =
        (CreateFunction)
            parse(
                "CREATE FUNCTION add(a int, b int) RETURNS int"
                    + " LANGUAGE sql IMMUTABLE RETURN a + b");
    assertInstanceOf(Expr.Operator.class, std.returnExpr());
    CreateFunction atomic =
        (CreateFunction)
            parse(
                "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC"
                    + " INSERT INTO t VALUES (1); SELECT 2; END");
    assertTrue(atomic.procedure());
    assertEquals(2, atomic.atomicBody().size());
    CreateFunction unnamed =
        (CreateFunction)
            parse(
                "CREATE FUNCTION f(text, double precision,"
                    + " VARIADIC int[]) RETURNS void LANGUAGE c AS 'lib', 'sym'");
    assertNull(unnamed.parameters().get(0).name());
    assertEquals("float8", unnamed.parameters().get(1).type().simpleName());
    assertEquals("sym", unnamed.linkSymbol().value());
    CreateFunction copied =
        (CreateFunction)
            parse(
                "CREATE FUNCTION f(x t.col%TYPE) RETURNS"
                    + " t.col%TYPE LANGUAGE sql AS 'SELECT x'");
    assertTrue(copied.parameters().get(0).copiedType());
    assertTrue(copied.returnTypeCopied());
  }

  @Test
  void createIndex_elementsIncludePredicateAndOptions() {
    String sql =
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY public.t USING btree"
            + " (a, lower(b) text_pattern_ops DESC NULLS LAST, (c + 1) COLLATE \"C\") INCLUDE (d)"
            + " NULLS NOT DISTINCT WITH (fillfactor = 90) TABLESPACE ts WHERE a > 0";
    CreateIndex i = (CreateIndex) parse(sql);
    assertTrue(i.unique() && i.concurrently() && i.ifNotExists());
    assertEquals("i", i.name().name());
    assertFalse(i.table().inherit());
    assertEquals("btree", i.method().name());
    assertEquals("a", i.elements().get(0).column().name());
    assertEquals("lower(b)", text(sql, i.elements().get(1).expr()));
    assertEquals("text_pattern_ops", i.elements().get(1).opclass().dotted());
    assertEquals(SortItem.Direction.DESC, i.elements().get(1).direction());
    assertEquals(SortItem.Nulls.LAST, i.elements().get(1).nulls());
    assertEquals("c + 1", text(sql, i.elements().get(2).expr()));
    assertEquals("d", i.include().get(0).column().name());
    assertEquals(Boolean.TRUE, i.nullsNotDistinct());
    assertEquals("a > 0", text(sql, i.where()));
    assertNull(((CreateIndex) parse("CREATE INDEX ON t (a)")).name());
  }

  @Test
  void sequences_createAndAlterWithOptions() {
    String sql =
        "CREATE SEQUENCE public.actor_actor_id_seq AS bigint START WITH 1 INCREMENT BY 1"
            + " NO MINVALUE NO MAXVALUE CACHE 1 CYCLE OWNED BY public.actor.actor_id";
    CreateSequence s = (CreateSequence) parse(sql);
    assertEquals(
        List.of(
            "as", "start", "increment", "no minvalue", "no maxvalue", "cache", "cycle", "owned by"),
        s.options().stream().map(o -> o.name()).toList());
    assertEquals("public.actor.actor_id", ((QualifiedName) s.options().get(7).value()).dotted());
    assertEquals(
        "-5",
        ((Expr.NumberLiteral)
                ((CreateSequence) parse("CREATE SEQUENCE s MINVALUE -5")).options().get(0).value())
            .value());
    AlterSequence a = (AlterSequence) parse("ALTER SEQUENCE public.s OWNED BY public.t.id");
    assertEquals("owned by", a.options().get(0).name());
    AlterTable owner = (AlterTable) parse("ALTER SEQUENCE s OWNER TO postgres");
    assertEquals("sequence", owner.objectKind());
  }

  @Test
  void utilityStatements_extensionCommentGrantTriggerPolicyDoCopy() {
    CreateExtension x =
        (CreateExtension)
            parse(
                "CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA"
                    + " public VERSION '0.7' CASCADE");
    assertEquals("vector", x.name().name());
    assertEquals("public", x.schema().name());
    assertEquals("0.7", x.version());
    Comment c = (Comment) parse("COMMENT ON COLUMN public.t.a IS 'the a'");
    assertEquals("column", c.objectKind());
    assertEquals("public.t.a", ((QualifiedName) c.target().get(0)).dotted());
    assertNull(((Comment) parse("COMMENT ON CONSTRAINT c ON t IS NULL")).text());
    Grant g =
        (Grant)
            parse(
                "GRANT SELECT, UPDATE (a) ON TABLE t, s.u TO app, GROUP g" + " WITH GRANT OPTION");
    assertEquals("table", g.objectKind());
    assertEquals(
        List.of("a"), g.privileges().get(1).columns().stream().map(i -> i.name()).toList());
    assertEquals(2, g.objects().size());
    assertTrue(g.grantOption());
    Grant revoke = (Grant) parse("REVOKE ALL ON SCHEMA public FROM PUBLIC CASCADE");
    assertFalse(revoke.grant());
    assertTrue(revoke.privileges().isEmpty());
    assertTrue(revoke.cascade());
    assertTrue(((Grant) parse("GRANT admin TO alice")).roleGrant());
    CreateTrigger tr =
        (CreateTrigger)
            parse(
                "CREATE TRIGGER last_updated BEFORE INSERT OR UPDATE OF a ON public.actor FOR EACH"
                    + " ROW WHEN (NEW.a > 0) EXECUTE FUNCTION public.f('x', 1)");
    assertEquals(List.of("insert", "update"), tr.events());
    assertEquals("a", tr.updateColumns().get(0).name());
    assertTrue(tr.forEachRow());
    assertEquals(List.of("x", "1"), tr.arguments());
    // PostgreSQL's parser sees the repeat at the repeated INSERT, but only after UPDATE's
    // lookahead.
    assertEquals(
        "duplicate trigger events specified at or near \"INSERT\"",
        error("CREATE TRIGGER t BEFORE INSERT OR INSERT ON x EXECUTE FUNCTION f()", V15).message());
    assertEquals(
        "duplicate trigger events specified at or near \"ON\"",
        error("CREATE TRIGGER t BEFORE UPDATE OR UPDATE ON x EXECUTE FUNCTION f()", V15).message());
    CreatePolicy p =
        (CreatePolicy)
            parse("CREATE POLICY p ON t AS RESTRICTIVE FOR SELECT TO a" + " USING (x > 0)");
    assertFalse(p.permissive());
    assertEquals("select", p.command());
    SyntaxError perm = error("CREATE POLICY p ON t AS lenient", V15);
    assertEquals("unrecognized row security option \"lenient\"", perm.message());
    assertEquals("Only PERMISSIVE or RESTRICTIVE policies are supported currently.", perm.hint());
    assertEquals(
        "syntax error at or near \"strict\"",
        error("CREATE POLICY p ON t AS strict", V15).message()); // a key word is no IDENT
    DoBlock d = (DoBlock) parse("DO LANGUAGE plpgsql $$BEGIN NULL; END$$");
    assertEquals("plpgsql", d.language());
    assertEquals("BEGIN NULL; END", d.body().value());
    Copy cp = (Copy) parse("COPY public.album (album_id, title) FROM stdin");
    assertTrue(cp.from());
    assertNull(cp.file());
    assertEquals(2, cp.columns().size());
    Copy q = (Copy) parse("COPY (SELECT 1) TO STDOUT WITH (FORMAT csv, HEADER)");
    assertInstanceOf(Query.class, q.query());
    assertEquals(List.of("format", "header"), q.options().stream().map(i -> i.name()).toList());
  }

  @Test
  void dropAndAlterObject_keepKindsNamesAndSignatures() {
    Drop t = (Drop) parse("DROP TABLE IF EXISTS a, b.c CASCADE");
    assertEquals("table", t.objectKind());
    assertEquals(List.of("a", "b.c"), t.names().stream().map(QualifiedName::dotted).toList());
    assertTrue(t.ifExists() && t.cascade());
    Drop f = (Drop) parse("DROP FUNCTION f(int, OUT text), g");
    assertEquals(2, f.routines().size());
    assertNull(f.routines().get(1).parameters());
    Drop ty = (Drop) parse("DROP TYPE public.mood, int[]");
    assertEquals(2, ty.types().size());
    Drop tr = (Drop) parse("DROP TRIGGER IF EXISTS tr ON public.t");
    assertEquals("public.t", tr.table().dotted());
    assertEquals("materialized view", ((Drop) parse("DROP MATERIALIZED VIEW m")).objectKind());
    assertTrue(((Drop) parse("DROP INDEX CONCURRENTLY i")).concurrently());
    AlterObject owner =
        (AlterObject)
            parse(
                "ALTER FUNCTION public.last_day(timestamp with time" + " zone) OWNER TO postgres");
    assertEquals("function", owner.objectKind());
    assertEquals("timestamptz", owner.routine().parameters().get(0).type().simpleName());
    assertInstanceOf(OwnerTo.class, owner.action());
    AlterObject opts = (AlterObject) parse("ALTER FUNCTION f() IMMUTABLE SET search_path = s");
    assertEquals(2, ((AlterObject.RoutineOptions) opts.action()).options().size());
    assertInstanceOf(RenameTo.class, ((AlterObject) parse("ALTER SCHEMA a RENAME TO b")).action());
    assertInstanceOf(
        SetSchema.class, ((AlterObject) parse("ALTER EXTENSION e SET SCHEMA s")).action());
    assertEquals(
        "aggregate",
        ((AlterObject) parse("ALTER AGGREGATE public.group_concat(text) OWNER TO postgres"))
            .objectKind());
    assertEquals(
        "syntax error at or near \"SET\"", error("ALTER SCHEMA s SET SCHEMA t", V15).message());
  }

  @Test
  void skippedStatements_keepTheirKindAndEndAtTheRightSemicolon() {
    String sql =
        "CREATE AGGREGATE public.group_concat(text) (SFUNC = f, STYPE = text);"
            + " ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r; CREATE CAST (a AS b) WITH"
            + " INOUT; SELECT 1";
    PgParseResult r = PgParser.parse(sql);
    assertTrue(r.ok(), () -> r.error().toString());
    List<Statement> st = r.statements();
    assertEquals(4, st.size());
    UnsupportedStatement agg = (UnsupportedStatement) st.get(0);
    assertEquals("create aggregate", agg.kind());
    assertEquals("create", agg.keyword());
    assertEquals(sql.indexOf(';'), agg.end());
    assertEquals("alter default privileges", ((UnsupportedStatement) st.get(1)).kind());
    assertEquals("create cast", ((UnsupportedStatement) st.get(2)).kind());
    assertInstanceOf(Query.class, st.get(3));
    assertEquals("syntax error at or near \"FOO\"", error("CREATE FOO x", V15).message());
  }
}
