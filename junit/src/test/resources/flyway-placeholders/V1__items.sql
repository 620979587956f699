-- Flyway replaces ${schema} (given by @SqlCheckDatabase) and ${flyway:defaultSchema}.
CREATE TABLE ${schema}.items (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  qty integer NOT NULL DEFAULT 0
);
CREATE TYPE ${flyway:defaultSchema}.freshness AS ENUM ('FRESH', 'STALE');
ALTER TABLE ${schema}.items ADD COLUMN freshness freshness NOT NULL DEFAULT 'FRESH';
