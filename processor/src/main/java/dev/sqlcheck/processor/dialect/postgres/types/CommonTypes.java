package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.List;

/**
 * The common-type choice of {@code select_common_type} (and its twin {@code
 * select_common_type_from_oids} for the anycompatible family): all inputs of one type give that
 * type; untyped inputs are skipped and all-untyped gives {@code text}; otherwise every typed input
 * must share a type category, and the candidate moves to a later type it converts to implicitly
 * (but not back), unless the candidate is already the category's preferred type.
 *
 * <p>Choosing the type does not prove that every input converts to it; {@link #verify} is that
 * second step.
 */
final class CommonTypes {
  private final PgCatalog catalog;
  private final Coercions coercions;

  CommonTypes(PgCatalog catalog, Coercions coercions) {
    this.catalog = catalog;
    this.coercions = coercions;
  }

  /**
   * {@code select_common_type}. With a {@code context} ("UNION", "CASE", ...) a category clash is
   * PostgreSQL's error; with a null context it gives null instead.
   */
  PgType select(List<PgType> types, String context) {
    return select(types, context == null ? null : context + " types", context == null);
  }

  /** {@code select_common_type_from_oids}, as the anycompatible family uses it. */
  PgType selectForPolymorphism(List<PgType> types, boolean noError) {
    return select(types, "argument types", noError);
  }

  private PgType select(List<PgType> types, String wording, boolean noError) {
    PgType chosen = types.get(0);
    if (!chosen.isUnknown() && types.stream().allMatch(chosen::equals)) {
      return chosen;
    }
    for (PgType next : types.subList(1, types.size())) {
      if (next.isUnknown() || next.equals(chosen)) {
        continue;
      }
      if (chosen.isUnknown()) {
        chosen = next;
      } else if (next.category() != chosen.category()) {
        if (noError) {
          return null;
        }
        throw PgException.of(
            PgException.DATATYPE_MISMATCH,
            wording + " " + chosen.display() + " and " + next.display() + " cannot be matched");
      } else if (!chosen.preferred()
          && coercions.canCoerce(chosen, next, CoercionContext.IMPLICIT)
          && !coercions.canCoerce(next, chosen, CoercionContext.IMPLICIT)) {
        chosen = next;
      }
    }
    return chosen.isUnknown() ? catalog.require(PgType.TEXT) : chosen;
  }

  /** {@code verify_common_type}: does every input convert implicitly to {@code common}? */
  boolean verify(PgType common, List<PgType> types) {
    for (PgType t : types) {
      if (!coercions.canCoerce(t, common, CoercionContext.IMPLICIT)) {
        return false;
      }
    }
    return true;
  }
}
