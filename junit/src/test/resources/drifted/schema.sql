-- The pantry after someone renamed a column in production.
CREATE TYPE freshness AS ENUM ('FRESH', 'STALE');

CREATE TABLE items (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  quantity integer NOT NULL DEFAULT 0,
  freshness freshness NOT NULL DEFAULT 'FRESH'
);
