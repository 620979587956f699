-- The schema of the integration-test library, applied to a fresh PostgreSQL database and given
-- to the processor as -Asqlcheck.schema.
CREATE TYPE book_status AS ENUM ('DRAFT', 'PUBLISHED', 'OUT_OF_PRINT');

CREATE TABLE authors (
  id          bigserial PRIMARY KEY,
  name        text NOT NULL UNIQUE,
  born        date,
  external_id uuid NOT NULL
);

CREATE TABLE books (
  id             bigserial PRIMARY KEY,
  title          text NOT NULL,
  isbn           varchar(20) UNIQUE,
  published_year integer,
  author_id      bigint REFERENCES authors (id),
  price          numeric(10, 2),
  status         book_status NOT NULL DEFAULT 'DRAFT',
  tags           text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE counters (
  name  text PRIMARY KEY,
  value bigint NOT NULL
);

CREATE TABLE events (
  id      bigserial PRIMARY KEY,
  kind    text NOT NULL,
  payload text,
  at      timestamptz NOT NULL
);

CREATE TABLE samples (
  id           bigserial PRIMARY KEY,
  flag         boolean NOT NULL,
  small        smallint NOT NULL,
  whole       integer NOT NULL,
  big          bigint NOT NULL,
  real_value   real NOT NULL,
  dbl          double precision NOT NULL,
  maybe_int    integer,
  maybe_long   bigint,
  maybe_flag   boolean,
  maybe_double double precision,
  text_value   text,
  amount       numeric(12, 3),
  day          date,
  clock        time,
  local_ts     timestamp,
  stamp        timestamptz,
  instant_ts   timestamptz,
  uid          uuid,
  bytes        bytea,
  status       book_status,
  sql_ts       timestamp,
  sql_date     date
);

-- A function whose result type sqlcheck does not know: polymorphic, it returns its argument's.
CREATE FUNCTION as_is(v anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$
  SELECT v
$$;

CREATE TABLE documents (
  id   bigserial PRIMARY KEY,
  body jsonb NOT NULL
);

-- PostgreSQL's usual lower-case labels against Java's upper-case constants; 'in progress' cannot
-- be a Java name and is mapped with @EnumLabel; 'refunded' has no Java constant at all.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'in progress', 'shipped', 'refunded');

CREATE TABLE orders (
  id      bigserial PRIMARY KEY,
  status  order_status NOT NULL,
  history order_status[] NOT NULL DEFAULT '{}',
  channel text,
  amount  integer
);
