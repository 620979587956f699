package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;

/**
 * One occurrence of a named parameter in the SQL. For {@code :book.title}, {@code name} is {@code
 * book} and {@code property} is {@code title}; otherwise {@code property} is null. {@code start}
 * and {@code end} are offsets of the whole token (colon included) in the SQL as written. {@code
 * expectedType} is the type of the column or expression the parameter meets, or {@link
 * SqlType#UNKNOWN}. {@code castOperand} is true when the parameter is directly the operand of an
 * explicit cast ({@code :d::date}, {@code CAST(:d AS date)}): the cast then accepts any value
 * PostgreSQL can convert, so its type is what the cast produces, not what the value must be. {@code
 * untypedHere} is true where PostgreSQL cannot tell the type of the placeholder from where it
 * stands ({@code :p IS NULL}): sent without a type, such a value fails the statement.
 */
public record ParameterUse(
    String name,
    String property,
    int start,
    int end,
    SqlType expectedType,
    Context context,
    boolean castOperand,
    boolean untypedHere) {

  /** An occurrence that is not the operand of a cast. */
  public ParameterUse(
      String name, String property, int start, int end, SqlType expectedType, Context context) {
    this(name, property, start, end, expectedType, context, false, false);
  }

  /** The name as the SQL writes it: {@code ids}, or {@code book.title} for a property. */
  public String sqlName() {
    return property == null ? name : name + "." + property;
  }

  /** How the parameter is used, which decides how it is bound. */
  public enum Context {
    /** A single value. */
    SCALAR,
    /** The only element of an IN list, {@code IN (:ids)}: a collection expands to placeholders. */
    IN_LIST,
    /** A whole array, {@code = ANY(:ids)}: bound with {@code Connection.createArrayOf}. */
    ARRAY
  }
}
