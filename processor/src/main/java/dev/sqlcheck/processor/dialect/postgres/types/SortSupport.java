package dev.sqlcheck.processor.dialect.postgres.types;

/**
 * Whether a type can be sorted or compared for equality by default, as the type cache decides
 * ({@code lookup_type_cache} with {@code GetDefaultOpClass}): a default btree operator class for
 * the type, exactly or through a binary-coercible or polymorphic input type, gives ordering and
 * equality; a default hash class gives equality only; an array needs the same of its element. ORDER
 * BY and sorted aggregates need ordering; GROUP BY, DISTINCT and UNION / INTERSECT / EXCEPT without
 * ALL need equality. Types of the user's schema and the wildcard are assumed to have both.
 */
final class SortSupport {
  private final PgCatalog catalog;
  private final Coercions coercions;

  SortSupport(PgCatalog catalog, Coercions coercions) {
    this.catalog = catalog;
    this.coercions = coercions;
  }

  boolean hasOrdering(PgType type) {
    return supports(type, true);
  }

  boolean hasEquality(PgType type) {
    return supports(type, true) || supports(type, false);
  }

  private boolean supports(PgType type, boolean btree) {
    if (type.isWildcard() || type.name().startsWith("u:")) {
      return true;
    }
    PgType element = catalog.elementOf(type);
    if (element != null && type.equals(catalog.arrayOf(element))) {
      return hasOpclass(type, btree) && (btree ? hasOrdering(element) : hasEquality(element));
    }
    return hasOpclass(type, btree);
  }

  private boolean hasOpclass(PgType type, boolean btree) {
    for (String input : catalog.defaultOpclassTypes(btree)) {
      if (coercions.isBinaryCoercible(type, catalog.require(input))) {
        return true;
      }
    }
    return false;
  }

  void requireOrdering(PgType type, String hint) {
    if (!hasOrdering(type)) {
      throw new PgException(
          PgError.of(
                  PgException.UNDEFINED_FUNCTION,
                  "could not identify an ordering operator for type " + type.display())
              .withHint(hint));
    }
  }

  void requireEquality(PgType type) {
    if (!hasEquality(type)) {
      throw PgException.of(
          PgException.UNDEFINED_FUNCTION,
          "could not identify an equality operator for type " + type.display());
    }
  }
}
