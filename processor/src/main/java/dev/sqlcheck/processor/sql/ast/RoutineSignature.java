package dev.sqlcheck.processor.sql.ast;

import java.util.List;

/**
 * A function, procedure or aggregate named with its argument types, as in DROP FUNCTION, ALTER
 * FUNCTION, COMMENT ON FUNCTION and GRANT … ON FUNCTION: {@code name(args)}, or a bare {@code name}
 * where the name is unique.
 *
 * <pre>{@code
 * public.f(integer, OUT text)     -> RoutineSignature(public.f, [int4, OUT text])
 * pct(float8 ORDER BY numeric)    -> RoutineSignature(pct, [float8], orderedArguments [numeric])
 * }</pre>
 *
 * @param parameters the arguments as written (names and modes included), or null when no
 *     parentheses were written; {@code (*)} of an aggregate is an empty list
 * @param orderedArguments an ordered-set aggregate's arguments after {@code ORDER BY}, else empty
 */
public record RoutineSignature(
    QualifiedName name,
    List<FunctionParameter> parameters,
    List<FunctionParameter> orderedArguments,
    int start,
    int end)
    implements Node {
  public RoutineSignature {
    parameters = parameters == null ? null : List.copyOf(parameters);
    orderedArguments = List.copyOf(orderedArguments);
  }
}
