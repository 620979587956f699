package dev.sqlcheck.processor.problem;

import java.util.Locale;

/**
 * The text of every message sqlcheck reports outside query analysis, each tied to its {@link
 * ProblemCode}. A code may have several messages (an unbound {@code :name} in a plain method and in
 * a batch); the arguments fill the {@code %s} slots in order, as each constant's comment lists.
 *
 * <pre>{@code
 * Message.UNUSED_PARAMETER.unpositioned("author", "findByAuthor", "author")
 * // [SQLCHECK-302] parameter "author" of method "findByAuthor" is not used by the SQL; ...
 * }</pre>
 */
public enum Message {
  /** type name, kind of type. */
  NOT_AN_INTERFACE(
      ProblemCode.NOT_AN_INTERFACE,
      "@SqlRepository must be on an interface, but \"%s\" is a %s;"
          + " declare it as an interface and let sqlcheck generate the class"),
  /** method. */
  MISSING_QUERY(
      ProblemCode.MISSING_QUERY,
      "method \"%s\" of a @SqlRepository has no @Query;"
          + " add @Query(\"...\") or make it a default method"),
  /** method, kind of method ("default" or "static"). */
  QUERY_ON_NON_ABSTRACT_METHOD(
      ProblemCode.QUERY_NEVER_IMPLEMENTED,
      "@Query on %2$s method \"%1$s\" is never used: sqlcheck implements only abstract methods;"
          + " remove the method body to let sqlcheck implement it, or remove @Query"),
  /** method, type, type. */
  QUERY_OUTSIDE_REPOSITORY(
      ProblemCode.QUERY_NEVER_IMPLEMENTED,
      "@Query on method \"%s\" is never used: \"%s\" has no @SqlRepository and no @SqlRepository"
          + " interface compiled with it extends it; annotate \"%s\" with @SqlRepository"),
  /**
   * migration file:line, what the migration does ("renames column "users"."full_name" to
   * "display_name""), how many queries, the methods, the name old code uses.
   */
  MIGRATION_BREAKS_RUNNING_CODE(
      ProblemCode.MIGRATION_BREAKS_RUNNING_CODE,
      "%s: the newest migration %s, which %s (%s). Code built against the previous schema still"
          + " uses %s, and fails while it keeps running during a rolling deploy"),
  /** the option's error. */
  INVALID_OPTION(ProblemCode.INVALID_OPTION, "%s"),
  /** option, did-you-mean or empty, the known options. */
  UNKNOWN_OPTION(
      ProblemCode.INVALID_OPTION,
      "unknown option -A%s%s; sqlcheck reads %s. A misspelt option is not applied, so it would"
          + " check against another schema than you meant"),
  /** the problem, located. */
  SCHEMA_SOURCE_MISSING(ProblemCode.SCHEMA_NOT_FOUND, "cannot load the schema: %s"),
  /** the problem, located. */
  SCHEMA_SOURCE_INVALID(ProblemCode.SCHEMA_SOURCE_INVALID, "invalid schema source: %s"),
  /** the problem, located. */
  SCHEMA_SOURCE_SKIPPED(ProblemCode.SCHEMA_SOURCE_SKIPPED, "%s"),
  /** the stale copy, its missing source, a hint. */
  STALE_SCHEMA_COPY(
      ProblemCode.SCHEMA_NOT_FOUND,
      "cannot load the schema: %s is left over from an earlier build; its source %s no longer"
          + " exists. sqlcheck does not check against a stale copy. Run mvn clean (or delete the"
          + " copy), or pass -Asqlcheck.schema=PATH[,PATH...] to the compiler%s"),
  /** the sources, joined. */
  EMPTY_SCHEMA(
      ProblemCode.SCHEMA_NOT_FOUND,
      "the schema defines no table or view, but queries use tables; check what -Asqlcheck.schema"
          + " points at. Schema read from: %s"),
  /** why, then the places looked in, one per line. */
  SCHEMA_NOT_FOUND(
      ProblemCode.SCHEMA_NOT_FOUND,
      "cannot load the schema: %s. Looked in:%s\n"
          + "    Put schema.sql in src/main/resources, or pass -Asqlcheck.schema=PATH[,PATH...]"
          + " (a .sql file or a folder of migrations) to the compiler."),

