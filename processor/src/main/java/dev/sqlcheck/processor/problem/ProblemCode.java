package dev.sqlcheck.processor.problem;

/**
 * Every kind of problem sqlcheck reports, with its stable code and severity. The README lists them
 * all; a code, once published, never changes meaning.
 *
 * <p>Ranges: 0xx processor and schema sources, 1xx query syntax and coverage, 2xx tables and
 * columns, 3xx parameters, 4xx results and return types, 5xx repository shape.
 */
public enum ProblemCode {
  INTERNAL_ERROR("SQLCHECK-000", Severity.ERROR, "internal error"),
  SCHEMA_NOT_FOUND("SQLCHECK-001", Severity.ERROR, "schema source missing or unreadable"),
  SCHEMA_STATEMENT_NOT_PARSED(
      "SQLCHECK-002", Severity.WARNING, "a schema statement could not be parsed"),
  INVALID_OPTION("SQLCHECK-003", Severity.ERROR, "invalid processor option"),
  SCHEMA_STATEMENT_INVALID(
      "SQLCHECK-004",
      Severity.WARNING,
      "a schema statement refers to something that does not exist"),
  TABLE_EXISTS_SKIPPED(
      "SQLCHECK-005",
      Severity.WARNING,
      "CREATE TABLE IF NOT EXISTS is skipped: the table already exists with other columns"),
  FOREIGN_KEY_TARGET_MISSING(
      "SQLCHECK-006",
      Severity.WARNING,
      "a foreign key references a table or column that does not exist"),
  DUPLICATE_OBJECT_NAME(
      "SQLCHECK-007",
      Severity.WARNING,
      "a duplicate index or constraint name that PostgreSQL accepts in silence"),
  MIGRATION_BREAKS_RUNNING_CODE(
      "SQLCHECK-008",
      Severity.WARNING,
      "the newest migration renames or drops something queries use, which breaks code still"
          + " running against the previous schema"),
  SCHEMA_SOURCE_INVALID(
      "SQLCHECK-009", Severity.ERROR, "a schema source is invalid (the migration tool refuses it)"),
  SCHEMA_SOURCE_SKIPPED("SQLCHECK-010", Severity.WARNING, "part of a schema source is not applied"),

  SYNTAX_ERROR("SQLCHECK-100", Severity.ERROR, "syntax error in a query"),
  NOT_FULLY_CHECKED("SQLCHECK-101", Severity.WARNING, "query could not be fully checked"),
  MULTIPLE_STATEMENTS("SQLCHECK-102", Severity.ERROR, "more than one statement in a query"),

  UNKNOWN_TABLE("SQLCHECK-200", Severity.ERROR, "table does not exist"),
  UNKNOWN_COLUMN("SQLCHECK-201", Severity.ERROR, "column does not exist"),
  UNKNOWN_SCHEMA("SQLCHECK-202", Severity.ERROR, "schema does not exist"),
  UNKNOWN_QUALIFIER("SQLCHECK-203", Severity.ERROR, "unknown table alias or qualifier"),
  AMBIGUOUS_COLUMN("SQLCHECK-204", Severity.ERROR, "ambiguous column reference"),
  INSERT_ARITY("SQLCHECK-205", Severity.ERROR, "INSERT has more or fewer values than columns"),
  SET_OPERATION_ARITY(
      "SQLCHECK-206", Severity.ERROR, "UNION/INTERSECT/EXCEPT branches differ in column count"),
  UNKNOWN_RELATION_USED(
      "SQLCHECK-207", Severity.WARNING, "query uses a relation the schema could not model"),
  TRUNCATE_REFERENCED(
      "SQLCHECK-208", Severity.ERROR, "TRUNCATE of a table that a foreign key references"),
  UNGROUPED_COLUMN(
      "SQLCHECK-209",
      Severity.ERROR,
      "column must appear in GROUP BY or be used in an aggregate function"),
  OUTPUT_REFERENCE(
      "SQLCHECK-210", Severity.ERROR, "ORDER BY, GROUP BY or DISTINCT ON item is not valid"),
  TYPE_MISMATCH(
      "SQLCHECK-211", Severity.ERROR, "operator, function, cast or value does not fit the types"),
  INVALID_CONSTRUCT("SQLCHECK-212", Severity.ERROR, "construct not allowed where it stands"),
  COLUMN_ALIAS_ARITY("SQLCHECK-213", Severity.ERROR, "more column aliases than columns"),
  DUPLICATE_NAME("SQLCHECK-214", Severity.ERROR, "name specified more than once"),
  NOT_UPDATABLE(
      "SQLCHECK-215", Severity.ERROR, "INSERT, UPDATE or DELETE on a view that cannot take it"),
  UNKNOWN_CONSTRAINT(
      "SQLCHECK-216", Severity.ERROR, "ON CONFLICT ON CONSTRAINT names no constraint of the table"),
  NO_CONFLICT_ARBITER(
      "SQLCHECK-217",
      Severity.ERROR,
      "ON CONFLICT (columns) matches no unique index or constraint of the table"),
  NOT_NULL_VIOLATION(
      "SQLCHECK-218",
      Severity.ERROR,
      "INSERT leaves a NOT NULL column without a default empty, or gives it NULL"),

