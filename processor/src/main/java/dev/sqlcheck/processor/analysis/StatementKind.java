package dev.sqlcheck.processor.analysis;

/** The top-level statement of a query. */
public enum StatementKind {
  SELECT,
  INSERT,
  UPDATE,
  DELETE,
  /** Anything else (CALL, DDL, ...): not checked beyond syntax. */
  OTHER
}