  /** what (kind and name), parser message, what queries lose. */
  DEFINITION_NOT_PARSED(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "%s could not be parsed (%s); queries that use %s will not be fully checked"),
  /** table, parser message, table. */
  ALTER_NOT_PARSED(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "ALTER TABLE \"%s\" could not be parsed (%s); the columns of \"%s\" are no longer checked"),
  /** what went wrong. */
  STATEMENT_NOT_INTERPRETED(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "statement could not be interpreted (%s); it is ignored"),
  /** table. */
  ALTER_OF_MISSING_TABLE(
      ProblemCode.SCHEMA_STATEMENT_INVALID,
      "ALTER TABLE refers to table \"%s\", which does not exist at this point"
          + " (an earlier statement may have been lost); the statement is ignored"),
  /** change type, relation. */
  CHANGE_ON_MISSING_RELATION(
      ProblemCode.SCHEMA_STATEMENT_INVALID,
      "Liquibase change %s refers to \"%s\", which does not exist at this point"
          + " (an earlier change may have been lost); the change is ignored"),
  /** change type, relation, relation. */
  CHANGE_NOT_MODELLED(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "Liquibase change %s on \"%s\" is not modelled by sqlcheck; queries that use \"%s\" will"
          + " not be fully checked"),
  /** change type. */
  CHANGE_SKIPPED(
      ProblemCode.SCHEMA_SOURCE_SKIPPED,
      "Liquibase change %s is not modelled by sqlcheck and is skipped"),
  /** change type, what is missing. */
  CHANGE_INCOMPLETE(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED, "Liquibase change %s has no %s; it is ignored"),
  /** the parser's message. */
  CONSTRAINTS_NOT_READ(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "the keys and indexes of this statement could not be read (%s); sqlcheck does not know the"
          + " foreign keys it declares"),
  /** table, what exists, where, how the columns differ. */
  TABLE_EXISTS_WITH_OTHER_COLUMNS(
      ProblemCode.TABLE_EXISTS_SKIPPED,
      "CREATE TABLE IF NOT EXISTS \"%s\" does nothing: %s already exists (defined at %s) %s."
          + " PostgreSQL keeps the first definition and only prints a NOTICE; queries are checked"
          + " against the first definition"),
  /** key, table, what it references, why that is a problem. */
  FOREIGN_KEY_TARGET_MISSING(
      ProblemCode.FOREIGN_KEY_TARGET_MISSING,
      "foreign key \"%s\" of table \"%s\" references %s, which does not exist in the final"
          + " schema: %s"),
  /** key, table, what it references. */
  FOREIGN_KEY_TARGET_UNKNOWN(
      ProblemCode.FOREIGN_KEY_TARGET_MISSING,
      "foreign key \"%s\" of table \"%s\" references %s, which sqlcheck could not model; the key"
          + " is not checked"),
  /** index, table, kind of the existing relation, its name, schema, its table or "", where. */
  INDEX_NAME_TAKEN(
      ProblemCode.DUPLICATE_OBJECT_NAME,
      "CREATE INDEX IF NOT EXISTS \"%s\" on \"%s\" does nothing: %s \"%s\"%s already exists in"
          + " schema \"%s\" (defined at %s). PostgreSQL only prints a NOTICE, so the index is never"
          + " created; give it another name"),
  /** constraint, table, other table, schema, where. */
  CONSTRAINT_NAME_TAKEN(
      ProblemCode.DUPLICATE_OBJECT_NAME,
      "constraint \"%s\" of table \"%s\" has the name of a constraint of table \"%s\" in schema"
          + " \"%s\" (declared at %s). PostgreSQL accepts it, but the SQL standard wants constraint"
          + " names unique in a schema, and the information_schema views, which join constraints by"
          + " schema and name, mix the two up; rename one"),
  /** relation. */
  DROP_OF_MISSING_RELATION(
      ProblemCode.SCHEMA_STATEMENT_INVALID,
      "DROP refers to \"%s\", which does not exist at this point"),
  /** the statement, why PostgreSQL refuses it. */
  DROP_REFUSED(
      ProblemCode.SCHEMA_STATEMENT_INVALID,
      "PostgreSQL refuses %s: %s. It changes nothing, here as there"),
  /** what (kind and name), PostgreSQL's message, relation, what to do. */
  DEFINITION_REJECTED(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "%s is not valid PostgreSQL: %s. PostgreSQL refuses the whole statement, so %s is not"
          + " created, and queries that use it get SQLCHECK-207 instead of being checked; %s"),
  /** "ALTER TABLE \"t\"", PostgreSQL's message, the table, what to do. */
  ALTER_REJECTED(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "%s is not valid PostgreSQL: %s. PostgreSQL refuses the whole statement, so the columns"
          + " of %s after it are not known, and queries that use them get SQLCHECK-101 instead of"
          + " being checked; %s"),
  /** the MySQL signs found, PostgreSQL's message. */
  NOT_POSTGRESQL(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "the schema looks like MySQL/MariaDB (%s), but sqlcheck checks PostgreSQL, which refuses"
          + " this statement (%s). Statements PostgreSQL refuses are not read and get no message"
          + " of their own; queries on the tables they define get SQLCHECK-207. Point"
          + " -Asqlcheck.schema at the PostgreSQL version of the schema"),
  /** the relations, the relations. */
  DO_BLOCK_DYNAMIC(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "DO block runs SQL built at run time (EXECUTE), which sqlcheck cannot read; it may change"
          + " %s, so queries on %s get SQLCHECK-207 instead of being checked. Write the DDL as"
          + " plain statements in the block to have it checked"),
  /** why, the relations. */
  DO_BLOCK_NOT_READ(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "DO block could not be read (%s); queries on %s, which it may change, get SQLCHECK-207"
          + " instead of being checked"),
  /** statement kind, where it stands, the relations. */
  DO_BLOCK_CONDITIONAL(
      ProblemCode.SCHEMA_STATEMENT_NOT_PARSED,
      "DO block runs %s %s, so whether it runs depends on data sqlcheck does not see; queries on"
          + " %s get SQLCHECK-207 instead of being checked. Move the statement out of the loop,"
          + " branch or handler to have it checked"),
  /** view, the analyser's message, view. */
  VIEW_REFERENCE_MISSING(
      ProblemCode.SCHEMA_STATEMENT_INVALID,
      "view \"%s\" refers to something that does not exist at this point: %s. PostgreSQL refuses"
          + " the statement, so \"%s\" is not created, and queries on it get SQLCHECK-207; create"
          + " what it refers to first, or correct the name"),

