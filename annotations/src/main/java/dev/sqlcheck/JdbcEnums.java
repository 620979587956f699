package dev.sqlcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Helpers for the enum conversions generated code writes. A repository whose Java enum meets a SQL
 * enum gets two small methods per pair, a {@code switch} from constant to label and one from label
 * to constant, checked against the schema's labels at compile time; these helpers apply them to
 * collections and build the exceptions for values the compiled code does not know. Stateless and
 * thread-safe; not meant for application code.
 */
public final class JdbcEnums {
  private JdbcEnums() {}

  /** The SQL labels of a collection of Java enum constants, or null for a null collection. */
  public static <E> List<String> labels(
      Iterable<? extends E> values, Function<? super E, String> label) {
    if (values == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(label.apply(v)));
    return out;
  }

  /** The SQL labels of an array of Java enum constants, or null for a null array. */
  public static <E> List<String> labels(E[] values, Function<? super E, String> label) {
    return values == null ? null : labels(Arrays.asList(values), label);
  }

  /**
   * The failure generated code throws when a SQL value matches no constant of the Java enum it is
   * read into: {@code sqlEnum} is the SQL enum type, or null when the column is text and the value
   * was expected to be a constant's name. The method that read the row is added to the message.
   */
  public static SqlCheckException unknownLabel(String value, String javaEnum, String sqlEnum) {
    String what =
        sqlEnum == null
            ? "value \"" + value + "\" matches no constant of enum " + javaEnum
            : "label \""
                + value
                + "\" of SQL enum \""
                + sqlEnum
                + "\" matches no constant of enum "
                + javaEnum;
    return new RowFailure(
        what + "; add a constant for it (or map one with @EnumLabel) and recompile");
  }

  /**
   * The failure generated code throws when a Java enum constant it was not compiled with (the enum
   * changed without the repository being recompiled) is to be sent as a SQL enum label.
   */
  public static SqlCheckException unknownConstant(Enum<?> value, String sqlEnum) {
    return new SqlCheckException(
        "constant "
            + value.getDeclaringClass().getSimpleName()
            + "."
            + value.name()
            + " was not known when this repository was compiled and has no label of SQL enum \""
            + sqlEnum
            + "\"; recompile the repository");
  }
}
