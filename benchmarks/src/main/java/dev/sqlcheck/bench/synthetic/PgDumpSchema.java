package dev.sqlcheck.bench.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic schema written the way {@code pg_dump --schema-only} writes one, for the
 * schema-loading benchmark. Each table contributes ten statements, as in a real dump: CREATE TABLE,
 * OWNER TO, a sequence with its owner and OWNED BY, the column default, the primary key, two
 * indexes and a COMMENT. A dump header (SET, set_config, {@code \restrict}) and a few functions
 * with {@code $_$} bodies and views are mixed in, so only about a tenth of the statements can
 * change the catalog, like in the dumps parser-notes.md measured.
 *
 * <pre>
 * java -cp benchmarks.jar dev.sqlcheck.bench.synthetic.PgDumpSchema --statements 3000 --out dump.sql
 * </pre>
 */
public final class PgDumpSchema {
  private static final int STATEMENTS_PER_TABLE = 10;

  private PgDumpSchema() {}

  public static void main(String[] args) throws IOException {
    int statements = 3000;
    Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--statements" -> statements = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("usage: PgDumpSchema [--statements N] --out FILE");
    }
    String dump = generate(statements);
    Files.writeString(out, dump, StandardCharsets.UTF_8);
    System.out.println("wrote " + out + " (" + countStatements(dump) + " statements)");
  }

  /** A dump of about {@code statements} statements (rounded to whole tables, plus the header). */
  public static String generate(int statements) {
    StringBuilder sql = new StringBuilder();
    header(sql);
    int tables = Math.max(1, (statements - 12) / STATEMENTS_PER_TABLE);
    for (int t = 0; t < tables; t++) {
      table(sql, t);
      if (t % 50 == 49) {
        function(sql, t);
        view(sql, t);
      }
    }
    sql.append("\n--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict synthetic\n");
    return sql.toString();
  }

  /** Lines ending a statement with a semicolon: a rough count, good enough for reporting. */
  static long countStatements(String dump) {
    return dump.lines().filter(l -> l.endsWith(";")).count();
  }

  private static void header(StringBuilder sql) {
    sql.append("--\n-- PostgreSQL database dump\n--\n\n\\restrict synthetic\n\n")
        .append("-- Dumped from database version 16.4\n-- Dumped by pg_dump version 16.4\n\n")
        .append("SET statement_timeout = 0;\nSET lock_timeout = 0;\n")
        .append("SET idle_in_transaction_session_timeout = 0;\n")
        .append("SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n")
        .append("SELECT pg_catalog.set_config('search_path', '', false);\n")
        .append("SET check_function_bodies = false;\nSET xmloption = content;\n")
        .append("SET client_min_messages = warning;\nSET row_security = off;\n\n")
        .append("SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n");
  }

  private static void table(StringBuilder sql, int t) {
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
        .append("\n    START WITH 1\n    INCREMENT BY 1\n")
        .append("    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n")
        .append("ALTER SEQUENCE ")
        .append(seq)
        .append(" OWNER TO postgres;\n\n")
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
        .append("CREATE INDEX index_")
        .append(name.substring(7))
        .append("_on_created_at ON ")
        .append(name)
        .append(" USING btree (created_at DESC) WHERE (NOT deleted);\n\n")
        .append("COMMENT ON TABLE ")
        .append(name)
        .append(" IS 'Synthetic table ")
        .append(t)
        .append(", it''s generated';\n\n");
  }

  private static void function(StringBuilder sql, int t) {
    sql.append("CREATE FUNCTION public.touch_")
        .append(t)
        .append("() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $_$\nBEGIN\n")
        .append("  NEW.updated_at := now(); -- a ; inside a dollar quote\n")
        .append("  RETURN NEW;\nEND;\n$_$;\n\n");
  }

  private static void view(StringBuilder sql, int t) {
    String name = String.format("public.dump_%04d", t);
    sql.append("CREATE VIEW public.active_")
        .append(t)
        .append(" AS\n SELECT id,\n    title,\n")
        .append("    amount\n   FROM ")
        .append(name)
        .append("\n  WHERE (NOT deleted);\n\n");
  }
}
