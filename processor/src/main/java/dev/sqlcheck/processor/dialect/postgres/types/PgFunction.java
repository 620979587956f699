package dev.sqlcheck.processor.dialect.postgres.types;

import java.util.List;

/**
 * One {@code pg_proc} entry: a function, aggregate or window function with its declared input types
 * ({@code proargtypes}), result, set-returning flag, variadic element type ({@code provariadic}, or
 * null), number of trailing parameters with defaults, input parameter names (empty strings for
 * unnamed ones; an empty list when the function has none), and its OUT / TABLE result columns. For
 * aggregates {@code aggKind} is {@code n}ormal, {@code o}rdered-set or {@code h}ypothetical-set,
 * and {@code directArgs} is {@code aggnumdirectargs}.
 */
record PgFunction(
    String name,
    char kind,
    char aggKind,
    List<PgType> args,
    PgType result,
    boolean retset,
    PgType variadic,
    int defaults,
    List<String> argNames,
    List<OutColumn> outColumns,
    int directArgs) {

  /** An OUT, INOUT or TABLE parameter: one column of the function's result row. */
  record OutColumn(String name, PgType type) {}

  /**
   * A plain function a schema declares, to resolve a call among: its input parameter types, the
   * element type of its VARIADIC one (or null), how many trailing ones have defaults, and their
   * names (null where unnamed). Its result is not needed to match a call.
   */
  static PgFunction declared(
      String name, List<PgType> args, PgType variadic, int defaults, List<String> names) {
    List<String> argNames = new java.util.ArrayList<>();
    names.forEach(n -> argNames.add(n == null ? "" : n));
    boolean named = argNames.stream().anyMatch(n -> !n.isEmpty());
    return new PgFunction(
        name,
        'f',
        'n',
        List.copyOf(args),
        PgType.WILDCARD,
        false,
        variadic,
        defaults,
        named ? List.copyOf(argNames) : List.of(),
        List.of(),
        0);
  }

  boolean isAggregate() {
    return kind == 'a';
  }

  boolean isWindow() {
    return kind == 'w';
  }

  boolean isProcedure() {
    return kind == 'p';
  }

  boolean isOrderedSet() {
    return aggKind == 'o' || aggKind == 'h';
  }

  /** The signature as PostgreSQL prints it in messages: {@code name(type, type)}. */
  String signature() {
    StringBuilder s = new StringBuilder(name).append('(');
    for (int i = 0; i < args.size(); i++) {
      s.append(i == 0 ? "" : ", ");
      if (variadic != null && i == args.size() - 1) {
        s.append("VARIADIC ");
      }
      s.append(args.get(i).display());
    }
    return s.append(')').toString();
  }
}
