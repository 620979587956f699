package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.List;

/**
 * Binding of polymorphic parameters per call, after {@code check_generic_type_consistency} and
 * {@code enforce_generic_type_consistency}. Family 1 ({@code anyelement}, {@code anyarray}, {@code
 * anynonarray}, {@code anyenum}, {@code anyrange}, {@code anymultirange}) must all agree on one
 * element type, exactly; family 2 ({@code anycompatible...}) takes the common type of its inputs,
 * to which they are then converted. Untyped literals adopt the bound type, and a family with only
 * untyped inputs is an error for family 1 and {@code text} for family 2.
 */
final class Polymorphism {
  private final PgCatalog catalog;
  private final CommonTypes commonTypes;

  Polymorphism(PgCatalog catalog, CommonTypes commonTypes) {
    this.catalog = catalog;
    this.commonTypes = commonTypes;
  }

  /** {@code check_generic_type_consistency}: could these inputs bind at all? */
  boolean isConsistent(List<PgType> actual, List<PgType> declared) {
    PolymorphicScan scan = new PolymorphicScan(catalog);
    for (int i = 0; i < actual.size(); i++) {
      if (!scan.add(declared.get(i), actual.get(i), false)) {
        return false;
      }
    }
    return scan.finishCheck(commonTypes);
  }

  /**
   * {@code enforce_generic_type_consistency}: binds the polymorphic parameters, rewrites {@code
   * declared} in place to the types the arguments will be converted to, and returns the binding,
   * which resolves the result type. Throws PostgreSQL's error when the call cannot bind.
   */
  Binding enforce(List<PgType> actual, List<PgType> declared, PgType result) {
    PolymorphicBinder scan = new PolymorphicBinder(catalog);
    scan.noteResult(result);
    for (int i = 0; i < actual.size(); i++) {
      scan.add(declared.get(i), actual.get(i), true);
    }
    Binding binding = new Binding(catalog);
    if (scan.family1Args == 0 && !scan.family2) {
      // PostgreSQL leaves a polymorphic result unresolved here (array_in returns anyarray).
      binding.passthrough = true;
      return binding;
    }
    if (scan.family1Args > 0) {
      scan.bindFamily1(binding);
    }
    if (scan.family2) {
      scan.bindFamily2(binding, commonTypes);
    }
    for (int i = 0; i < declared.size(); i++) {
      PgType d = declared.get(i);
      if (d.isFamily2() || (d.isFamily1() && actual.get(i).isUnknown())) {
        declared.set(i, binding.resolve(d));
      }
    }
    return binding;
  }

  /** The types bound to each polymorphic pseudo-type in one call. */
  static final class Binding {
    private final PgCatalog catalog;
    boolean passthrough;
    PgType element;
    PgType array;
    PgType range;
    PgType multirange;
    PgType compatible;
    PgType compatibleArray;
    PgType compatibleRange;
    PgType compatibleMultirange;

    Binding(PgCatalog catalog) {
      this.catalog = catalog;
    }

    /** The concrete type for {@code declared}; non-polymorphic types come back unchanged. */
    PgType resolve(PgType declared) {
      if (!declared.isPolymorphic() || passthrough) {
        return declared;
      }
      return switch (declared.name()) {
        case PgType.ANYELEMENT, PgType.ANYNONARRAY, PgType.ANYENUM -> element;
        case PgType.ANYARRAY -> arrayType();
        case PgType.ANYRANGE -> required(range, "anyrange");
        case PgType.ANYMULTIRANGE -> required(multirange, "anymultirange");
        case PgType.ANYCOMPATIBLE, PgType.ANYCOMPATIBLENONARRAY -> compatible;
        case PgType.ANYCOMPATIBLEARRAY -> compatibleArray;
        case PgType.ANYCOMPATIBLERANGE -> compatibleRange;
        default -> compatibleMultirange;
      };
    }

    private PgType arrayType() {
      if (array == null) {
        array = arrayOrError(catalog, element);
      }
      return array;
    }

    private static PgType required(PgType bound, String what) {
      if (bound == null) {
        throw PgException.of(
            PgException.DATATYPE_MISMATCH,
            "could not determine polymorphic type " + what + " because input has type unknown");
      }
      return bound;
    }
  }

  static PgType arrayOrError(PgCatalog catalog, PgType element) {
    PgType array = element == null ? null : catalog.arrayOf(element);
    if (array == null) {
      throw PgException.of(
          PgException.UNDEFINED_OBJECT,
          "could not find array type for data type "
              + (element == null ? PgType.UNKNOWN : element.display()));
    }
    return array;
  }
}
