package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.schema.SqlType;
import java.util.List;

/**
 * How PostgreSQL resolves one function call: the result type (polymorphic results bound to the
 * arguments; the wildcard when that depends on a wildcard argument), whether the function returns a
 * set, what kind of routine it is, the type each argument is converted to (which is how a bind
 * parameter gets its type), and the chosen function's signature; or PostgreSQL's error.
 */
public final class FunctionMatch {
  /** What the call turned out to be. */
  public enum Kind {
    /** A plain function. */
    FUNCTION,
    /** An aggregate (used without OVER) or an aggregate used as a window function. */
    AGGREGATE,
    /** A true window function, which needs OVER. */
    WINDOW,
    /** A function-style cast such as {@code int4(x)} or {@code text('a')}. */
    CAST,
    /** Wildcard arguments leave several candidates open; only agreed facts are given. */
    UNDETERMINED
  }

  private final SqlType type;
  private final boolean retset;
  private final Kind kind;
  private final List<SqlType> argTypes;
  private final String signature;
  private final PgError error;
  private final PgFunction function;
  private final Polymorphism.Binding binding;

  FunctionMatch(
      SqlType type,
      boolean retset,
      Kind kind,
      List<SqlType> argTypes,
      String signature,
      PgError error,
      PgFunction function,
      Polymorphism.Binding binding) {
    this.type = type;
    this.retset = retset;
    this.kind = kind;
    this.argTypes = argTypes == null ? List.of() : List.copyOf(argTypes);
    this.signature = signature;
    this.error = error;
    this.function = function;
    this.binding = binding;
  }

  static FunctionMatch failed(PgError error) {
    return new FunctionMatch(null, false, null, null, null, error, null, null);
  }

  /** The result type; null when {@link #error()} is set. */
  public SqlType type() {
    return type;
  }

  /** True for a set-returning function ({@code generate_series}, {@code unnest}, ...). */
  public boolean retset() {
    return retset;
  }

  public Kind kind() {
    return kind;
  }

  /** The type each argument is converted to, in call order; empty on error. */
  public List<SqlType> argTypes() {
    return argTypes;
  }

  /** The chosen function, as {@code pg_catalog} declares it: {@code upper(text)}; else null. */
  public String signature() {
    return signature;
  }

  /** PostgreSQL's error for this call, or null. */
  public PgError error() {
    return error;
  }

  public boolean ok() {
    return error == null;
  }

  PgFunction function() {
    return function;
  }

  Polymorphism.Binding binding() {
    return binding;
  }

  @Override
  public String toString() {
    return ok() ? kind + " " + type + (retset ? " (set)" : "") : "ERROR: " + error;
  }
}
