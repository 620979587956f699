package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.List;
import java.util.Set;

/**
 * The conversions {@code make_fn_arguments} and {@code coerce_to_common_type} apply once a type is
 * chosen. Typed inputs were already proven convertible; what can still fail while parsing is an
 * untyped literal, which is read by the target type's input function right away. Parameters
 * declared {@code "any"} or {@code anyelement}-like keep the literal as it is, so nothing is read.
 */
final class ArgCoercion {
  private static final Set<String> KEEPS_LITERAL =
      Set.of(
          PgType.UNKNOWN,
          PgType.ANY,
          PgType.ANYELEMENT,
          PgType.ANYNONARRAY,
          PgType.ANYCOMPATIBLE,
          PgType.ANYCOMPATIBLENONARRAY);

  private final LiteralInput literals;

  ArgCoercion(LiteralInput literals) {
    this.literals = literals;
  }

  /** Converts each argument to the type in the same position, failing as PostgreSQL would. */
  void apply(List<Arg> args, List<PgType> targets) {
    for (int i = 0; i < args.size(); i++) {
      apply(args.get(i), targets.get(i));
    }
  }

  void apply(Arg arg, PgType target) {
    if (!arg.isUntypedConst() || target.isWildcard() || KEEPS_LITERAL.contains(target.name())) {
      return;
    }
    PgError error = literals.check(target, arg.literal());
    if (error != null) {
      throw new PgException(error);
    }
  }
}
