package dev.sqlcheck.sources;

/**
 * SQL text to split into statements and run: a whole {@code .sql} file, a formatted-SQL changeset,
 * or the body of a Liquibase {@code sql}/{@code sqlFile} change. Line {@code 1} of {@code text} is
 * line {@code line} of {@code file}, so statements can be located in the file they came from.
 *
 * @param split false when the text is one statement ({@code splitStatements: false})
 * @param delimiter the statement delimiter when it is not {@code ;} ({@code endDelimiter}), or null
 */
public record SqlScript(String file, int line, String text, boolean split, String delimiter)
    implements SchemaStep {

  /** A whole file, split on semicolons. */
  public static SqlScript of(String file, String text) {
    return new SqlScript(file, 1, text, true, null);
  }
}