  /** parameter's Java name, method, SQL name. */
  UNUSED_PARAMETER(
      ProblemCode.UNUSED_PARAMETER,
      "parameter \"%s\" of method \"%s\" is not used by the SQL; refer to it as :%s or remove it"),
  /** name, method, name, name. */
  UNBOUND_PARAMETER(
      ProblemCode.UNBOUND_PARAMETER,
      "parameter \":%s\" has no matching parameter in method \"%s\";"
          + " add a parameter named \"%s\" or annotate one with @Param(\"%s\")"),
  /** name, method, element type. */
  UNBOUND_BATCH_PARAMETER(
      ProblemCode.UNBOUND_PARAMETER,
      "parameter \":%s\" of batch method \"%s\" has no matching property in element type \"%s\";"
          + " a batch binds each :name to the element's property of that name"),
  /** parameter, method, Java type, SQL type. */
  PARAMETER_TYPE_MISMATCH(
      ProblemCode.PARAMETER_TYPE_MISMATCH,
      "parameter \"%s\" of method \"%s\" has Java type \"%s\", which cannot bind to SQL type"
          + " \"%s\""),
  /** parameter, method, which values, parameter, SQL type. */
  PARAMETER_SENT_UNTYPED(
      ProblemCode.PARAMETER_TYPE_MISMATCH,
      "parameter \"%s\" of method \"%s\" stands alone in IS NULL, where PostgreSQL cannot tell"
          + " its type, and the driver sends %s without one (\"could not determine data type of"
          + " parameter\"); cast it: :%s::%s"),
  /** parameter, method, type, why. */
  UNSUPPORTED_PARAMETER_TYPE(
      ProblemCode.UNSUPPORTED_PARAMETER_TYPE,
      "parameter \"%s\" of method \"%s\" has type \"%s\", which sqlcheck cannot bind; %s"),
  /** parameter, method, Java enum, SQL enum, what does not match, the labels. */
  ENUM_PARAMETER_LABELS(
      ProblemCode.ENUM_PARAMETER_LABELS,
      "parameter \"%s\" of method \"%s\" has enum type \"%s\", whose constants do not match the"
          + " labels of SQL enum \"%s\": %s. The labels are %s;"
          + " rename the constant or give it @EnumLabel(\"<label>\")"),
  /** parameter, method, type, property. */
  UNKNOWN_PROPERTY(
      ProblemCode.UNKNOWN_PROPERTY,
      "parameter \"%s\" of method \"%s\" has type \"%s\", which has no property \"%s\""),

