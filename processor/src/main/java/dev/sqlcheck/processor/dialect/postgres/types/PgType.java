package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.Set;

/**
 * A PostgreSQL data type as type resolution sees it: the {@code pg_type} facts that coercion,
 * common-type selection and overload resolution consult. {@code name} is the catalog's {@code
 * typname} ({@code int4}, {@code _text}) and identifies the type; {@code display} is its {@code
 * format_type} spelling ({@code integer}, {@code text[]}) used in messages. {@code element} is set
 * only for true arrays, {@code array} names the array type over this one, {@code rangeSubtype} is
 * set for ranges, and {@code partner} links a range to its multirange and back.
 *
 * <p>Besides catalog types there are user types made up from the schema (enums with category {@code
 * E}, anything else with category {@code U}) and the {@link #WILDCARD}, which stands for "sqlcheck
 * could not infer this" and is not a PostgreSQL type at all.
 */
record PgType(
    String name,
    String display,
    char typtype,
    char category,
    boolean preferred,
    String element,
    String array,
    String rangeSubtype,
    String partner) {

  /** The analyser's "could not infer"; never matches a PostgreSQL type by name. */
  static final PgType WILDCARD =
      new PgType("\u0000wildcard", "?", 'x', 'X', false, null, null, null, null);

  static final String UNKNOWN = "unknown";
  static final String ANY = "any";
  static final String ANYELEMENT = "anyelement";
  static final String ANYARRAY = "anyarray";
  static final String ANYNONARRAY = "anynonarray";
  static final String ANYENUM = "anyenum";
  static final String ANYRANGE = "anyrange";
  static final String ANYMULTIRANGE = "anymultirange";
  static final String ANYCOMPATIBLE = "anycompatible";
  static final String ANYCOMPATIBLEARRAY = "anycompatiblearray";
  static final String ANYCOMPATIBLENONARRAY = "anycompatiblenonarray";
  static final String ANYCOMPATIBLERANGE = "anycompatiblerange";
  static final String ANYCOMPATIBLEMULTIRANGE = "anycompatiblemultirange";
  static final String RECORD = "record";
  static final String RECORD_ARRAY = "_record";
  static final String TEXT = "text";
  static final String BOOL = "bool";

  private static final Set<String> FAMILY_1 =
      Set.of(ANYELEMENT, ANYARRAY, ANYNONARRAY, ANYENUM, ANYRANGE, ANYMULTIRANGE);
  private static final Set<String> FAMILY_2 =
      Set.of(
          ANYCOMPATIBLE,
          ANYCOMPATIBLEARRAY,
          ANYCOMPATIBLENONARRAY,
          ANYCOMPATIBLERANGE,
          ANYCOMPATIBLEMULTIRANGE);

  boolean isWildcard() {
    return this == WILDCARD;
  }

  boolean is(String typname) {
    return name.equals(typname);
  }

  boolean isUnknown() {
    return name.equals(UNKNOWN);
  }

  /** {@code IsPolymorphicType}: one of the any* pseudo-types that get bound per call. */
  boolean isPolymorphic() {
    return isFamily1() || isFamily2();
  }

  boolean isFamily1() {
    return typtype == 'p' && FAMILY_1.contains(name);
  }

  boolean isFamily2() {
    return typtype == 'p' && FAMILY_2.contains(name);
  }

  /** A true array ({@code typelem} with the array subscript handler), int2vector included. */
  boolean isArray() {
    return element != null;
  }

  boolean isEnum() {
    return typtype == 'e';
  }

  boolean isRange() {
    return typtype == 'r';
  }

  boolean isMultirange() {
    return typtype == 'm';
  }

  /**
   * {@code ISCOMPLEX}: a named composite type. No catalog type is one; user types are {@code U}.
   */
  boolean isComposite() {
    return typtype == 'c';
  }

  boolean isPseudo() {
    return typtype == 'p';
  }

  @Override
  public String toString() {
    return display;
  }

  // Written out rather than generated: type equality is the inner loop of overload resolution,
  // and the generated record methods are slow until the JIT has compiled them.
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof PgType t
            && name.equals(t.name)
            && typtype == t.typtype
            && category == t.category
            && preferred == t.preferred
            && java.util.Objects.equals(display, t.display)
            && java.util.Objects.equals(element, t.element)
            && java.util.Objects.equals(array, t.array)
            && java.util.Objects.equals(rangeSubtype, t.rangeSubtype)
            && java.util.Objects.equals(partner, t.partner));
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + category;
  }
}
