package dev.sqlcheck.processor.analysis;

import dev.sqlcheck.processor.catalog.SqlType;
import dev.sqlcheck.processor.dialect.postgres.types.Arg;
import dev.sqlcheck.processor.sql.ast.Expr;

/**
 * What an expression evaluates to, as PostgreSQL's parse analysis sees it: a value of a known type;
 * an untyped literal ({@code 'abc'} or {@code NULL}, PostgreSQL's {@code unknown}, settled by its
 * context); an untyped bind parameter ({@code :name}); or a wildcard, when sqlcheck could not infer
 * the type (accepted by every check, never the cause of an error).
 *
 * <p>{@code constant} marks a value without column references; {@code literal} is the text of an
 * untyped string literal (null for {@code NULL}); {@code param} is the {@code :name} a parameter
 * value stands for, so that the type its context expects can be recorded; {@code guessed} marks a
 * value whose type came from an untyped parameter's other operand ({@code :from + interval '1 day'}
 * is an interval), which a later error should mention.
 */
record Val(
    Kind kind,
    SqlType type,
    boolean nullable,
    boolean constant,
    String literal,
    Expr.NamedParameter param,
    boolean guessed) {

  /** What sort of value this is. */
  enum Kind {
    TYPED,
    LITERAL,
    PARAMETER,
    WILDCARD
  }

  static Val typed(SqlType type, boolean nullable) {
    if (type == null || type.isUnknown()) {
      return wildcard(nullable);
    }
    return new Val(Kind.TYPED, type, nullable, false, null, null, false);
  }

  static Val constant(SqlType type, boolean nullable) {
    return typed(type, nullable).asConstant();
  }

  static Val literal(String text) {
    return new Val(Kind.LITERAL, null, text == null, true, text, null, false);
  }

  static Val parameter(Expr.NamedParameter param) {
    return new Val(Kind.PARAMETER, null, true, true, null, param, false);
  }

  static Val wildcard(boolean nullable) {
    return new Val(Kind.WILDCARD, SqlType.UNKNOWN, nullable, false, null, null, false);
  }

  static Val wildcard() {
    return wildcard(true);
  }

  Val asGuessed() {
    return new Val(kind, type, nullable, constant, literal, param, true);
  }

  Val asConstant() {
    return new Val(kind, type, nullable, true, literal, param, guessed);
  }

  Val withNullable(boolean newNullable) {
    return new Val(kind, type, newNullable, constant, literal, param, guessed);
  }

  /** The same value, no longer a constant (it depends on a column). */
  Val dependent() {
    return constant ? new Val(kind, type, nullable, false, literal, param, guessed) : this;
  }

  boolean isWildcard() {
    return kind == Kind.WILDCARD;
  }

  boolean isUntyped() {
    return kind == Kind.LITERAL || kind == Kind.PARAMETER;
  }

  /**
   * The type this value has once nothing else decides it: an untyped literal or parameter becomes
   * {@code text} (as PostgreSQL resolves unknowns in a select list), a wildcard stays a wildcard.
   */
  SqlType resolvedType() {
    return switch (kind) {
      case TYPED -> type;
      case LITERAL -> SqlType.of("text");
      case PARAMETER, WILDCARD -> SqlType.UNKNOWN;
    };
  }

  /** This value as an input to the type system's questions. */
  Arg arg() {
    return switch (kind) {
      case TYPED -> constant ? Arg.constant(type) : Arg.of(type);
      case LITERAL -> literal == null ? Arg.untypedNull() : Arg.untyped(literal);
      case PARAMETER -> Arg.parameter();
      case WILDCARD -> Arg.wildcard();
    };
  }
}
