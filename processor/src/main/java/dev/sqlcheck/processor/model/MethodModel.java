package dev.sqlcheck.processor.model;

import java.util.List;

/**
 * One {@code @Query} method as read from the source: its name and SQL, its parameters, its return
 * type with the way rows would map to it, whether it declares {@code throws SQLException}, whether
 * {@code @SuppressWarnings("sqlcheck:unused-column")} applies to it, whether it is varargs, and the
 * constants of every Java enum its parameters or rows mention.
 */
public record MethodModel(
    String name,
    String sql,
    List<ParamModel> parameters,
    JType returnType,
    ReturnModel returns,
    boolean throwsSqlException,
    boolean suppressUnusedColumn,
    boolean varargs,
    List<EnumModel> enums) {

  public MethodModel {
    parameters = List.copyOf(parameters);
    enums = List.copyOf(enums);
  }

  /** A method whose signature mentions no Java enum. */
  public MethodModel(
      String name,
      String sql,
      List<ParamModel> parameters,
      JType returnType,
      ReturnModel returns,
      boolean throwsSqlException,
      boolean suppressUnusedColumn,
      boolean varargs) {
    this(
        name,
        sql,
        parameters,
        returnType,
        returns,
        throwsSqlException,
        suppressUnusedColumn,
        varargs,
        List.of());
  }

  /**
   * A method parameter: {@code sqlName} is the name {@code :name} uses ({@code @Param} or the
   * source name), {@code javaName} the source name used in generated code.
   */
  public record ParamModel(String sqlName, String javaName, JType type, ValueShape shape) {}

  /** The return type's shape. */
  public record ReturnModel(ReturnKind kind, RowShape row, String display) {}

  /** How a return type consumes what the statement produces. */
  public enum ReturnKind {
    VOID,
    /** A bare {@code T}: one row, or an update count when {@code T} is {@code int}/{@code long}. */
    SINGLE,
    OPTIONAL,
    LIST,
    STREAM,
    INT_ARRAY,
    LONG_ARRAY,
    UNSUPPORTED
  }
}
