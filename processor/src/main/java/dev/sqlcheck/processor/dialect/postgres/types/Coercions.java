package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.List;

/**
 * Which conversions between types exist, after {@code find_coercion_pathway}, {@code
 * can_coerce_type} and {@code IsBinaryCoercible} in PostgreSQL's {@code parse_coerce.c}: a {@code
 * pg_cast} row usable in the context; else element-wise conversion between two true arrays; else
 * conversion through text I/O, allowed to a string type on assignment and from a string type on an
 * explicit cast. On top of that, an untyped literal converts to anything, any type to {@code
 * "any"}, and polymorphic parameters accept whatever stays consistent across the call.
 *
 * <p>The {@link PgType#WILDCARD} converts to and from anything, so that a type sqlcheck could not
 * infer never produces an error of its own.
 */
final class Coercions {
  /** How a conversion is done, as {@code CoercionPathType}. */
  enum Path {
    NONE,
    RELABEL,
    FUNCTION,
    ARRAY,
    IO
  }

  private final PgCatalog catalog;
  private Polymorphism polymorphism;

  Coercions(PgCatalog catalog) {
    this.catalog = catalog;
  }

  void setPolymorphism(Polymorphism polymorphism) {
    this.polymorphism = polymorphism;
  }

  /** {@code find_coercion_pathway} for concrete (non-polymorphic) types. */
  Path pathway(PgType target, PgType source, CoercionContext context) {
    if (source.equals(target)) {
      return Path.RELABEL;
    }
    PgCatalog.Cast cast = catalog.cast(source, target);
    if (cast != null) {
      if (!context.allows(cast.context())) {
        return Path.NONE;
      }
      return switch (cast.method()) {
        case 'f' -> Path.FUNCTION;
        case 'i' -> Path.IO;
        default -> Path.RELABEL;
      };
    }
    // int2vector and oidvector count as arrays elsewhere, but must not capture array casts.
    if (!target.is("int2vector") && !target.is("oidvector")) {
      PgType targetElement = catalog.elementOf(target);
      PgType sourceElement = catalog.elementOf(source);
      if (targetElement != null
          && sourceElement != null
          && pathway(targetElement, sourceElement, context) != Path.NONE) {
        return Path.ARRAY;
      }
    }
    if (context != CoercionContext.IMPLICIT && target.category() == 'S') {
      return Path.IO;
    }
    if (context == CoercionContext.EXPLICIT && source.category() == 'S') {
      return Path.IO;
    }
    return Path.NONE;
  }

  boolean canCoerce(PgType input, PgType target, CoercionContext context) {
    return canCoerce(List.of(input), List.of(target), context);
  }

  /** {@code can_coerce_type}: can each input be converted to the target in the same position? */
  boolean canCoerce(List<PgType> inputs, List<PgType> targets, CoercionContext context) {
    boolean generics = false;
    for (int i = 0; i < inputs.size(); i++) {
      PgType input = inputs.get(i);
      PgType target = targets.get(i);
      if (input.equals(target)
          || target.is(PgType.ANY)
          || input.isWildcard()
          || target.isWildcard()) {
        continue;
      }
      if (target.isPolymorphic()) {
        generics = true;
        continue;
      }
      // PostgreSQL 15.20 refuses untyped literals for internal parameters (NULL::internal fails
      // with "cannot cast type unknown to internal"); the sources we read predate that rule.
      if (input.isUnknown() && !target.is("internal")) {
        continue;
      }
      if (!input.isUnknown() && pathway(target, input, context) != Path.NONE) {
        continue;
      }
      if (!coercesAsRow(input, target)) {
        return false;
      }
    }
    return !generics || polymorphism.isConsistent(inputs, targets);
  }

  /** The record / composite special cases of {@code can_coerce_type}. */
  private boolean coercesAsRow(PgType input, PgType target) {
    if (input.is(PgType.RECORD) && target.isComposite()) {
      return true;
    }
    if (target.is(PgType.RECORD) && input.isComposite()) {
      return true;
    }
    if (target.is(PgType.RECORD_ARRAY)) {
      PgType element = catalog.elementOf(input);
      return element != null && element.isComposite();
    }
    return false;
  }

  /** {@code IsBinaryCoercible}: usable without any conversion step. */
  boolean isBinaryCoercible(PgType source, PgType target) {
    if (source.equals(target)
        || target.is(PgType.ANY)
        || target.is(PgType.ANYELEMENT)
        || target.is(PgType.ANYCOMPATIBLE)) {
      return true;
    }
    boolean array = source.isArray();
    if ((target.is(PgType.ANYARRAY) || target.is(PgType.ANYCOMPATIBLEARRAY)) && array) {
      return true;
    }
    if ((target.is(PgType.ANYNONARRAY) || target.is(PgType.ANYCOMPATIBLENONARRAY)) && !array) {
      return true;
    }
    if (target.is(PgType.ANYENUM) && source.isEnum()) {
      return true;
    }
    if ((target.is(PgType.ANYRANGE) || target.is(PgType.ANYCOMPATIBLERANGE)) && source.isRange()) {
      return true;
    }
    if ((target.is(PgType.ANYMULTIRANGE) || target.is(PgType.ANYCOMPATIBLEMULTIRANGE))
        && source.isMultirange()) {
      return true;
    }
    if (target.is(PgType.RECORD) && source.isComposite()) {
      return true;
    }
    PgCatalog.Cast cast = catalog.cast(source, target);
    return cast != null && cast.method() == 'b' && cast.context() == 'i';
  }
}
