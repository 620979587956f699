package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;

/**
 * A validated method, ready for code generation: how it executes, what it binds at each {@code
 * :name} (in SQL order), how it builds each row, and the offsets of each {@code ?} in the SQL that
 * is an operator rather than a placeholder (the dialect decides; the JDBC text escapes them).
 */
public record MethodPlan(
    MethodModel method,
    Execution execution,
    List<Binding> bindings,
    RowMapping mapping,
    List<Integer> operatorQuestionMarks) {

  public MethodPlan {
    bindings = List.copyOf(bindings);
    operatorQuestionMarks = List.copyOf(operatorQuestionMarks);
  }

  /** What the generated method does with the statement. */
  public enum Execution {
    UPDATE_VOID,
    UPDATE_INT,
    UPDATE_LONG,
    BATCH_VOID,
    BATCH_INT,
    BATCH_LONG,
    /** Runs a row-returning statement and ignores the rows ({@code void} return). */
    EXECUTE,
    ONE,
    OPTIONAL,
    LIST,
    STREAM
  }

  /** How a value is sent. */
  public enum BindMode {
    SCALAR,
    /** A collection expanded to {@code ?, ?, ?} at run time. */
    IN_LIST,
    /** A collection or Java array sent as one SQL array. */
    ARRAY
  }

  /**
   * One {@code :name} occurrence, at {@code start..end} of the SQL as written. The value is {@code
   * root} (a parameter, or the batch element) or {@code root.accessor()}. {@code type} is the
   * value's type (the element type for IN_LIST and ARRAY); {@code jdbcType} the {@code
   * java.sql.Types} field; {@code arrayType} the SQL element type for ARRAY; {@code emptyListType}
   * the SQL type of the empty subquery an empty IN list becomes, or null to use {@code NULL}.
   */
  public record Binding(
      int start,
      int end,
      String root,
      String accessor,
      JavaType type,
      BindMode mode,
      String jdbcType,
      String arrayType,
      String emptyListType) {}

  /** How a row becomes a Java value; null for statements whose rows are not read. */
  public sealed interface RowMapping {}

  /** The row is one column read as {@code column}. */
  public record ScalarMapping(ColumnRead column) implements RowMapping {}

  /** The row is {@code new type(columns...)}. */
  public record ConstructorMapping(TypeRef type, List<ColumnRead> columns) implements RowMapping {
    public ConstructorMapping {
      columns = List.copyOf(columns);
    }
  }

  /**
   * Reads one column as {@code type}: by 1-based {@code index} when the columns are known, else
   * (index 0) by the label matching {@code name} at run time. {@code checked} means the compiler
   * proved the column non-null or the type is not primitive; otherwise a primitive read is guarded
   * against NULL at run time.
   */
  public record ColumnRead(JavaType type, int index, String name, boolean checked) {}
}