  UNBOUND_PARAMETER("SQLCHECK-301", Severity.ERROR, "SQL parameter has no method parameter"),
  UNUSED_PARAMETER("SQLCHECK-302", Severity.ERROR, "method parameter is not used by the SQL"),
  PARAMETER_TYPE_MISMATCH(
      "SQLCHECK-303", Severity.ERROR, "parameter type cannot bind to the SQL type"),
  UNKNOWN_PROPERTY("SQLCHECK-304", Severity.ERROR, "parameter has no such property"),
  UNSUPPORTED_PARAMETER_TYPE("SQLCHECK-305", Severity.ERROR, "unsupported parameter type"),
  ENUM_PARAMETER_LABELS(
      "SQLCHECK-306",
      Severity.ERROR,
      "a Java enum parameter's constants do not match the SQL enum's labels"),

  UNSUPPORTED_RETURN_TYPE("SQLCHECK-401", Severity.ERROR, "unsupported return type"),
  MISSING_RESULT_COLUMN("SQLCHECK-402", Severity.ERROR, "no result column for a component"),
  RESULT_TYPE_MISMATCH("SQLCHECK-403", Severity.ERROR, "result column cannot convert to Java type"),
  NULLABLE_INTO_PRIMITIVE(
      "SQLCHECK-404", Severity.ERROR, "nullable result column mapped to a primitive"),
  TOO_MANY_COLUMNS_FOR_SCALAR(
      "SQLCHECK-405", Severity.ERROR, "more than one result column for a scalar return type"),
  NO_ROWS_RETURNED(
      "SQLCHECK-406", Severity.ERROR, "statement returns no rows but a row type was asked for"),
  UNUSED_RESULT_COLUMN("SQLCHECK-407", Severity.WARNING, "result column is not used"),
  ENUM_RESULT_LABELS(
      "SQLCHECK-408",
      Severity.ERROR,
      "a SQL enum column is read into a Java enum whose constants do not match its labels"),

  NOT_AN_INTERFACE("SQLCHECK-501", Severity.ERROR, "@SqlRepository is not on an interface"),
  MISSING_QUERY("SQLCHECK-502", Severity.ERROR, "abstract method without @Query"),
  QUERY_NEVER_IMPLEMENTED(
      "SQLCHECK-503", Severity.ERROR, "@Query on a method sqlcheck never implements");

  private final String code;
  private final Severity severity;
  private final String title;

  ProblemCode(String code, Severity severity, String title) {
    this.code = code;
    this.severity = severity;
    this.title = title;
  }

  /** The stable code, for example {@code SQLCHECK-201}. */
  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** A short description, as listed in the README. */
  public String title() {
    return title;
  }
}