  /** method, return type, reason. */
  UNSUPPORTED_RETURN_TYPE(
      ProblemCode.UNSUPPORTED_RETURN_TYPE,
      "method \"%s\" returns \"%s\", which sqlcheck cannot map: %s"),
  /** method, component, its Java type, row type, the query's labels, a suggested alias. */
  MISSING_RESULT_COLUMN(
      ProblemCode.MISSING_RESULT_COLUMN,
      "method \"%s\": component \"%s\" (Java type \"%s\") of \"%s\" has no matching result column;"
          + " the query returns %s. Add the column or an alias AS %s"),
  /** method, column, SQL type, target, Java type. */
  RESULT_TYPE_MISMATCH(
      ProblemCode.RESULT_TYPE_MISMATCH,
      "method \"%s\" cannot convert column \"%s\" (SQL type \"%s\") to %s (Java type \"%s\")"),
  /** method, column, target, primitive type, its box. */
  NULLABLE_INTO_PRIMITIVE(
      ProblemCode.NULLABLE_INTO_PRIMITIVE,
      "method \"%s\" maps column \"%s\", which may be NULL, to %s of primitive type \"%s\";"
          + " use \"%s\" or make the column NOT NULL (or COALESCE it)"),
  /** method, value type, column count, labels. */
  TOO_MANY_COLUMNS_FOR_SCALAR(
      ProblemCode.TOO_MANY_COLUMNS_FOR_SCALAR,
      "method \"%s\" returns the single value type \"%s\", but the query returns %s columns (%s);"
          + " select one column or return a record"),
  /** method, return type, statement kind. */
  NO_ROWS_RETURNED(
      ProblemCode.NO_ROWS_RETURNED,
      "method \"%s\" returns \"%s\", but its %s has no RETURNING clause and returns no rows;"
          + " add RETURNING, or return void, int or long for the update count"),
  /** method, column, SQL enum, target, Java enum, what does not match, the labels. */
  ENUM_RESULT_LABELS(
      ProblemCode.ENUM_RESULT_LABELS,
      "method \"%s\" reads column \"%s\" of SQL enum \"%s\" into %s of enum type \"%s\","
          + " whose constants do not match the labels: %s. The labels are %s;"
          + " rename the constant or give it @EnumLabel(\"<label>\")"),
  /** method, column, SQL type, row type, suppression token. */
  UNUSED_RESULT_COLUMN(
      ProblemCode.UNUSED_RESULT_COLUMN,
      "method \"%s\": result column \"%s\" (SQL type \"%s\") is not used by \"%s\";"
          + " remove it from the query or add @SuppressWarnings(\"%s\")");

  private final ProblemCode code;
  private final String template;

  Message(ProblemCode code, String template) {
    this.code = code;
    this.template = template;
  }

  public ProblemCode code() {
    return code;
  }

  /** The message with its slots filled. */
  public String text(Object... args) {
    return String.format(Locale.ROOT, template, args);
  }

  /** A problem with no position in the SQL. */
  public Problem unpositioned(Object... args) {
    return Problem.unpositioned(code, text(args));
  }

  /** A problem at {@code start..end} of the SQL. */
  public Problem at(int start, int end, Object... args) {
    return Problem.at(code, text(args), start, end);
  }
}
