-- The schema the verification tests compile against; each drift test changes a copy of it.
CREATE TYPE loan_status AS ENUM ('ACTIVE', 'RETURNED', 'LOST');

CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  born integer
);

CREATE TABLE books (
  id bigserial PRIMARY KEY,
  title text NOT NULL,
  author_id bigint NOT NULL REFERENCES authors (id),
  pages integer NOT NULL,
  price numeric(8, 2)
);

CREATE TABLE loans (
  id bigserial PRIMARY KEY,
  book_id bigint NOT NULL REFERENCES books (id),
  status loan_status NOT NULL DEFAULT 'ACTIVE',
  note text
);

CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  what text NOT NULL
);
