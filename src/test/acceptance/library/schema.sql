-- A library catalogue, with the kind of history a real schema accumulates.
CREATE SCHEMA inventory;

CREATE TYPE loan_status AS ENUM ('active', 'returned', 'lost');
CREATE DOMAIN isbn_code AS varchar(17) CHECK (VALUE ~ '^[0-9-]+$');

CREATE TABLE authors (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    born        date,
    country     varchar(2)
);

CREATE TABLE books (
    id              bigserial PRIMARY KEY,
    title           text NOT NULL,
    isbn            isbn_code UNIQUE,
    author_id       bigint NOT NULL REFERENCES authors (id),
    published_year  integer,
    price           numeric(8, 2),
    subtitle        text
);

CREATE TABLE members (
    id          bigserial PRIMARY KEY,
    email       text NOT NULL UNIQUE,
    full_name   text NOT NULL,
    joined_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE loans (
    id          bigserial PRIMARY KEY,
    book_id     bigint NOT NULL REFERENCES books (id),
    member_id   bigint NOT NULL REFERENCES members (id),
    status      loan_status NOT NULL DEFAULT 'active',
    loaned_at   timestamptz NOT NULL DEFAULT now(),
    returned_at timestamptz
);

CREATE TABLE inventory.copies (
    id          bigserial PRIMARY KEY,
    book_id     bigint NOT NULL REFERENCES books (id),
    shelf       text NOT NULL,
    acquired_on date
);

CREATE TABLE old_reviews (
    id      bigserial PRIMARY KEY,
    book_id bigint REFERENCES books (id),
    body    text
);

-- History: a rename, a dropped column, a renamed table, a dropped table.
ALTER TABLE members RENAME COLUMN full_name TO display_name;
ALTER TABLE books DROP COLUMN subtitle;
ALTER TABLE old_reviews RENAME TO reviews;
ALTER TABLE reviews ADD COLUMN rating smallint NOT NULL DEFAULT 3;

CREATE TABLE staging_import (id integer);
DROP TABLE staging_import;

CREATE VIEW available_books AS
    SELECT b.id, b.title, a.name AS author_name
    FROM books b JOIN authors a ON a.id = b.author_id
    WHERE NOT EXISTS (
        SELECT 1 FROM loans l WHERE l.book_id = b.id AND l.status = 'active');

CREATE MATERIALIZED VIEW author_stats AS
    SELECT a.id AS author_id, count(b.id) AS book_count
    FROM authors a LEFT JOIN books b ON b.author_id = a.id
    GROUP BY a.id;

CREATE INDEX books_title_idx ON books (title);
COMMENT ON TABLE books IS 'Every title the library has ever held';
