package dev.sqlcheck.processor.dialect.postgres.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random DDL statements of the kinds the parser models (CREATE/ALTER TABLE, indexes, types,
 * domains, sequences, functions, triggers, policies, schemas, DROP, COMMENT, GRANT, SET), with key
 * words sprinkled in as names, for {@link DdlFuzzTest}. Deterministic for a seed. Names refer to
 * the fuzz test's scratch schema (tables t1, t2, tp; type mood; function trg) where they can.
 */
final class DdlGenerator {
  private static final List<String> TYPES =
      List.of(
          "int",
          "integer",
          "bigint",
          "text",
          "varchar(10)",
          "character varying",
          "numeric(10,2)",
          "double precision",
          "boolean",
          "date",
          "timestamp with time zone",
          "timestamptz",
          "time(3)",
          "interval",
          "int[]",
          "text[][]",
          "jsonb",
          "uuid",
          "bit varying(4)",
          "char(2)",
          "mood",
          "public.mood",
          "float(24)",
          "real",
          "serial",
          "bigserial",
          "bytea",
          "inet",
          "tsvector",
          "int ARRAY",
          "numeric");
  private static final List<String> DEFAULTS =
      List.of(
          "0",
          "1",
          "'x'",
          "now()",
          "NULL",
          "CURRENT_TIMESTAMP",
          "'{}'::text[]",
          "-1",
          "nextval('s1')",
          "gen_random_uuid()",
          "true",
          "(1 + 2)",
          "'a'::mood",
          "lower('X')");
  private static final List<String> ACTIONS =
      List.of("CASCADE", "RESTRICT", "NO ACTION", "SET NULL", "SET DEFAULT", "SET NULL (a)");

  /** The columns of the scratch tables t1 and t2. */
  private static final List<String> TABLE_COLUMNS =
      List.of("a", "b", "c", "id", "name", "x", "v", "status", "placed_at");

  private final Random r;
  private final List<String> keywords;

  DdlGenerator(long seed, List<String> keywords) {
    this.r = new Random(seed);
    this.keywords = keywords;
  }

  Random random() {
    return r;
  }

  private String pick(List<String> l) {
    return l.get(r.nextInt(l.size()));
  }

  private boolean chance(int percent) {
    return r.nextInt(100) < percent;
  }

  /** A name: usually an ordinary one, sometimes a key word (any category). */
  String name() {
    if (chance(20)) {
      return pick(keywords);
    }
    return pick(List.of("a", "b", "c", "id", "name", "x", "n1", "status", "placed_at", "v"));
  }

  /**
   * A name for a column ALTER TABLE adds: not one the scratch tables have, so that PostgreSQL's
   * "column already exists", which it checks before the column's own definition, does not hide the
   * verdict on the definition.
   */
  String freshName() {
    String n = name();
    return TABLE_COLUMNS.contains(n) ? n + "_new" : n;
  }

  private String opt(int percent, String text) {
    return chance(percent) ? text : "";
  }

  String statement() {
    int k = r.nextInt(100);
    if (k < 30) {
      return createTable();
    }
    if (k < 55) {
      return alterTable();
    }
    if (k < 62) {
      return createIndex();
    }
    if (k < 68) {
      return typeOrDomain();
    }
    if (k < 73) {
      return sequence();
    }
    if (k < 79) {
      return function();
    }
    if (k < 85) {
      return drop();
    }
    if (k < 90) {
      return triggerOrPolicy();
    }
    return utility();
  }

