package dev.sqlcheck.processor.sql.ast;

/**
 * {@code left UNION|INTERSECT|EXCEPT [ALL|DISTINCT] right}. INTERSECT binds tighter than UNION and
 * EXCEPT; operators of one level group to the left.
 *
 * @param all whether ALL was written
 * @param explicitDistinct whether DISTINCT was written
 */
public record SetOperation(
    SetOperator operator,
    boolean all,
    boolean explicitDistinct,
    Query left,
    Query right,
    int start,
    int end)
    implements QueryExpr {

  /** The set operator. */
  public enum SetOperator {
    UNION,
    INTERSECT,
    EXCEPT
  }
}
