package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
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
    Scan scan = new Scan(catalog);
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
    Scan scan = new Scan(catalog);
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
          "could not find array type for data type " + element.display());
    }
    return array;
  }

  /** What one pass over the arguments learned; shared by the check and the enforcement. */
  private static final class Scan {
    private final PgCatalog catalog;
    int family1Args;
    boolean family2;
    boolean sawWildcard;
    boolean nonArray;
    boolean isEnum;
    boolean wantsMultirange;
    boolean compatibleNonArray;
    boolean compatibleArray;
    boolean compatibleRange;
    boolean compatibleMultirange;
    PgType element;
    PgType array;
    PgType range;
    PgType multirange;
    PgType acRange;
    PgType acRangeElement;
    PgType acMultirange;
    PgType acMultirangeRange;
    final List<PgType> compatibleTypes = new ArrayList<>();

    Scan(PgCatalog catalog) {
      this.catalog = catalog;
    }

    void noteResult(PgType result) {
      nonArray = result.is(PgType.ANYNONARRAY);
      isEnum = result.is(PgType.ANYENUM);
      wantsMultirange = result.is(PgType.ANYMULTIRANGE);
      compatibleNonArray = result.is(PgType.ANYCOMPATIBLENONARRAY);
      compatibleArray = result.is(PgType.ANYCOMPATIBLEARRAY);
      compatibleRange = result.is(PgType.ANYCOMPATIBLERANGE);
      compatibleMultirange = result.is(PgType.ANYCOMPATIBLEMULTIRANGE);
    }

    /**
     * Records one argument. In check mode a conflict returns false; in enforce mode it throws
     * PostgreSQL's error.
     */
    boolean add(PgType declared, PgType actual, boolean enforce) {
      if (!declared.isPolymorphic()) {
        return true;
      }
      sawWildcard |= actual.isWildcard();
      boolean untyped = actual.isUnknown() || actual.isWildcard();
      if (declared.isFamily1()) {
        family1Args++;
        return addFamily1(declared, actual, untyped, enforce);
      }
      family2 = true;
      return addFamily2(declared, actual, untyped, enforce);
    }

    private boolean addFamily1(PgType declared, PgType actual, boolean untyped, boolean enforce) {
      switch (declared.name()) {
        case PgType.ANYNONARRAY -> nonArray = true;
        case PgType.ANYENUM -> isEnum = true;
        case PgType.ANYMULTIRANGE -> wantsMultirange = true;
        default -> {}
      }
      if (untyped) {
        return true;
      }
      switch (declared.name()) {
        case PgType.ANYARRAY -> {
          if (!alike(array, actual, "anyarray", enforce)) {
            return false;
          }
          array = actual;
        }
        case PgType.ANYRANGE -> {
          if (!alike(range, actual, "anyrange", enforce)) {
            return false;
          }
          range = actual;
        }
        case PgType.ANYMULTIRANGE -> {
          if (!alike(multirange, actual, "anymultirange", enforce)) {
            return false;
          }
          multirange = actual;
        }
        default -> {
          if (!alike(element, actual, "anyelement", enforce)) {
            return false;
          }
          element = actual;
        }
      }
      return true;
    }

    private static boolean alike(PgType bound, PgType actual, String what, boolean enforce) {
      if (bound == null || bound.equals(actual)) {
        return true;
      }
      if (!enforce) {
        return false;
      }
      throw new PgException(
          PgError.of(
                  PgException.DATATYPE_MISMATCH,
                  "arguments declared \"" + what + "\" are not all alike")
              .withDetail(bound.display() + " versus " + actual.display()));
    }

    private boolean addFamily2(PgType declared, PgType actual, boolean untyped, boolean enforce) {
      switch (declared.name()) {
        case PgType.ANYCOMPATIBLENONARRAY -> compatibleNonArray = true;
        case PgType.ANYCOMPATIBLEARRAY -> compatibleArray = true;
        case PgType.ANYCOMPATIBLERANGE -> compatibleRange = true;
        case PgType.ANYCOMPATIBLEMULTIRANGE -> compatibleMultirange = true;
        default -> {}
      }
      if (untyped) {
        return true;
      }
      switch (declared.name()) {
        case PgType.ANYCOMPATIBLEARRAY -> {
          PgType e = catalog.elementOf(actual);
          if (e == null) {
            return fail(
                enforce,
                "argument declared anycompatiblearray is not an array but type "
                    + actual.display());
          }
          compatibleTypes.add(e);
        }
        case PgType.ANYCOMPATIBLERANGE -> {
          return addCompatibleRange(actual, enforce);
        }
        case PgType.ANYCOMPATIBLEMULTIRANGE -> {
          return addCompatibleMultirange(actual, enforce);
        }
        default -> compatibleTypes.add(actual);
      }
      return true;
    }

    private boolean addCompatibleRange(PgType actual, boolean enforce) {
      if (acRange != null) {
        return alike(acRange, actual, "anycompatiblerange", enforce);
      }
      acRange = actual;
      acRangeElement = catalog.rangeSubtype(actual);
      if (acRangeElement == null) {
        return fail(
            enforce,
            "argument declared anycompatiblerange is not a range type but type "
                + actual.display());
      }
      compatibleTypes.add(acRangeElement);
      return true;
    }

    private boolean addCompatibleMultirange(PgType actual, boolean enforce) {
      if (acMultirange != null) {
        return alike(acMultirange, actual, "anycompatiblemultirange", enforce);
      }
      acMultirange = actual;
      acMultirangeRange = catalog.multirangeRange(actual);
      if (acMultirangeRange == null) {
        return fail(
            enforce,
            "argument declared anycompatiblemultirange is not a multirange type but type "
                + actual.display());
      }
      return true;
    }

    private static boolean fail(boolean enforce, String message) {
      if (enforce) {
        throw PgException.of(PgException.DATATYPE_MISMATCH, message);
      }
      return false;
    }

    /** The tail of {@code check_generic_type_consistency}. */
    boolean finishCheck(CommonTypes commonTypes) {
      if (array != null && !array.is(PgType.ANYARRAY)) {
        PgType e = catalog.elementOf(array);
        if (e == null || (element != null && !e.equals(element))) {
          return false;
        }
        element = e;
      }
      if (multirange != null) {
        PgType r = catalog.multirangeRange(multirange);
        if (r == null || (range != null && !r.equals(range))) {
          return false;
        }
        range = r;
      }
      if (range != null) {
        PgType sub = catalog.rangeSubtype(range);
        if (sub == null || (element != null && !sub.equals(element))) {
          return false;
        }
        element = sub;
      }
      if (nonArray && element != null && element.isArray()) {
        return false;
      }
      // A wildcard argument could be any enum, so only a known element can fail this.
      boolean unboundByWildcard = element == null && sawWildcard;
      if (isEnum && !unboundByWildcard && (element == null || !element.isEnum())) {
        return false;
      }
      return finishCheckFamily2(commonTypes);
    }

    private boolean finishCheckFamily2(CommonTypes commonTypes) {
      if (acMultirange != null) {
        if (acRange != null) {
          if (!acMultirangeRange.equals(acRange)) {
            return false;
          }
        } else {
          acRange = acMultirangeRange;
          acRangeElement = catalog.rangeSubtype(acRange);
          if (acRangeElement == null) {
            return false;
          }
          compatibleTypes.add(acRangeElement);
        }
      }
      if (compatibleTypes.isEmpty()) {
        return true;
      }
      PgType common = commonTypes.selectForPolymorphism(compatibleTypes, true);
      if (common == null || !commonTypes.verify(common, compatibleTypes)) {
        return false;
      }
      if (compatibleNonArray && common.isArray()) {
        return false;
      }
      return acRangeElement == null || acRangeElement.equals(common);
    }

    /** The family-1 half of {@code enforce_generic_type_consistency}. */
    void bindFamily1(Binding b) {
      if (array != null) {
        PgType e;
        if (array.is(PgType.ANYARRAY)) {
          if (family1Args != 1) {
            throw PgException.of(
                PgException.DATATYPE_MISMATCH,
                "cannot determine element type of \"anyarray\" argument");
          }
          e = catalog.require(PgType.ANYELEMENT);
        } else {
          e = catalog.elementOf(array);
          if (e == null) {
            throw PgException.of(
                PgException.DATATYPE_MISMATCH,
                "argument declared anyarray is not an array but type " + array.display());
          }
        }
        if (element == null) {
          element = e;
        } else if (!e.equals(element)) {
          throw inconsistent("anyarray", "anyelement", array, element);
        }
      }
      bindRanges();
      if (element == null) {
        throw PgException.of(
            PgException.DATATYPE_MISMATCH,
            "could not determine polymorphic type because input has type unknown");
      }
      checkElementKind();
      b.element = element;
      b.array = array;
      b.range = range;
      b.multirange = multirange;
    }

    private void bindRanges() {
      if (multirange != null) {
        PgType r = catalog.multirangeRange(multirange);
        if (r == null) {
          throw PgException.of(
              PgException.DATATYPE_MISMATCH,
              "argument declared anymultirange is not a multirange type but type "
                  + multirange.display());
        }
        if (range == null) {
          range = r;
        } else if (!r.equals(range)) {
          throw inconsistent("anymultirange", "anyrange", multirange, range);
        }
      } else if (wantsMultirange && range != null) {
        multirange = catalog.rangeMultirange(range);
      }
      if (range != null) {
        PgType sub = catalog.rangeSubtype(range);
        if (sub == null) {
          throw PgException.of(
              PgException.DATATYPE_MISMATCH,
              "argument declared anyrange is not a range type but type " + range.display());
        }
        if (element == null) {
          element = sub;
        } else if (!sub.equals(element)) {
          throw inconsistent("anyrange", "anyelement", range, element);
        }
      }
    }

    private void checkElementKind() {
      boolean pseudo = element.is(PgType.ANYELEMENT);
      if (nonArray && !pseudo && element.isArray()) {
        throw PgException.of(
            PgException.DATATYPE_MISMATCH,
            "type matched to anynonarray is an array type: " + element.display());
      }
      if (isEnum && !pseudo && !element.isEnum()) {
        throw PgException.of(
            PgException.DATATYPE_MISMATCH,
            "type matched to anyenum is not an enum type: " + element.display());
      }
    }

    private static PgException inconsistent(String a, String b, PgType x, PgType y) {
      return new PgException(
          PgError.of(
                  PgException.DATATYPE_MISMATCH,
                  "argument declared " + a + " is not consistent with argument declared " + b)
              .withDetail(x.display() + " versus " + y.display()));
    }

    /** The family-2 half of {@code enforce_generic_type_consistency}. */
    void bindFamily2(Binding b, CommonTypes commonTypes) {
      if (acMultirange != null) {
        if (acRange != null) {
          if (!acMultirangeRange.equals(acRange)) {
            throw inconsistent(
                "anycompatiblemultirange", "anycompatiblerange", acMultirange, acRange);
          }
        } else {
          acRange = acMultirangeRange;
          acRangeElement = catalog.rangeSubtype(acRange);
          compatibleRange = true;
          compatibleTypes.add(acRangeElement);
        }
      } else if (compatibleMultirange && acRange != null) {
        acMultirange = catalog.rangeMultirange(acRange);
      }
      if (compatibleTypes.isEmpty()) {
        bindUntypedFamily2(b);
        return;
      }
      PgType common = commonTypes.selectForPolymorphism(compatibleTypes, false);
      if (!commonTypes.verify(common, compatibleTypes)) {
        throw PgException.of(
            PgException.DATATYPE_MISMATCH,
            "arguments of anycompatible family cannot be cast to a common type");
      }
      b.compatible = common;
      if (compatibleArray) {
        b.compatibleArray = arrayOrError(catalog, common);
      }
      checkCompatibleRanges(common);
      if (compatibleNonArray && common.isArray()) {
        throw PgException.of(
            PgException.DATATYPE_MISMATCH,
            "type matched to anycompatiblenonarray is an array type: " + common.display());
      }
      b.compatibleRange = acRange;
      b.compatibleMultirange = acMultirange;
    }

    private void checkCompatibleRanges(PgType common) {
      if (compatibleRange) {
        requireBound(acRange, "anycompatiblerange");
        if (!acRangeElement.equals(common)) {
          throw PgException.of(
              PgException.DATATYPE_MISMATCH,
              "anycompatiblerange type "
                  + acRange.display()
                  + " does not match anycompatible type "
                  + common.display());
        }
      }
      if (compatibleMultirange) {
        requireBound(acMultirange, "anycompatiblemultirange");
        if (!acRangeElement.equals(common)) {
          throw PgException.of(
              PgException.DATATYPE_MISMATCH,
              "anycompatiblemultirange type "
                  + acMultirange.display()
                  + " does not match anycompatible type "
                  + common.display());
        }
      }
    }

    private void bindUntypedFamily2(Binding b) {
      b.compatible = catalog.require(PgType.TEXT);
      b.compatibleArray = catalog.arrayOf(b.compatible);
      if (compatibleRange) {
        requireBound(null, "anycompatiblerange");
      }
      if (compatibleMultirange) {
        requireBound(null, "anycompatiblemultirange");
      }
    }

    private static void requireBound(PgType bound, String what) {
      if (bound == null) {
        throw PgException.of(
            PgException.DATATYPE_MISMATCH,
            "could not determine polymorphic type " + what + " because input has type unknown");
      }
    }
  }
}
