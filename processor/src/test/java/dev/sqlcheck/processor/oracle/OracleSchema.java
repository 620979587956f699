package dev.sqlcheck.processor.oracle;

/**
 * The schema every oracle query runs against, given verbatim to PostgreSQL and to sqlcheck's {@code
 * SchemaLoader}. It is shaped to exercise name resolution and typing: keyword-named columns (quoted
 * reserved words, bare unreserved and column-name keywords), every integer width, numeric, real and
 * double, the three string types, the three date-time types, boolean, uuid, jsonb, arrays, an enum
 * in each schema, domains, NOT NULL and nullable columns, tables that share {@code id}, {@code
 * name} and {@code created_at} with different types (so USING and NATURAL merge columns of
 * different types), a second schema with a table named like one in {@code public}, and views, one
 * of them with computed columns.
 *
 * <p>No column is {@code serial} or an identity: pgjdbc would then report the pseudo-type {@code
 * serial} for it, and the judge reads type names from pgjdbc.
 */
final class OracleSchema {
  private OracleSchema() {}

  static final String DDL =
      """
      CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
      CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
      CREATE DOMAIN email_address AS varchar(200);
      CREATE SCHEMA s2;
      CREATE TYPE s2.level AS ENUM ('low', 'mid', 'high');

      CREATE TABLE users (
        id bigint PRIMARY KEY,
        name text NOT NULL,
        "user" varchar(40),
        email email_address NOT NULL,
        year smallint,
        month smallint,
        current boolean NOT NULL,
        value numeric(10, 2),
        type mood,
        created_at timestamptz NOT NULL,
        tags text[],
        settings jsonb
      );

      CREATE TABLE orders (
        id integer PRIMARY KEY,
        user_id bigint NOT NULL,
        "order" integer NOT NULL,
        position smallint,
        name varchar(40),
        number bigint,
        total numeric(12, 2) NOT NULL,
        discount real,
        weight double precision,
        created_at timestamp NOT NULL,
        shipped date,
        uuid uuid NOT NULL,
        qty posint,
        status mood NOT NULL,
        scores integer[]
      );

      CREATE TABLE items (
        id bigint PRIMARY KEY,
        order_id integer NOT NULL,
        name text NOT NULL,
        code char(8),
        errors integer[],
        between integer,
        value double precision,
        created_at timestamptz,
        attrs jsonb NOT NULL
      );

      CREATE TABLE events (
        id smallint PRIMARY KEY,
        "current_date" date,
        "default" text,
        "null" integer,
        "true" boolean,
        "session_user" varchar(30),
        "left" numeric,
        year integer NOT NULL,
        time timestamptz NOT NULL,
        payload jsonb
      );

      CREATE TABLE s2.users (
        id integer PRIMARY KEY,
        name varchar(60) NOT NULL,
        region char(2),
        level s2.level,
        created_at date
      );

      CREATE TABLE s2.ledger (
        id bigint PRIMARY KEY,
        user_id integer,
        amount numeric NOT NULL,
        rate double precision,
        booked timestamptz NOT NULL,
        "user" text,
        note text
      );

      CREATE VIEW user_orders AS
        SELECT u.id AS user_id, u.name, o.id AS order_id, o.total * 2 AS double_total,
               o.created_at::date AS day, upper(u.name) AS shout, o.qty + 1 AS next_qty
        FROM users u JOIN orders o ON o.user_id = u.id;

      CREATE VIEW s2.active_users AS
        SELECT id, name, region, level FROM s2.users WHERE level = 'high';
      """;
}
