CREATE TYPE book_status AS ENUM ('DRAFT', 'PUBLISHED');
CREATE TYPE genre AS ENUM ('fantasy', 'science fiction', 'crime');
CREATE TABLE authors (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (
  id bigserial PRIMARY KEY,
  title text NOT NULL,
  isbn text UNIQUE,
  published_year integer,
  author_id bigint NOT NULL REFERENCES authors (id),
  status book_status NOT NULL DEFAULT 'DRAFT',
  genre genre
);

-- A function of the schema's own: its result type is not modelled, so an IN list over it stays
-- expanded rather than becoming one array.
-- Polymorphic: sqlcheck does not know its result type, so an IN list on it is expanded.
CREATE FUNCTION shelf_key(t anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$ SELECT t $$;
