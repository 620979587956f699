-- A schema built to hold columns named like keywords and the types the risky-construct probes
-- need. Loaded both by the analyser's SchemaLoader and by PostgreSQL.
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE SCHEMA audit;

CREATE TABLE owners (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  email text UNIQUE,
  mood mood
);

CREATE TABLE events (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  type text,
  value numeric,
  comment text,
  settings jsonb,
  script text,
  year integer,
  month integer,
  day integer,
  hour integer,
  minute integer,
  second integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  happened_on date,
  tags text[],
  payload jsonb,
  owner_id bigint REFERENCES owners (id)
);

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  state text NOT NULL DEFAULT 'new',
  locked_by text,
  attempts integer NOT NULL DEFAULT 0,
  run_at timestamptz
);

CREATE TABLE audit.log (
  id bigserial PRIMARY KEY,
  event_id bigint,
  "user" text,
  "order" integer,
  at timestamptz DEFAULT now()
);

CREATE VIEW event_days AS
  SELECT id, year, month, day, name FROM events;

CREATE TABLE "CamelCase" (
  "Id" integer PRIMARY KEY,
  "Name" text,
  plain text
);

CREATE FUNCTION owner_names(min_id bigint) RETURNS TABLE (owner_id bigint, owner_name text)
  LANGUAGE sql AS $$ SELECT id, name FROM owners WHERE id >= min_id $$;

-- The arbiter of ON CONFLICT (lower(name)).
CREATE UNIQUE INDEX owners_lower_name ON owners (lower(name));

-- Names one letter away from clause key words (INTO, OLDER/ORDER), next to SQL the parser
-- cannot read: they must not pass for misspelled key words.
CREATE TABLE info (id bigint, owner_id bigint, older text);
