package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * Carries a {@link PgError} out of the resolution algorithms, the way {@code ereport(ERROR)} leaves
 * PostgreSQL's parser: the algorithms stay shaped like their C counterparts, and the public API
 * turns the exception back into a result. No stack trace is filled in; it is control flow.
 */
final class PgException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String UNDEFINED_FUNCTION = "42883";
  static final String AMBIGUOUS_FUNCTION = "42725";
  static final String DATATYPE_MISMATCH = "42804";
  static final String CANNOT_COERCE = "42846";
  static final String WRONG_OBJECT_TYPE = "42809";
  static final String INDETERMINATE_DATATYPE = "42P18";
  static final String UNDEFINED_OBJECT = "42704";
  static final String SYNTAX_ERROR = "42601";
  static final String FEATURE_NOT_SUPPORTED = "0A000";
  static final String INVALID_TEXT_REPRESENTATION = "22P02";
  static final String OUT_OF_RANGE = "22003";
  static final String DATETIME_FIELD_OVERFLOW = "22008";
  static final String INTERNAL = "XX000";

  private final transient PgError error;

  PgException(PgError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  static PgException of(String sqlState, String message) {
    return new PgException(PgError.of(sqlState, message));
  }

  PgError error() {
    return error;
  }
}
