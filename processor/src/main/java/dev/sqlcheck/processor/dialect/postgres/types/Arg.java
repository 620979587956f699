package dev.sqlcheck.processor.dialect.postgres.types;

import dev.sqlcheck.processor.schema.SqlType;
import java.util.Objects;

/**
 * One input to a resolution question: an operand, a function argument, a CASE arm. It is one of
 *
 * <ul>
 *   <li>{@link #of typed}: an expression of a known type, such as a column or {@code 1};
 *   <li>{@link #untyped untyped}: a string literal such as {@code 'abc'}, or {@code NULL}, whose
 *       type PostgreSQL calls {@code unknown} and settles from its context. The text is kept
 *       because converting it is a parse-time check ({@code 1 UNION 'x'} fails);
 *   <li>{@link #parameter}: a bind parameter whose type PostgreSQL infers from its context;
 *   <li>{@link #wildcard}: a type sqlcheck could not infer ({@link SqlType#UNKNOWN}). It never
 *       causes an error; results that depend on it are wildcards too.
 * </ul>
 *
 * {@code constant} marks a typed input without column references, which only {@code IN} lists care
 * about; {@code name} is set for a named function argument ({@code f(x => 1)}).
 */
public record Arg(Kind kind, SqlType type, String literal, boolean constant, String name) {

  /** What sort of input this is. */
  public enum Kind {
    TYPED,
    UNTYPED_LITERAL,
    PARAMETER,
    WILDCARD
  }

  public Arg {
    Objects.requireNonNull(kind);
  }

  /** An expression of this type; {@link SqlType#UNKNOWN} gives the wildcard. */
  public static Arg of(SqlType type) {
    if (type == null || type.isUnknown()) {
      return wildcard();
    }
    return new Arg(Kind.TYPED, type, null, false, null);
  }

  /** A typed expression without column references ({@code 2.5}, {@code NULL::int}). */
  public static Arg constant(SqlType type) {
    Arg a = of(type);
    return new Arg(a.kind, a.type, null, true, null);
  }

  /** An untyped string literal; {@code text} is its value without quotes. */
  public static Arg untyped(String text) {
    return new Arg(Kind.UNTYPED_LITERAL, null, Objects.requireNonNull(text), true, null);
  }

  /** The untyped {@code NULL} literal. */
  public static Arg untypedNull() {
    return new Arg(Kind.UNTYPED_LITERAL, null, null, true, null);
  }

  /** A bind parameter with no declared type. */
  public static Arg parameter() {
    return new Arg(Kind.PARAMETER, null, null, true, null);
  }

  public static Arg wildcard() {
    return new Arg(Kind.WILDCARD, null, null, false, null);
  }

  /** The same input passed by name, as in {@code make_interval(days => 1)}. */
  public Arg named(String argumentName) {
    return new Arg(kind, type, literal, constant, Objects.requireNonNull(argumentName));
  }

  public boolean isWildcard() {
    return kind == Kind.WILDCARD;
  }

  /** An untyped literal or parameter: PostgreSQL's {@code unknown}. */
  public boolean isUntyped() {
    return kind == Kind.UNTYPED_LITERAL || kind == Kind.PARAMETER;
  }

  /** A literal constant in PostgreSQL's sense ({@code IsA(node, Const)}) of type unknown. */
  boolean isUntypedConst() {
    return kind == Kind.UNTYPED_LITERAL;
  }

  @Override
  public String toString() {
    String base =
        switch (kind) {
          case TYPED -> type.toString();
          case UNTYPED_LITERAL -> literal == null ? "NULL" : "'" + literal + "'";
          case PARAMETER -> "$?";
          case WILDCARD -> "?";
        };
    return name == null ? base : name + " => " + base;
  }
}
