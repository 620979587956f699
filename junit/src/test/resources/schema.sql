-- The pantry the extension's tests check their repository against (also -Asqlcheck.schema).
CREATE TYPE freshness AS ENUM ('FRESH', 'STALE');

CREATE TABLE items (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  qty integer NOT NULL DEFAULT 0,
  freshness freshness NOT NULL DEFAULT 'FRESH'
);
