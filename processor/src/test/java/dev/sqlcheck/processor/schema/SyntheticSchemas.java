package dev.sqlcheck.processor.schema;

import java.util.List;

/**
 * Generated schemas for the differential test of {@link CreateTableReader}: a dump written the way
 * {@code pg_dump} writes one (as the benchmarks' {@code PgDumpSchema} does, which this module
 * cannot depend on), every column type crossed with every column constraint, and a list of table
 * shapes, odd ones included.
 */
final class SyntheticSchemas {
  static final int VIEWS_PER_300 = 6;

  private SyntheticSchemas() {}

  static final List<String> TYPES =
      List.of(
          "integer",
          "int",
          "INT4",
          "bigint",
          "int8",
          "smallint",
          "int2",
          "serial",
          "SERIAL",
          "bigserial",
          "smallserial",
          "serial4",
          "serial8",
          "varchar(20)",
          "VARCHAR (20)",
          "character varying",
          "character varying(255)",
          "CHARACTER VARYING(10)",
          "char(1)",
          "char",
          "character(3)",
          "character",
          "\"char\"",
          "nchar(2)",
          "text",
          "TEXT",
          "numeric(10,2)",
          "numeric (4, 2)",
          "numeric",
          "decimal(5)",
          "dec",
          "real",
          "float4",
          "float8",
          "float",
          "float(53)",
          "double precision",
          "DOUBLE PRECISION",
          "boolean",
          "bool",
          "date",
          "time",
          "time(3)",
          "time with time zone",
          "time(3) without time zone",
          "timetz",
          "timestamp",
          "timestamp(6)",
          "timestamp without time zone",
          "timestamp(6) without time zone",
          "timestamp with time zone",
          "TIMESTAMP(3) WITH TIME ZONE",
          "timestamptz",
          "timestamptz(3)",
          "interval",
          "interval(6)",
          "interval day to second",
          "bytea",
          "uuid",
          "json",
          "jsonb",
          "inet",
          "cidr",
          "macaddr",
          "money",
          "bit",
          "bit(8)",
          "bit varying",
          "bit varying(10)",
          "varbit",
          "tsvector",
          "xml",
          "oid",
          "int[]",
          "integer[]",
          "text[]",
          "integer[][]",
          "int[3]",
          "varchar(10)[]",
          "character varying(20)[]",
          "text ARRAY",
          "integer ARRAY[4]",
          "timestamp with time zone[]",
          "double precision[]",
          "public.mood",
          "mood",
          "mood[]",
          "\"Color\"",
          "public.\"Color\"",
          "posint",
          "public.posint",
          "posint_nn",
          "posint_nn[]",
          "pg_catalog.int4",
          "pg_catalog.\"varchar\"",
          "public.citext",
          "citext",
          "public.geometry(Point,4326)",
          "public.hstore",
          "tsrange",
          "int4range",
          "point",
          "national character varying(3)",
          "SETOF integer",
          "\"Sch\".mytype",
          "other.mytype");

