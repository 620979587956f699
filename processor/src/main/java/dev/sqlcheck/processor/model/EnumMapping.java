package dev.sqlcheck.processor.model;

import dev.sqlcheck.processor.types.TypeRef;
import java.util.List;

/**
 * How the constants of a Java enum travel to and from SQL, checked at compile time: each constant
 * with the value it is sent as and read from. {@code sqlEnum} names the SQL enum type whose labels
 * these are, in the order the schema declares them; it is null when the SQL side is text (or of a
 * type sqlcheck cannot see), where each constant travels as its name. Two columns or parameters
 * with equal mappings share one conversion in generated code.
 *
 * <pre>{@code
 * // enum OrderStatus { PENDING, PAID } against CREATE TYPE order_status AS ENUM ('pending', 'paid')
 * EnumMapping[javaEnum=...OrderStatus, sqlEnum=order_status,
 *     entries=[Entry[PENDING, pending], Entry[PAID, paid]]]
 * }</pre>
 */
public record EnumMapping(TypeRef javaEnum, String sqlEnum, List<Entry> entries) {
  public EnumMapping {
    entries = List.copyOf(entries);
  }

  /** A constant and its SQL value. */
  public record Entry(String constant, String label) {}

  /** Each constant sent and read as its own name: the mapping for a text column. */
  public static EnumMapping byName(EnumModel model) {
    List<Entry> entries =
        model.constants().stream().map(c -> new Entry(c.name(), c.name())).toList();
    return new EnumMapping(model.type(), null, entries);
  }

  /** True when every constant travels as its own name, so {@code name()} converts it. */
  public boolean isByName() {
    return entries.stream().allMatch(e -> e.constant().equals(e.label()));
  }
}
