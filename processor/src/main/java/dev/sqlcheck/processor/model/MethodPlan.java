package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.JavaType;
import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;
import java.util.Objects;

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
   * One {@code :name} occurrence. {@code start..end} is the part of the SQL as written that the
   * JDBC text replaces with {@code placeholder}: usually the {@code :name} token and {@code ?}, but
   * for an IN list sent as one array the whole {@code IN (:ids)} and {@code = ANY(?)}. The value is
   * {@code root} (a parameter, or the batch element) or {@code root.accessor()}. {@code type} is
   * the value's type (the element type for IN_LIST and ARRAY); {@code jdbcType} the {@code
   * java.sql.Types} field; {@code arrayType} the SQL element type for ARRAY; {@code emptyListType}
   * the SQL type of the empty subquery an empty IN list becomes, or null to use {@code NULL};
   * {@code name} the SQL name ({@code ids}, {@code book.title}) for run-time messages; {@code
   * enumMapping} how a Java enum value is turned into its SQL label, or null when it is sent as its
   * name; {@code nullType} the type name a NULL goes as ({@code setNull} with a type name), or null
   * where {@code jdbcType} alone gives it its type.
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
      String emptyListType,
      String placeholder,
      String name,
      EnumMapping enumMapping,
      String nullType) {

    /** A plain {@code :name} occurrence replaced by {@code ?}, with no enum label mapping. */
    public Binding(
        int start,
        int end,
        String root,
        String accessor,
        JavaType type,
        BindMode mode,
        String jdbcType,
        String arrayType,
        String emptyListType) {
      this(
          start,
          end,
          root,
          accessor,
          type,
          mode,
          jdbcType,
          arrayType,
          emptyListType,
          "?",
          root,
          null,
          null);
    }
  }

  /** How a row becomes a Java value; null for statements whose rows are not read. */
  public sealed interface RowMapping {}

  /** The row is one column read as {@code column}. */
  public record ScalarMapping(ColumnRead column) implements RowMapping {
    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof ScalarMapping s && column.equals(s.column));
    }

    @Override
    public int hashCode() {
      return column.hashCode();
    }
  }

  /** The row is {@code new type(columns...)}. */
  public record ConstructorMapping(TypeRef type, List<ColumnRead> columns) implements RowMapping {
    public ConstructorMapping {
      columns = List.copyOf(columns);
    }

    @Override
    public boolean equals(Object o) {
      return this == o
          || (o instanceof ConstructorMapping c
              && type.equals(c.type)
              && columns.equals(c.columns));
    }

    @Override
    public int hashCode() {
      return type.hashCode() * 31 + columns.hashCode();
    }
  }

  /**
   * Reads one column as {@code type}: by 1-based {@code index} when the columns are known, else
   * (index 0) by the label matching {@code name} at run time. {@code checked} means the compiler
   * proved the column non-null or the type is not primitive; otherwise a primitive read is guarded
   * against NULL at run time. {@code sqlType} and {@code nullable} describe the column as the
   * analyser inferred it (null and true when it could not), for a comment beside the read; {@code
   * enumMapping} turns the SQL value into a Java enum constant, null for other types.
   */
  public record ColumnRead(
      JavaType type,
      int index,
      String name,
      boolean checked,
      String sqlType,
      boolean nullable,
      EnumMapping enumMapping) {

    /** A read the analyser could say nothing about. */
    public ColumnRead(JavaType type, int index, String name, boolean checked) {
      this(type, index, name, checked, null, true, null);
    }

    // Written out: reads are compared and hashed to share row mappers, and the generated record
    // methods are slow until the JIT has compiled them.
    @Override
    public boolean equals(Object o) {
      return this == o
          || (o instanceof ColumnRead c
              && index == c.index
              && checked == c.checked
              && nullable == c.nullable
              && type.equals(c.type)
              && Objects.equals(name, c.name)
              && Objects.equals(sqlType, c.sqlType)
              && Objects.equals(enumMapping, c.enumMapping));
    }

    @Override
    public int hashCode() {
      return (type.hashCode() * 31 + index) * 31 + Objects.hashCode(name);
    }
  }
}
