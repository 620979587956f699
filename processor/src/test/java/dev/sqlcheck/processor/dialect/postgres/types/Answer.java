package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.schema.SqlType;

/**
 * One side's answer in a differential test: a type (as {@link SqlType#toString()} spells it) or an
 * error's message and hint.
 */
record Answer(String type, String error, String hint) {

  static Answer type(String type) {
    return new Answer(type, null, null);
  }

  static Answer error(String message, String hint) {
    return new Answer(null, message, hint);
  }

  static Answer of(Resolution r) {
    return r.ok() ? type(r.type().toString()) : of(r.error());
  }

  static Answer of(FunctionMatch m) {
    return m.ok() ? type(m.type().toString()) : of(m.error());
  }

  static Answer of(OperatorMatch m) {
    return m.ok() ? type(m.type().toString()) : of(m.error());
  }

  static Answer of(PgError e) {
    return error(e.message(), e.hint());
  }

  boolean isError() {
    return error != null;
  }

  @Override
  public String toString() {
    return isError() ? "ERROR " + error : type;
  }
}