  static final List<String> CONSTRAINTS =
      List.of(
          "",
          "NOT NULL",
          "NULL",
          "not null",
          "DEFAULT 0",
          "DEFAULT 0 NOT NULL",
          "NOT NULL DEFAULT 0",
          "DEFAULT -1",
          "DEFAULT 1.5e3",
          "DEFAULT 'x'",
          "DEFAULT 'new'::character varying NOT NULL",
          "DEFAULT 'it''s'::text",
          "DEFAULT E'a\\'b'",
          "DEFAULT nextval('a_id_seq'::regclass) NOT NULL",
          "DEFAULT '{}'::text[]",
          "DEFAULT '{}'::integer[] NOT NULL",
          "DEFAULT ARRAY[]::text[]",
          "DEFAULT ARRAY['a', 'b']",
          "DEFAULT now()",
          "DEFAULT now() NOT NULL",
          "DEFAULT CURRENT_TIMESTAMP",
          "DEFAULT CURRENT_TIMESTAMP NOT NULL",
          "DEFAULT CURRENT_DATE",
          "DEFAULT LOCALTIMESTAMP",
          "DEFAULT (now() AT TIME ZONE 'utc')",
          "DEFAULT timezone('utc'::text, now())",
          "DEFAULT true",
          "DEFAULT false NOT NULL",
          "DEFAULT NULL",
          "DEFAULT NULL::character varying",
          "DEFAULT NULL NOT NULL",
          "DEFAULT (NULL)",
          "DEFAULT (1 + 2) * 3",
          "DEFAULT 'a' || 'b'",
          "DEFAULT gen_random_uuid()",
          "DEFAULT uuid_generate_v4() NOT NULL",
          "DEFAULT '2020-01-01 00:00:00'::timestamp without time zone",
          "DEFAULT '0'::double precision",
          "DEFAULT (0)::numeric",
          "DEFAULT 0.00 CHECK (x >= 0)",
          "DEFAULT CASE WHEN true THEN 1 ELSE 2 END",
          "DEFAULT $$x$$",
          "PRIMARY KEY",
          "NOT NULL PRIMARY KEY",
          "PRIMARY KEY NOT NULL",
          "CONSTRAINT pk PRIMARY KEY",
          "PRIMARY KEY USING INDEX TABLESPACE fast",
          "PRIMARY KEY WITH (fillfactor=70)",
          "UNIQUE",
          "UNIQUE NOT NULL",
          "NOT NULL UNIQUE",
          "CONSTRAINT u UNIQUE",
          "UNIQUE NULLS NOT DISTINCT",
          "REFERENCES other(id)",
          "REFERENCES public.other (id) ON DELETE CASCADE",
          "REFERENCES other ON DELETE SET NULL",
          "REFERENCES other(id) ON DELETE SET DEFAULT ON UPDATE CASCADE",
          "REFERENCES other(id) MATCH FULL ON UPDATE NO ACTION",
          "NOT NULL REFERENCES other(id) ON DELETE RESTRICT",
          "REFERENCES other(id) DEFERRABLE INITIALLY DEFERRED",
          "CONSTRAINT fk REFERENCES other(id) NOT DEFERRABLE",
          "CHECK (x > 0)",
          "CHECK (x IS NOT NULL)",
          "CONSTRAINT positive CHECK (x > 0) NOT NULL",
          "CHECK (x <> $$a,b$$)",
          "CHECK (x > 0) NO INHERIT",
          "COLLATE \"C\"",
          "COLLATE pg_catalog.\"default\" NOT NULL",
          "COLLATE \"en_US\" DEFAULT 'a'",
          "GENERATED ALWAYS AS IDENTITY",
          "GENERATED BY DEFAULT AS IDENTITY",
          "GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 1)",
          "NOT NULL GENERATED ALWAYS AS IDENTITY",
          "GENERATED ALWAYS AS (x * 2) STORED",
          "GENERATED ALWAYS AS (lower(x)) STORED NOT NULL",
          "CONSTRAINT nn NOT NULL",
          "NULL DEFAULT 'x'",
          "STORAGE PLAIN",
          "COMPRESSION lz4",
          "AUTO_INCREMENT",
          "DEFAULT 1 /* a comment, with ( */ NOT NULL",
          "DEFAULT 1 -- a comment, with (\n NOT NULL");

  /** One table per (type, constraint): a parser failure then loses one comparison, not many. */
  static String columnShapes() {
    StringBuilder sql = new StringBuilder(preamble());
    int n = 0;
    for (String type : TYPES) {
      for (String constraint : CONSTRAINTS) {
        sql.append("CREATE TABLE shape_")
            .append(n++)
            .append(" (\n    x ")
            .append(type)
            .append(' ')
            .append(constraint)
            .append("\n);\n");
      }
    }
    return sql.toString();
  }

  static String preamble() {
    return """
           CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
           CREATE TYPE "Color" AS ENUM ('red');
           CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
           CREATE DOMAIN posint_nn AS integer NOT NULL;
           CREATE SCHEMA other;
           CREATE TABLE other (id int PRIMARY KEY);
           """;
  }

