package dev.sqlcheck.processor.sql.ast;

/**
 * A parameter of CREATE FUNCTION/PROCEDURE ({@code [mode] [name] type [DEFAULT expr]}) or a column
 * of {@code RETURNS TABLE (…)}. PostgreSQL accepts the mode before or after the name.
 *
 * @param name the parameter name, or null
 * @param mode the mode as written ({@link Mode#DEFAULT} when none; {@link Mode#TABLE} for a column
 *     of RETURNS TABLE)
 * @param copiedType whether the type was written {@code name%TYPE}: then {@code type} holds the
 *     referenced column's name as a type name
 * @param defaultValue the {@code DEFAULT} or {@code =} expression, or null
 */
public record FunctionParameter(
    Identifier name,
    Mode mode,
    TypeName type,
    boolean copiedType,
    Expr defaultValue,
    int start,
    int end)
    implements Node {

  /** Argument modes. */
  public enum Mode {
    DEFAULT,
    IN,
    OUT,
    INOUT,
    VARIADIC,
    TABLE
  }
}
