package dev.sqlcheck.processor.schema;

/** What a schema statement is, as far as building the catalog is concerned. */
enum DdlKind {
  /** Cannot change the catalog (COMMENT, GRANT, CREATE INDEX, INSERT, SET x, ...). */
  SKIP,
  CREATE_TABLE,
  /** {@code SELECT … INTO name …}, which creates a table as {@code CREATE TABLE name AS} does. */
  SELECT_INTO,
  /** {@code IMPORT FOREIGN SCHEMA}: tables the schema files do not describe. */
  IMPORT_FOREIGN_SCHEMA,
  CREATE_VIEW,
  ALTER_TABLE,
  ALTER_VIEW,
  DROP_RELATIONS,
  /** DROP of a schema, type, domain, function, procedure, aggregate or extension. */
  DROP_OBJECTS,
  /** RENAME or SET SCHEMA of a schema, type, domain, function, procedure or aggregate. */
  ALTER_OBJECT,
  CREATE_SCHEMA,
  SET_SEARCH_PATH,
  CREATE_ENUM,
  /** {@code CREATE TYPE name AS (attribute type, ...)}: the columns of a typed table. */
  CREATE_COMPOSITE,
  ALTER_TYPE,
  /** {@code ALTER TYPE .. ADD|DROP|ALTER|RENAME ATTRIBUTE}: typed tables of it change. */
  ALTER_COMPOSITE,
  CREATE_DOMAIN,
  CREATE_FUNCTION,
  /** {@code CREATE SEQUENCE}: its name, since a query may read it as a table. */
  CREATE_SEQUENCE,
  /** {@code CREATE AGGREGATE}: its name, and its result when that is its state type. */
  CREATE_AGGREGATE,
  /** {@code CREATE OPERATOR} or {@code CREATE CAST}: what they name, as neither is modelled. */
  CREATE_OPERATOR_OR_CAST,
  /** {@code CREATE EXTENSION}: its name, since its operators and functions are not modelled. */
  CREATE_EXTENSION,
  /** CREATE TRIGGER or CREATE RULE: only INSTEAD OF triggers and DO INSTEAD rules matter. */
  CREATE_TRIGGER_OR_RULE,
  /** {@code DO $$ .. $$}: only the enum types it creates are read. */
  DO_BLOCK
}
