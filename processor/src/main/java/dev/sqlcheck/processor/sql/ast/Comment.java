package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * {@code COMMENT ON kind object IS 'text'|NULL}. The object is identified as the kind requires:
 *
 * <ul>
 *   <li>a {@link QualifiedName} for named objects, columns ({@code t.c}) included;
 *   <li>a {@link TypeName} for {@code type} and {@code domain}, two for {@code cast};
 *   <li>a {@link RoutineSignature} for {@code function}, {@code procedure}, {@code routine}, {@code
 *       aggregate};
 *   <li>an {@link OperatorName} and two {@link TypeName}s for {@code operator} ({@code NONE} is an
 *       {@link Identifier});
 *   <li>the name and then the table for {@code constraint}, {@code trigger}, {@code policy}, {@code
 *       rule} ({@code constraint … ON DOMAIN d} has kind {@code domain constraint});
 *   <li>the name and the access method for {@code operator class} and {@code operator family};
 *   <li>a {@link TypeName} and the language for {@code transform}; a number for {@code large
 *       object}.
 * </ul>
 *
 * @param objectKind the kind in lower case ({@code table}, {@code column}, {@code type}, …)
 * @param text the comment, or null for {@code IS NULL} (which removes it)
 */
public record Comment(
    String objectKind, List<Node> target, Expr.StringLiteral text, int start, int end)
    implements Statement {
  public Comment {
    target = List.copyOf(target);
  }
}
