package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.schema.SqlType;
import java.util.List;

/**
 * The columns a function call produces as a FROM item, before any alias renames them ({@code
 * addRangeTableEntryForFunction}): the OUT / TABLE parameters of a function that has them ({@code
 * json_each} gives {@code key text, value json}); otherwise one column named after the function, or
 * after its single OUT parameter ({@code json_array_elements} gives {@code value}). A function
 * returning plain {@code record} has no columns of its own: it needs a column definition list, and
 * {@code definitionList} says the caller's list supplies the columns. {@code mayBeComposite} flags
 * a single column whose type is a user type, which PostgreSQL expands into that row type's columns
 * if it is one ({@code json_populate_record(NULL::t, ...)}). {@code exact} is false when a wildcard
 * argument left the function undetermined.
 */
public record SrfColumns(
    List<Column> columns,
    boolean definitionList,
    boolean mayBeComposite,
    boolean exact,
    PgError error) {

  /** One result column. */
  public record Column(String name, SqlType type) {}

  public SrfColumns {
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  static SrfColumns failed(PgError error) {
    return new SrfColumns(List.of(), false, false, true, error);
  }

  public boolean ok() {
    return error == null;
  }
}