  /** Whole-table shapes: table constraints, names, modifiers and clauses after the columns. */
  static String tableShapes() {
    return preamble()
        + """
          CREATE TABLE t1 (a int, b text, PRIMARY KEY (a, b));
          CREATE TABLE t2 (a int, b text, CONSTRAINT t2_pkey PRIMARY KEY (b));
          CREATE TABLE t3 (a int, b text, UNIQUE (a), FOREIGN KEY (a) REFERENCES other(id));
          CREATE TABLE t4 (a int, CHECK (a > 0), CONSTRAINT c CHECK (a < 9), b int);
          CREATE TABLE t5 (a int, b int, EXCLUDE USING gist (a WITH =));
          CREATE TABLE t6 (a int, CONSTRAINT t6_a_excl EXCLUDE USING btree (a WITH =));
          CREATE TABLE public.t7 (a int);
          CREATE TABLE other.t8 (a int);
          CREATE TABLE "Mixed Case" ("Id" int, "Display Name" text, "a""b" int);
          CREATE TABLE T9 (Id INT, UPPER_NAME TEXT, "UPPER" int);
          CREATE TABLE IF NOT EXISTS t1 (z int);
          CREATE TABLE IF NOT EXISTS t10 (z int);
          CREATE TEMP TABLE t11 (a int);
          CREATE TEMPORARY TABLE t12 (a int);
          CREATE UNLOGGED TABLE t13 (a int);
          CREATE GLOBAL TEMPORARY TABLE t14 (a int);
          CREATE LOCAL TEMP TABLE t15 (a int);
          CREATE TABLE t16 (a int, b date) PARTITION BY RANGE (b);
          CREATE TABLE t17 (a int) WITH (fillfactor=70);
          CREATE TABLE t18 (a int) TABLESPACE fast;
          CREATE TABLE t19 (a int) USING heap;
          CREATE TEMP TABLE t20 (a int) ON COMMIT DROP;
          CREATE TABLE t21 (a int) WITHOUT OIDS;
          CREATE TABLE t22 (key text, value text, type int, name text, data jsonb, index int);
          CREATE TABLE t23 (settings jsonb, script text, year int, month int, user_id int);
          CREATE TABLE t24 (a int, a int NOT NULL);
          CREATE TABLE t25 (a int, PRIMARY KEY (a), b int PRIMARY KEY);
          CREATE TABLE t26 (a int, PRIMARY KEY ("A"));
          CREATE TABLE t27 (id serial, "Name" varchar(10), PRIMARY KEY (ID));
          CREATE TABLE t28 (
            -- a comment
            a int, /* another, with a ( */ b text -- trailing
          );
          CREATE TABLE t29 (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b) INCLUDE (b));
          CREATE TABLE t30 (a int, FOREIGN KEY (a) REFERENCES other ON DELETE CASCADE DEFERRABLE);
          CREATE TABLE t31 (a int, PRIMARY KEY (a) WITH (fillfactor=80) USING INDEX TABLESPACE x);
          CREATE TABLE t32 (exclude int);
          CREATE TABLE t33 (a int CHECK (a > 0), CONSTRAINT t33_check CHECK ($$a$$ <> 'b'));
          CREATE TABLE t34 (LIKE t1 INCLUDING ALL);
          CREATE TABLE t35 (a int) INHERITS (t1);
          CREATE TABLE t36 PARTITION OF t16 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
          CREATE TABLE t37 AS SELECT 1 AS a;
          CREATE TABLE t38 (a, b) AS SELECT 1, 2;
          CREATE TABLE t39 ();
          CREATE TABLE top (id int, name text);
          CREATE TABLE output (id int);
          CREATE TABLE values (id int);
          CREATE TABLE set (id int);
          CREATE TABLE file (id int);
          CREATE TABLE t41 (top int, output text, file text, "values" int);
          CREATE TABLE t42 (a int PRIMARY KEY, b int REFERENCES t42 (a) ON DELETE SET NULL (b));
          CREATE TABLE other.t43 (LIKE other.other);
          CREATE TABLE t44 (a public.mood DEFAULT 'ok'::public.mood NOT NULL, b mood[]);
          CREATE TABLE t45 (a int8 DEFAULT nextval('public.t45_a_seq'::regclass) NOT NULL);
          CREATE TABLE t46 (a text, CONSTRAINT ck CHECK (a ~ '^[a-z]+$'::text) NOT VALID);
          CREATE TABLE t47 (a int, PERIOD FOR p (a, a));
          CREATE TABLE db.sch.t48 (a int);
          CREATE TABLE t49 (a int[][] NOT NULL, b text ARRAY, c int ARRAY[2]);
          CREATE TABLE t50 (a "char", b "MyType", c public."MyType", d bit varying(3)[]);
          CREATE TABLE t40 (a int
          """;
  }

