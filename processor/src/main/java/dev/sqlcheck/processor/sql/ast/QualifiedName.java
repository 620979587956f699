package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A dotted name such as {@code schema.table}, {@code catalog.schema.func} or a single {@code name}:
 * the parts in order, never empty. Used for relation, function, type, collation and operator-class
 * names.
 *
 * @param parts the names from left to right
 */
public record QualifiedName(List<Identifier> parts, int start, int end) implements Node {
  public QualifiedName {
    parts = List.copyOf(parts);
  }

  /** A one-part name spanning the identifier. */
  public static QualifiedName of(Identifier name) {
    return new QualifiedName(List.of(name), name.start(), name.end());
  }

  /** The last part: the object's own name. */
  public Identifier last() {
    return parts.get(parts.size() - 1);
  }

  /** The parts before the last one (schema, or catalog and schema); empty when unqualified. */
  public List<Identifier> qualifier() {
    return parts.subList(0, parts.size() - 1);
  }

  /** The parts joined with dots, unquoted: {@code public.books}. */
  public String dotted() {
    StringBuilder b = new StringBuilder();
    for (Identifier p : parts) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(p.name());
    }
    return b.toString();
  }
}
