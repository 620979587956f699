package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * SET and RESET of a run-time parameter:
 *
 * <pre>{@code
 * SET search_path TO "$user", public    -> VariableSet(SET, "search_path", ["$user", public])
 * SET LOCAL statement_timeout = 0       -> VariableSet(SET, local, "statement_timeout", [0])
 * SET TIME ZONE 'UTC'                   -> VariableSet(SET, "timezone", ['UTC'])
 * SET SCHEMA 'app'                      -> VariableSet(SET, "search_path", ['app'])
 * SET client_encoding TO DEFAULT        -> VariableSet(SET_DEFAULT, "client_encoding")
 * RESET ALL                             -> VariableSet(RESET_ALL, null)
 * }</pre>
 *
 * @param name the parameter as PostgreSQL names it (lower case, dotted for custom parameters;
 *     {@code timezone}, {@code search_path}, {@code client_encoding}, {@code role}, {@code
 *     session_authorization}, {@code xmloption}, {@code transaction_isolation} for the SQL forms;
 *     {@code transaction}, {@code session characteristics} and {@code transaction snapshot} for the
 *     transaction forms), or null for RESET ALL
 * @param values the values: {@link Expr.StringLiteral}, {@link Expr.NumberLiteral}, {@link
 *     Identifier} (a word such as {@code public}, {@code on}, {@code "$user"}) or, for an interval
 *     time zone, an {@link Expr.TypeCast}; for the transaction forms the modes as identifiers
 */
public record VariableSet(
    Kind kind, boolean local, String name, List<Node> values, int start, int end)
    implements Statement {
  public VariableSet {
    values = List.copyOf(values);
  }

  /** What the statement does. */
  public enum Kind {
    /** {@code SET name TO|= value, …}. */
    SET,
    /** {@code SET name TO DEFAULT}. */
    SET_DEFAULT,
    /** {@code SET name FROM CURRENT}. */
    SET_CURRENT,
    /** {@code RESET name}. */
    RESET,
    /** {@code RESET ALL}. */
    RESET_ALL
  }
}
