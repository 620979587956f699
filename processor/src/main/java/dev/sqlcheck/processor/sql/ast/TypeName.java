package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A type as written in a cast, a column definition list or a typed literal. Names written with
 * SQL's own syntax ({@code integer}, {@code double precision}, {@code character varying(10)},
 * {@code timestamp with time zone}) are recorded under PostgreSQL's internal name with {@code
 * systemType} set, exactly as the parser of PostgreSQL does ({@code int4}, {@code float8}, {@code
 * varchar}, {@code timestamptz}); other names ({@code text}, {@code public.mood}) are kept as
 * written.
 *
 * <pre>{@code
 * integer[]                   -> TypeName(int4, systemType, arrayBounds=[-1])
 * numeric(10,2)               -> TypeName(numeric, systemType, modifiers=[10, 2])
 * interval day to second(3)   -> TypeName(interval, systemType, intervalFields="day to second",
 *                                          modifiers=[3])
 * public.mood                 -> TypeName(public.mood)
 * }</pre>
 *
 * @param name the type's name; for {@code systemType} a one-part internal name whose range is the
 *     key words that spelled it
 * @param systemType whether the name came from SQL key-word syntax (PostgreSQL looks it up in
 *     {@code pg_catalog} only)
 * @param modifiers the type modifiers in parentheses ({@code varchar(10)}: [10]); empty if none
 * @param intervalFields for {@code interval}, the field restriction in lower case ({@code "year"},
 *     {@code "day to second"}), or null
 * @param arrayBounds one entry per {@code []} or {@code ARRAY}: the declared size, or -1
 * @param setof whether written {@code SETOF type} (PostgreSQL's grammar allows it in a cast;
 *     analysis rejects it)
 */
public record TypeName(
    QualifiedName name,
    boolean systemType,
    List<Expr> modifiers,
    String intervalFields,
    List<Integer> arrayBounds,
    boolean setof,
    int start,
    int end)
    implements Node {
  public TypeName {
    modifiers = List.copyOf(modifiers);
    arrayBounds = List.copyOf(arrayBounds);
  }

  /** The type's own name without its qualifier ({@code int4}, {@code mood}). */
  public String simpleName() {
    return name.last().name();
  }

  /** Whether this is an array type ({@code int[]}, {@code integer ARRAY}). */
  public boolean isArray() {
    return !arrayBounds.isEmpty();
  }
}
