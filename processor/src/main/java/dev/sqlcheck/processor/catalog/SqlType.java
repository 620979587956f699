package dev.sqlcheck.processor.catalog;

/**
 * A column or expression type, normalised to PostgreSQL's canonical spelling: {@code bigint},
 * {@code integer}, {@code text}, {@code character varying}, {@code numeric}, {@code timestamp with
 * time zone}, {@code boolean}, {@code uuid}, ... Domains are resolved to their base type when the
 * catalog is built. A user enum keeps its own (normalised) name with {@code enumType} set. {@link
 * #UNKNOWN} is the type of whatever cannot be inferred; it is accepted by every check.
 */
public record SqlType(String name, boolean array, boolean enumType) {
  public static final SqlType UNKNOWN = new SqlType("unknown", false, false);

  public static SqlType of(String name) {
    return new SqlType(name, false, false);
  }

  public static SqlType arrayOf(String name) {
    return new SqlType(name, true, false);
  }

  public static SqlType enumOf(String name) {
    return new SqlType(name, false, true);
  }

  public boolean isUnknown() {
    return this.equals(UNKNOWN);
  }

  public SqlType elementType() {
    return new SqlType(name, false, enumType);
  }

  public SqlType asArray() {
    return new SqlType(name, true, enumType);
  }

  @Override
  public String toString() {
    return array ? name + "[]" : name;
  }

  // Written out rather than generated: equality of types is on every hot path of the analysis,
  // and the generated record methods are slow until the JIT has compiled them.
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof SqlType t
            && array == t.array
            && enumType == t.enumType
            && name.equals(t.name));
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 4 + (array ? 2 : 0) + (enumType ? 1 : 0);
  }
}