  String createTable() {
    StringBuilder b = new StringBuilder("CREATE ");
    b.append(pick(List.of("", "", "", "TEMP ", "UNLOGGED ", "GLOBAL TEMPORARY ")));
    b.append("TABLE ").append(opt(20, "IF NOT EXISTS ")).append(name());
    if (chance(10)) {
      return b.append(" PARTITION OF tp ").append(bound()).toString();
    }
    if (chance(5)) {
      return b.append(" OF pair").append(opt(50, " (x WITH OPTIONS NOT NULL)")).toString();
    }
    b.append(" (");
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(i > 0 ? ", " : "").append(element());
    }
    b.append(")");
    b.append(opt(10, " INHERITS (t1)"));
    b.append(opt(10, " PARTITION BY " + pick(List.of("RANGE (a)", "LIST (a)", "HASH (a)"))));
    b.append(opt(10, " WITH (fillfactor = 70)"));
    b.append(opt(5, " ON COMMIT " + pick(List.of("DROP", "DELETE ROWS", "PRESERVE ROWS"))));
    b.append(opt(5, " TABLESPACE pg_default"));
    return b.toString();
  }

  private String bound() {
    return pick(
        List.of(
            "FOR VALUES IN (1, 2)",
            "FOR VALUES FROM (1) TO (10)",
            "FOR VALUES FROM (MINVALUE) TO (MAXVALUE)",
            "DEFAULT",
            "FOR VALUES WITH (MODULUS 4, REMAINDER 1)",
            "FOR VALUES WITH (REMAINDER 1)"));
  }

  private String element() {
    int k = r.nextInt(100);
    if (k < 70) {
      return column();
    }
    if (k < 95) {
      return tableConstraint();
    }
    return "LIKE t1" + opt(60, " INCLUDING " + pick(List.of("ALL", "DEFAULTS", "INDEXES")));
  }

  String column() {
    return column(name());
  }

  private String column(String name) {
    StringBuilder b = new StringBuilder(name).append(' ').append(pick(TYPES));
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(' ').append(columnConstraint());
    }
    return b.toString();
  }

  private String columnConstraint() {
    String c = opt(15, "CONSTRAINT " + name() + " ");
    switch (r.nextInt(12)) {
      case 0:
        return c + "NOT NULL";
      case 1:
        return c + "NULL";
      case 2:
        return c + "DEFAULT " + pick(DEFAULTS);
      case 3:
        return c + "PRIMARY KEY";
      case 4:
        return c + "UNIQUE" + opt(20, " NULLS NOT DISTINCT");
      case 5:
        return c + "CHECK (" + name() + " > 0)" + opt(10, " NO INHERIT");
      case 6:
        return c
            + "REFERENCES t1"
            + opt(60, " (a)")
            + opt(30, " ON DELETE " + pick(ACTIONS))
            + opt(20, " ON UPDATE " + pick(ACTIONS));
      case 7:
        return c
            + "GENERATED "
            + pick(List.of("ALWAYS", "BY DEFAULT"))
            + " AS IDENTITY"
            + opt(40, " (START WITH 10 INCREMENT BY 2)");
      case 8:
        return c + "GENERATED ALWAYS AS (" + name() + " * 2) STORED";
      case 9:
        return "COLLATE \"C\"";
      case 10:
        return pick(List.of("DEFERRABLE", "NOT DEFERRABLE", "INITIALLY DEFERRED"));
      default:
        return c + "DEFAULT " + pick(DEFAULTS) + " NOT NULL";
    }
  }

  String tableConstraint() {
    String c = opt(40, "CONSTRAINT " + name() + " ");
    switch (r.nextInt(6)) {
      case 0:
        return c
            + "PRIMARY KEY ("
            + name()
            + opt(40, ", " + name())
            + ")"
            + opt(10, " INCLUDE (b)");
      case 1:
        return c + "UNIQUE (" + name() + ")" + opt(20, " DEFERRABLE INITIALLY DEFERRED");
      case 2:
        return c + "CHECK (" + name() + " <> '')" + opt(15, " NOT VALID");
      case 3:
        return c
            + "FOREIGN KEY ("
            + name()
            + ") REFERENCES t1 (a)"
            + opt(30, " MATCH " + pick(List.of("FULL", "SIMPLE")))
            + opt(40, " ON DELETE " + pick(ACTIONS))
            + opt(15, " NOT VALID");
      case 4:
        return c + "EXCLUDE USING gist (" + name() + " WITH &&)";
      default:
        return c + "UNIQUE NULLS NOT DISTINCT (" + name() + ")";
    }
  }

  String alterTable() {
    StringBuilder b =
        new StringBuilder("ALTER TABLE ")
            .append(opt(15, "IF EXISTS "))
            .append(opt(25, "ONLY "))
            .append(pick(List.of("t1", "t2", "public.t1", name())));
    int k = r.nextInt(10);
    if (k == 0) {
      return b.append(" RENAME ")
          .append(opt(50, "COLUMN "))
          .append(name())
          .append(" TO ")
          .append(name())
          .toString();
    }
    if (k == 1) {
      return b.append(
              pick(
                  List.of(
                      " RENAME TO x",
                      " SET SCHEMA public",
                      " RENAME CONSTRAINT c1 TO c2",
                      " ATTACH PARTITION t2 " + bound(),
                      " DETACH PARTITION t2 CONCURRENTLY")))
          .toString();
    }
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.append(i > 0 ? "," : "").append(' ').append(action());
    }
    return b.toString();
  }

  private String action() {
    String col = pick(List.of("COLUMN ", "")) + name();
    switch (r.nextInt(16)) {
      case 0:
        return "ADD " + opt(50, "COLUMN ") + opt(20, "IF NOT EXISTS ") + column(freshName());
      case 1:
        return "DROP " + opt(30, "COLUMN ") + opt(20, "IF EXISTS ") + name() + opt(30, " CASCADE");
      case 2:
        return "ALTER "
            + col
            + opt(30, " SET DATA")
            + " TYPE "
            + pick(TYPES)
            + opt(30, " USING " + name() + "::" + pick(TYPES));
      case 3:
        return "ALTER "
            + col
            + pick(
                List.of(
                    " SET DEFAULT " + pick(DEFAULTS),
                    " DROP DEFAULT",
                    " SET NOT NULL",
                    " DROP NOT NULL",
                    " DROP EXPRESSION",
                    " DROP IDENTITY IF EXISTS"));
      case 4:
        return "ALTER "
            + col
            + " ADD GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME s2 START "
            + "WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1)";
      case 5:
        return "ALTER "
            + col
            + pick(
                List.of(
                    " SET GENERATED ALWAYS",
                    " RESTART WITH 5",
                    " SET INCREMENT BY 2 SET START 1",
                    " SET STATISTICS 100",
                    " SET STORAGE EXTERNAL",
                    " SET (n_distinct = 100)",
                    " RESET (n_distinct)",
                    " SET COMPRESSION pglz"));
      case 6:
        return "ADD " + tableConstraint();
      case 7:
        return "DROP CONSTRAINT " + opt(30, "IF EXISTS ") + name() + opt(30, " CASCADE");
      case 8:
        return pick(
            List.of(
                "VALIDATE CONSTRAINT c1",
                "ALTER CONSTRAINT c1 DEFERRABLE",
                "ADD CONSTRAINT c9 UNIQUE USING INDEX i1",
                "ADD PRIMARY KEY USING INDEX i1"));
      case 9:
        return "OWNER TO " + pick(List.of("postgres", "CURRENT_USER", "SESSION_USER", name()));
      case 10:
        return pick(
            List.of(
                "ENABLE TRIGGER ALL",
                "DISABLE TRIGGER tr1",
                "ENABLE ALWAYS RULE r",
                "ENABLE ROW LEVEL SECURITY",
                "NO FORCE ROW LEVEL SECURITY",
                "CLUSTER ON i1",
                "SET WITHOUT CLUSTER"));
      case 11:
        return pick(
            List.of(
                "SET LOGGED",
                "SET UNLOGGED",
                "SET WITHOUT OIDS",
                "SET TABLESPACE pg_default",
                "SET ACCESS METHOD heap",
                "SET (fillfactor = 50)",
                "RESET (fillfactor)"));
      case 12:
        return pick(List.of("INHERIT t2", "NO INHERIT t2", "OF pair", "NOT OF"));
      case 13:
        return "REPLICA IDENTITY " + pick(List.of("FULL", "NOTHING", "DEFAULT", "USING INDEX i1"));
      case 14:
        return "ALTER " + col + " SET " + pick(List.of("DEFAULT", "NOT NULL", "STATISTICS"));
      default:
        return "ADD " + freshName() + " " + pick(TYPES) + " " + columnConstraint();
    }
  }

  String createIndex() {
    return "CREATE "
        + opt(30, "UNIQUE ")
        + "INDEX "
        + opt(10, "CONCURRENTLY ")
        + opt(15, "IF NOT EXISTS ")
        + opt(80, name() + " ")
        + "ON "
        + opt(10, "ONLY ")
        + "t1"
        + opt(30, " USING " + pick(List.of("btree", "hash", "gin")))
        + " ("
        + indexElement()
        + opt(40, ", " + indexElement())
        + ")"
        + opt(15, " INCLUDE (b)")
        + opt(10, " NULLS NOT DISTINCT")
        + opt(10, " WITH (fillfactor = 90)")
        + opt(20, " WHERE " + name() + " > 0");
  }

  private String indexElement() {
    String e =
        pick(
            List.of(
                name(),
                "lower(b)",
                "(a + 1)",
                "b COLLATE \"C\"",
                "b text_pattern_ops",
                "coalesce(a, 0)"));
    return e + opt(20, pick(List.of(" DESC", " ASC NULLS LAST", " NULLS FIRST")));
  }

  String typeOrDomain() {
    switch (r.nextInt(6)) {
      case 0:
        return "CREATE TYPE " + name() + " AS ENUM ('a', 'b'" + opt(30, ", 'c'") + ")";
      case 1:
        return "CREATE TYPE "
            + name()
            + " AS ("
            + name()
            + " "
            + pick(TYPES)
            + opt(40, ", " + name() + " " + pick(TYPES))
            + ")";
      case 2:
        return "CREATE DOMAIN "
            + name()
            + opt(60, " AS")
            + " "
            + pick(TYPES)
            + opt(40, " DEFAULT " + pick(DEFAULTS))
            + opt(40, " NOT NULL")
            + opt(40, " CHECK (VALUE > 0)");
      case 3:
        return "ALTER TYPE mood "
            + pick(
                List.of(
                    "ADD VALUE IF NOT EXISTS 'z' BEFORE 'a'",
                    "RENAME VALUE 'a' TO 'q'",
                    "RENAME TO mood2",
                    "OWNER TO postgres",
                    "SET SCHEMA public",
                    "ADD VALUE 'y' AFTER 'b'"));
      case 4:
        return "ALTER TYPE pair "
            + pick(
                List.of(
                    "ADD ATTRIBUTE z int",
                    "DROP ATTRIBUTE x",
                    "ALTER ATTRIBUTE x TYPE bigint",
                    "RENAME ATTRIBUTE x TO y CASCADE",
                    "ADD ATTRIBUTE z int, DROP ATTRIBUTE IF EXISTS x"));
      default:
        return "ALTER DOMAIN d1 "
            + pick(
                List.of(
                    "SET DEFAULT 1",
                    "DROP DEFAULT",
                    "SET NOT NULL",
                    "DROP NOT NULL",
                    "ADD CONSTRAINT c CHECK (VALUE > 1) NOT VALID",
                    "DROP CONSTRAINT IF EXISTS c",
                    "VALIDATE CONSTRAINT c",
                    "RENAME TO d2"));
    }
  }

  String sequence() {
    String opts =
        opt(50, " START WITH 1")
            + opt(40, " INCREMENT BY 1")
            + opt(30, " NO MINVALUE")
            + opt(30, " NO MAXVALUE")
            + opt(30, " CACHE 1")
            + opt(10, " AS bigint")
            + opt(10, " CYCLE");
    if (chance(50)) {
      return "CREATE " + opt(10, "TEMP ") + "SEQUENCE " + opt(20, "IF NOT EXISTS ") + name() + opts;
    }
    return "ALTER SEQUENCE "
        + opt(20, "IF EXISTS ")
        + "s1"
        + (chance(50) ? " OWNED BY t1.a" : opts.isEmpty() ? " RESTART" : opts);
  }

  String function() {
    List<String> args = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      args.add(
          pick(List.of("", "IN ", "OUT ", "INOUT ", "VARIADIC "))
              + opt(70, name() + " ")
              + pick(TYPES)
              + opt(15, " DEFAULT 1"));
    }
    String ret =
        pick(
            List.of(
                " RETURNS int",
                " RETURNS SETOF text",
                " RETURNS TABLE (x int)",
                " RETURNS trigger",
                ""));
    String body =
        pick(
            List.of(
                " LANGUAGE sql AS 'SELECT 1'",
                " AS $$SELECT 1$$ LANGUAGE sql",
                " LANGUAGE sql IMMUTABLE STRICT RETURN 1",
                " LANGUAGE plpgsql AS $f$ BEGIN END $f$",
                " LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
                " SECURITY DEFINER SET search_path = public" + " LANGUAGE sql AS 'SELECT 1'"));
    return "CREATE "
        + opt(30, "OR REPLACE ")
        + (chance(15) ? "PROCEDURE " : "FUNCTION ")
        + name()
        + "("
        + String.join(", ", args)
        + ")"
        + ret
        + body;
  }

  String drop() {
    String kind =
        pick(
            List.of(
                "TABLE",
                "VIEW",
                "MATERIALIZED VIEW",
                "INDEX",
                "SEQUENCE",
                "TYPE",
                "DOMAIN",
                "SCHEMA",
                "EXTENSION",
                "FUNCTION",
                "INDEX CONCURRENTLY"));
    String objs = name() + opt(30, ", " + name());
    if (kind.equals("FUNCTION")) {
      objs = name() + opt(60, "(" + pick(TYPES) + ")");
    }
    return "DROP "
        + kind
        + opt(40, " IF EXISTS")
        + " "
        + objs
        + opt(30, pick(List.of(" CASCADE", " RESTRICT")));
  }

  String triggerOrPolicy() {
    if (chance(50)) {
      return "CREATE "
          + opt(20, "OR REPLACE ")
          + "TRIGGER "
          + name()
          + " "
          + pick(List.of("BEFORE", "AFTER", "INSTEAD OF"))
          + " "
          + pick(List.of("INSERT", "UPDATE", "INSERT OR UPDATE", "UPDATE OF a, b", "DELETE"))
          + " ON t1"
          + opt(50, " FOR EACH " + pick(List.of("ROW", "STATEMENT")))
          + opt(20, " WHEN (NEW.a > 0)")
          + " EXECUTE "
          + pick(List.of("FUNCTION", "PROCEDURE"))
          + " trg()";
    }
    return "CREATE POLICY "
        + name()
        + " ON t1"
        + opt(30, " AS RESTRICTIVE")
        + opt(40, " FOR " + pick(List.of("ALL", "SELECT", "UPDATE")))
        + opt(40, " TO PUBLIC")
        + opt(60, " USING (a > 0)")
        + opt(30, " WITH CHECK (true)");
  }

  String utility() {
    switch (r.nextInt(6)) {
      case 0:
        return "COMMENT ON "
            + pick(
                List.of(
                    "TABLE t1",
                    "COLUMN t1.a",
                    "TYPE mood",
                    "FUNCTION trg()",
                    "SCHEMA public",
                    "CONSTRAINT c1 ON t1",
                    "INDEX i1"))
            + " IS "
            + pick(List.of("'text'", "NULL"));
      case 1:
        return (chance(60) ? "GRANT " : "REVOKE ")
            + pick(List.of("SELECT", "ALL", "SELECT, UPDATE (a)", "USAGE", "ALL PRIVILEGES"))
            + " ON "
            + pick(
                List.of(
                    "t1",
                    "TABLE t1, t2",
                    "SCHEMA public",
                    "SEQUENCE s1",
                    "ALL TABLES IN SCHEMA public",
                    "FUNCTION trg()"))
            + " TO PUBLIC";
      case 2:
        return "SET "
            + pick(List.of("", "LOCAL ", "SESSION "))
            + pick(
                List.of(
                    "search_path TO public, \"$user\"",
                    "statement_timeout = 0",
                    "TIME ZONE 'UTC'",
                    "client_encoding = 'UTF8'",
                    "SCHEMA 'public'",
                    name() + " = " + name(),
                    "xmloption = content",
                    "check_function_bodies = false"));
      case 3:
        return "CREATE SCHEMA "
            + opt(30, "IF NOT EXISTS ")
            + name()
            + opt(30, " AUTHORIZATION postgres");
      case 4:
        return "DO " + opt(30, "LANGUAGE plpgsql ") + "$$BEGIN NULL; END$$";
      default:
        return pick(
            List.of(
                "RESET ALL",
                "RESET search_path",
                "SET TRANSACTION READ ONLY",
                "CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog",
                "ALTER FUNCTION trg() OWNER TO postgres",
                "ALTER SCHEMA public OWNER TO postgres"));
    }
  }
}
