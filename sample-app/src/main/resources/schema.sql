-- The library's schema. sqlcheck checks every @Query against this file at compile time,
-- and the app runs the same file on PostgreSQL or on H2 (MODE=PostgreSQL).

CREATE TYPE loan_status AS ENUM ('ACTIVE', 'RETURNED', 'LOST');

CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name varchar(200) NOT NULL UNIQUE,
  born integer
);

CREATE TABLE publishers (
  id bigserial PRIMARY KEY,
  name varchar(200) NOT NULL UNIQUE,
  country varchar(2)
);

CREATE TABLE books (
  id bigserial PRIMARY KEY,
  isbn varchar(17) NOT NULL UNIQUE,
  title varchar(300) NOT NULL,
  author_id bigint NOT NULL REFERENCES authors (id),
  publisher_id bigint REFERENCES publishers (id),
  published_year integer,
  price numeric(8, 2) NOT NULL DEFAULT 0
);

CREATE TABLE members (
  id bigserial PRIMARY KEY,
  email varchar(200) NOT NULL UNIQUE,
  full_name varchar(200) NOT NULL,
  joined_on date NOT NULL DEFAULT CURRENT_DATE
);

CREATE TABLE copies (
  id bigserial PRIMARY KEY,
  book_id bigint NOT NULL REFERENCES books (id),
  shelf varchar(20) NOT NULL,
  acquired_on date NOT NULL
);

CREATE TABLE loans (
  id bigserial PRIMARY KEY,
  copy_id bigint NOT NULL REFERENCES copies (id),
  member_id bigint NOT NULL REFERENCES members (id),
  loaned_on date NOT NULL,
  due_on date NOT NULL,
  returned_on date,
  status loan_status NOT NULL DEFAULT 'ACTIVE'
);

CREATE TABLE reviews (
  book_id bigint NOT NULL REFERENCES books (id),
  member_id bigint NOT NULL REFERENCES members (id),
  rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text,
  PRIMARY KEY (book_id, member_id)
);

-- Schema history, kept as it happened: sqlcheck applies these in order.
-- 2024-03: members chose how their name is shown.
ALTER TABLE members RENAME COLUMN full_name TO display_name;
-- 2024-06: the catalog became multilingual.
ALTER TABLE books ADD COLUMN language varchar(8) NOT NULL DEFAULT 'en';

-- Loans not returned yet, with who has them and what they are.
CREATE VIEW open_loans AS
  SELECT l.id AS loan_id, m.email, b.title, l.loaned_on, l.due_on
  FROM loans l
  JOIN members m ON m.id = l.member_id
  JOIN copies c ON c.id = l.copy_id
  JOIN books b ON b.id = c.book_id
  WHERE l.returned_on IS NULL;