  /** A schema of {@code tables} tables, each with ten statements, as pg_dump writes them. */
  static String pgDump(int tables) {
    StringBuilder sql = new StringBuilder();
    sql.append("--\n-- PostgreSQL database dump\n--\n\n\\restrict synthetic\n\n")
        .append("SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n")
        .append("SELECT pg_catalog.set_config('search_path', '', false);\n\n");
    for (int t = 0; t < tables; t++) {
      String name = String.format("public.dump_%04d", t);
      String seq = name + "_id_seq";
      sql.append("--\n-- Name: ")
          .append(name)
          .append("; Type: TABLE; Schema: public\n--\n\n")
          .append("CREATE TABLE ")
          .append(name)
          .append(" (\n")
          .append("    id bigint NOT NULL,\n")
          .append("    account_id bigint NOT NULL,\n")
          .append("    title character varying(200) NOT NULL,\n")
          .append("    body text,\n")
          .append("    status character varying DEFAULT 'new'::character varying NOT NULL,\n")
          .append("    amount numeric(12,2) DEFAULT 0 NOT NULL,\n")
          .append("    flags integer[] DEFAULT '{}'::integer[],\n")
          .append("    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,\n")
          .append("    deleted boolean DEFAULT false NOT NULL,\n")
          .append("    created_at timestamp(6) without time zone NOT NULL,\n")
          .append("    updated_at timestamp(6) without time zone NOT NULL,\n")
          .append("    published_on date\n")
          .append(");\n\n")
          .append("ALTER TABLE ")
          .append(name)
          .append(" OWNER TO postgres;\n\n")
          .append("CREATE SEQUENCE ")
          .append(seq)
          .append("\n    START WITH 1\n    CACHE 1;\n\n")
          .append("ALTER SEQUENCE ")
          .append(seq)
          .append(" OWNED BY ")
          .append(name)
          .append(".id;\n\n")
          .append("ALTER TABLE ONLY ")
          .append(name)
          .append(" ALTER COLUMN id SET DEFAULT nextval('")
          .append(seq)
          .append("'::regclass);\n\n")
          .append("ALTER TABLE ONLY ")
          .append(name)
          .append("\n    ADD CONSTRAINT ")
          .append(name.substring(7))
          .append("_pkey PRIMARY KEY (id);\n\n")
          .append("CREATE INDEX index_")
          .append(name.substring(7))
          .append("_on_account_id ON ")
          .append(name)
          .append(" USING btree (account_id);\n\n")
          .append("COMMENT ON TABLE ")
          .append(name)
          .append(" IS 'Synthetic table, it''s';\n\n");
      if (t % 50 == 49) {
        sql.append("CREATE FUNCTION public.touch_")
            .append(t)
            .append("() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $_$\nBEGIN\n")
            .append("  NEW.updated_at := now(); -- a ; inside a dollar quote\n")
            .append("  RETURN NEW;\nEND;\n$_$;\n\n")
            .append("CREATE VIEW public.active_")
            .append(t)
            .append(" AS\n SELECT id, title\n")
            .append("   FROM ")
            .append(name)
            .append("\n  WHERE (NOT deleted);\n\n");
      }
    }
    return sql.append("\\unrestrict synthetic\n").toString();
  }
}
