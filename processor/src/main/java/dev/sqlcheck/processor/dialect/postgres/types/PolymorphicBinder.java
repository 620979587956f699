package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * The enforcement half of {@code enforce_generic_type_consistency}: after the scan, settles the
 * element, array, range and multirange types of family 1 and the common type of family 2 into a
 * {@link Polymorphism.Binding}, raising PostgreSQL's error when they cannot agree.
 */
final class PolymorphicBinder extends PolymorphicScan {

  PolymorphicBinder(PgCatalog catalog) {
    super(catalog);
  }

  /** The family-1 half of {@code enforce_generic_type_consistency}. */
  void bindFamily1(Polymorphism.Binding b) {
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
  void bindFamily2(Polymorphism.Binding b, CommonTypes commonTypes) {
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
      b.compatibleArray = Polymorphism.arrayOrError(catalog, common);
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

  private void bindUntypedFamily2(Polymorphism.Binding b) {
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
