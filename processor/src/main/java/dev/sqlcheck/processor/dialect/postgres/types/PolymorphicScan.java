package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a call's arguments against its polymorphic parameters: which pseudo-types occur,
 * and the types bound to each family so far. The check half ({@code
 * check_generic_type_consistency}) lives here; {@link PolymorphicBinder} adds the enforcement.
 */
class PolymorphicScan {
  final PgCatalog catalog;
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

  PolymorphicScan(PgCatalog catalog) {
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
              "argument declared anycompatiblearray is not an array but type " + actual.display());
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
          "argument declared anycompatiblerange is not a range type but type " + actual.display());
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
}
