CREATE TABLE items (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  amount integer NOT NULL DEFAULT 0
);
